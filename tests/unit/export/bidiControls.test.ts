// Bidirectional formatting controls (U+202A–U+202E, U+2066–U+2069) in a title, a heading, the
// candidate's or company's name never reach an export's titles, headings or metadata, where
// "Fraud\u202Egnp.exe" would show as "Fraudexe.png": one test per export format. Body text keeps
// them (a right-to-left writer's tool), and the Markdown export keeps the text as stored (it is the
// interchange format and round-trips).
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { withoutBidiControls } from '../../../src/core/document/bidiControls';
import { buildExport } from '../../../src/core/export/buildExport';
import type { BuildInput } from '../../../src/core/export/buildExport';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { setPdfInfo } from '../../../src/core/export/setPdfInfo';
import { createChromiumPrinter, findChromium } from '../../../src/node/chromiumPrinter';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { impactBrief } from './fixtures/documents';
import type { DocInput } from './fixtures/documents';
import { has, hasPythonDocx, pdfInfo, pdfText, readDocx, removeTempDirs } from './fixtures/tools';

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const RLO = '\u202E';
const PDF_ = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

const doc: DocInput = {
  templateId: 'impact-brief',
  company: 'american-express',
  title: `Fraud${RLO}gnp.exe${PDF_} scoring`,
  sections: {
    problem: `Chargebacks rose 12% in a year.\n\n### Root${RLI}esuac${PDI} cause\n\nBody keeps ${RLO}this${PDF_} as typed.`,
    outcome: `Cut false declines 18%.\n\nSetext ${RLO}gnidaeh\n---\n\nMore text.`,
  },
};
const meta = { candidateName: `Jane${RLO} Doe`, companyName: `American${RLI} Express${PDI}`, date: '2026-11-23', pageSize: 'letter' as const };

const printer = createChromiumPrinter();
afterAll(async () => {
  await printer.close();
  removeTempDirs();
});

function input(format: BuildInput['format']): BuildInput {
  return { doc, template: impactBrief, meta, format, design: 'classic', printer };
}

describe('withoutBidiControls', () => {
  it.each([
    ['RLO … PDF', `a${RLO}cba${PDF_}d`, 'acbad'],
    ['LRE, RLE, LRO', 'a\u202Ab\u202Bc\u202Dd', 'abcd'],
    ['isolates LRI RLI FSI PDI', 'a\u2066b\u2067c\u2068d\u2069', 'abcd'],
  ])('removes %s', (_label, text, expected) => {
    expect(withoutBidiControls(text)).toBe(expected);
  });

  it.each([
    ['Hebrew', 'ניהול סיכוני מודלים'],
    ['Arabic with ALM', 'إدارة\u061C المخاطر'],
    ['LRM and RLM marks', 'A\u200EB\u200FC'],
    ['Chinese', '模型风险管理'],
  ])('keeps %s as it is', (_label, text) => {
    expect(withoutBidiControls(text)).toBe(text);
  });
});

describe('the document model of an export', () => {
  it('has a title, section labels and headings without controls, and keeps them in body text', () => {
    const parsed = parseDocument(doc, { ...impactBrief, name: `Impact${RLO} brief` });
    expect(parsed.title).toBe('Fraudgnp.exe scoring');
    expect(parsed.templateName).toBe('Impact brief');
    const json = JSON.stringify(parsed.sections.map((s) => s.tokens.filter((t) => t.type === 'heading')));
    expect(json).toContain('Rootesuac cause');
    expect(json).toContain('Setext gnidaeh');
    expect(json).not.toMatch(CONTROLS);
    const body = JSON.stringify(parsed.sections.map((s) => s.tokens.filter((t) => t.type === 'paragraph')));
    expect(body).toContain(`${RLO}this${PDF_}`);
  });
});

describe('HTML export', () => {
  it('has no controls in <title>, author, running header, title or headings', async () => {
    const html = new TextDecoder().decode((await buildExport(input('html'))).bytes);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<title>Fraudgnp.exe scoring</title>');
    expect(head).toContain('<meta name="author" content="Jane Doe">');
    expect(head).toContain('American Express');
    expect(head).not.toMatch(CONTROLS);
    const headings = [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => m[1] ?? '');
    expect(headings.join('\n')).toContain('Rootesuac cause');
    expect(headings.join('\n')).not.toMatch(CONTROLS);
    expect(html).toContain(`${RLO}this${PDF_}`); // body text as typed
  });
});

describe('DOCX export', () => {
  it('has no controls in its core properties, header or headings', async () => {
    const bytes = (await buildExport(input('docx'))).bytes;
    const files = unzipSync(bytes);
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:title>Fraudgnp.exe scoring</dc:title>');
    expect(core).toContain('<dc:creator>Jane Doe</dc:creator>');
    expect(core).toContain('American Express');
    expect(core).not.toMatch(CONTROLS);
    for (const [name, data] of Object.entries(files)) {
      if (/^word\/(header|footer)\d*\.xml$/.test(name)) expect(strFromU8(data), name).not.toMatch(CONTROLS);
    }
    if (hasPythonDocx()) {
      const headings = readDocx(bytes).paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => p.text);
      expect(headings).toContain('Fraudgnp.exe scoring');
      expect(headings).toContain('Rootesuac cause');
      expect(headings.join('\n')).not.toMatch(CONTROLS);
    }
  });
});

describe('PDF metadata written by Dossier', () => {
  it('setPdfInfo writes title and author without controls', () => {
    const base = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n0\n%%EOF\n');
    const out = new TextDecoder('latin1').decode(setPdfInfo(base, { title: `a${RLO}b`, author: `c${RLI}d${PDI}` }));
    expect(out).toContain('/Title <FEFF00610062>');
    expect(out).toContain('/Author <FEFF00630064>');
  });
});

describe.skipIf(!findChromium() || !has('pdfinfo'))('PDF export through Chromium', () => {
  it('has no controls in Title, Author or the printed title and headings', async () => {
    const built = await buildExport(input('pdf'));
    const info = pdfInfo(built.bytes);
    expect(info.Title).toBe('Fraudgnp.exe scoring');
    expect(info.Author).toBe('Jane Doe');
    const text = pdfText(built.bytes);
    expect(text).toContain('Fraudgnp.exe scoring');
    expect(text).toContain('Rootesuac cause');
    // Chromium's own first Info dictionary (from <title>) is in the file too: no controls there either.
    const raw = new TextDecoder('latin1').decode(built.bytes);
    expect(raw).not.toMatch(/<FEFF(?:[0-9A-F]{4})*?(?:202[A-E]|206[6-9])/i);
  }, 60_000);
});

describe('Markdown export', () => {
  it('keeps the title as stored, so it round-trips', async () => {
    const md = new TextDecoder().decode((await buildExport(input('md'))).bytes);
    expect(md).toContain(doc.title);
    expect(parseMarkdown(md).frontMatter.title).toBe(doc.title);
  });
});
