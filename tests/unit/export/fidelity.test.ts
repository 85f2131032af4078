// Issue 11's inputs exported to DOCX and PDF: text and structure read back from the DOCX XML and
// python-docx, text from the PDF (poppler), and the DOCX page count as LibreOffice renders it
// compared with the PDF's, for a handful of fixtures converted in one LibreOffice run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/core/export/buildExport';
import type { DesignId } from '../../../src/core/workspace/schemas';
import { createChromiumPrinter, findChromium } from '../../../src/node/chromiumPrinter';
import { pdfPageCount } from '../../../src/core/export/pdfPageCount';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { renderHtmlPage } from '../../../src/core/export/renderHtmlPage';
import { designFor } from '../../../src/core/export/designs';
import { contentBoxPx } from '../../../src/core/export/pageOverrun';
import { pdfShrinkFactor } from '../../../src/core/export/pdfShrink';
import { chineseBrief, impactBrief, normalBrief, overlongBrief } from './fixtures/documents';
import type { DocInput } from './fixtures/documents';
import { constructsBrief, japaneseBrief, jpmorganBrief, koreanBrief, longTokenBrief, traditionalBrief } from './fixtures/issueInputs';
import { has, hasPythonDocx, pdfText, readDocx, removeTempDirs, resultsDir, tempDir } from './fixtures/tools';

const meta = { candidateName: 'Jane Doe', companyName: 'JPMorgan Chase', date: '2026-11-23', pageSize: 'letter' as const };
const chromium = findChromium();
const printer = createChromiumPrinter();
afterAll(async () => {
  await printer.close();
  removeTempDirs();
});

async function docxBytes(doc: DocInput, design: DesignId = 'classic'): Promise<Uint8Array> {
  return (await buildExport({ doc, template: impactBrief, meta, format: 'docx', design, printer: null })).bytes;
}

function parts(bytes: Uint8Array): { document: string; styles: string; numbering: string } {
  const z = unzipSync(bytes);
  const read = (name: string): string => (z[name] ? strFromU8(z[name]) : '');
  return { document: read('word/document.xml'), styles: read('word/styles.xml'), numbering: read('word/numbering.xml') };
}

/** The <w:p> elements of document.xml with their visible text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}

describe('DOCX structure of the issue’s Markdown constructs', () => {
  it('decodes entities and keeps tag-like text: “R&D spend rose 5 % — and carriers <vs> banks”', async () => {
    const p = paragraphs(parts(await docxBytes(constructsBrief)).document);
    expect(p.map((x) => x.text)).toContain('R&D spend rose 5\u00a0% — and carriers <vs> banks disagreed on who pays.');
  });

  it('numbers a list from its own start (3) and keeps the second paragraph inside the item', async () => {
    const x = parts(await docxBytes(constructsBrief));
    const p = paragraphs(x.document);
    const third = p.find((q) => q.text === 'Third step, numbered from three');
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(third?.xml ?? '')?.[1];
    expect(numId).toBeDefined();
    // The concrete list restarts at 3 (lvlOverride/startOverride) on an abstract list that starts at 3.
    const num = new RegExp(`<w:num w:numId="${numId}"[^>]*>[\\s\\S]*?</w:num>`).exec(x.numbering)?.[0] ?? '';
    expect(num).toMatch(/<w:startOverride w:val="3"\/>/);
    const second = p.find((q) => q.text === 'A second paragraph that belongs to the fourth step.');
    expect(second?.xml).not.toMatch(/<w:numPr>/);
    expect(second?.xml).toMatch(/<w:ind w:left="360"\/>/); // indented to the item's text, not the margin
    const inner = p.find((q) => q.text === 'Inner point');
    expect(inner?.xml).toMatch(/<w:ilvl w:val="1"\/>/);
  });

  it('keeps bold and code inside a link, and shows raw HTML in a link as its text', async () => {
    const x = parts(await docxBytes(constructsBrief));
    const links = [...x.document.matchAll(/<w:hyperlink[\s\S]*?<\/w:hyperlink>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>bold<\/w:t>/);
    expect(links[0]).toMatch(/Courier New[\s\S]*?<w:t[^>]*>code<\/w:t>/);
    expect(paragraphs(x.document).map((q) => q.text)).toContain('See bold and code in a link and raw link.');
    expect(x.document).not.toMatch(/&lt;b&gt;/);
  });

  it('nests quotes: the inner quote is indented further than the outer one', async () => {
    const p = paragraphs(parts(await docxBytes(constructsBrief)).document);
    const outer = /<w:ind w:left="(\d+)"/.exec(p.find((q) => q.text === 'A quoted approval')?.xml ?? '')?.[1];
    const inner = /<w:ind w:left="(\d+)"/.exec(p.find((q) => q.text === 'nested inside it')?.xml ?? '')?.[1];
    expect(Number(inner)).toBeGreaterThan(Number(outer));
  });

  it('uses “at least” line rules everywhere (no exact heights that overlap a wrapped title) and metric-compatible fonts', async () => {
    const x = parts(await docxBytes(jpmorganBrief));
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(x.styles)?.[0] ?? '';
    expect(heading1).toMatch(/w:lineRule="atLeast"/);
    expect(x.styles).not.toMatch(/w:lineRule="exact"/);
    expect(x.styles).toMatch(/w:ascii="Times New Roman"/);
    expect(x.styles).not.toMatch(/Georgia/);
    expect(parts(await docxBytes(jpmorganBrief, 'modern')).styles).toMatch(/w:ascii="Arial"/);
  });

  it.each([
    ['Simplified Chinese', chineseBrief, 'zh-CN', 'SimSun'],
    ['Traditional Chinese', traditionalBrief, 'zh-TW', 'PMingLiU'],
    ['Japanese', japaneseBrief, 'ja-JP', 'Yu Mincho'],
    ['Korean', koreanBrief, 'ko-KR', 'Batang'],
  ])('sets the East Asian language and font of %s runs from their script', async (_name, doc, lang, font) => {
    const x = parts(await docxBytes(doc));
    expect(x.document).toContain(`w:eastAsia="${lang}"`);
    expect(x.document).toContain(`w:eastAsia="${font}"`);
    for (const other of ['zh-CN', 'zh-TW', 'ja-JP', 'ko-KR'].filter((l) => l !== lang)) expect(x.document).not.toContain(`w:eastAsia="${other}"`);
  });
});

describe.skipIf(!hasPythonDocx())('DOCX read back with python-docx', () => {
  it('keeps every item of the constructs fixture with its list membership', async () => {
    const d = readDocx(await docxBytes(constructsBrief));
    const numbered = d.paragraphs.filter((p) => p.numbered).map((p) => p.text);
    expect(numbered).toEqual(['Third step, numbered from three', 'Fourth step', 'Outer point', 'Inner point']);
    expect(d.hyperlinks).toEqual(['https://example.com/a', 'https://example.com/b']);
  });
});

describe.skipIf(!chromium || !has('pdftotext'))('PDF of the issue’s inputs', () => {
  it('shows decoded entities, tag-like text, the list numbers and raw-HTML link text', async () => {
    const built = await buildExport({ doc: constructsBrief, template: impactBrief, meta, format: 'pdf', design: 'classic', printer });
    const text = pdfText(built.bytes).replace(/\s+/g, ' ');
    expect(text).toContain('R&D spend rose 5 % — and carriers <vs> banks');
    expect(text).toMatch(/3\. Third step/);
    expect(text).toMatch(/4\. Fourth step/);
    expect(text).toContain('raw link');
    expect(text).not.toContain('<b>');
  });
});

describe.skipIf(!chromium)('one page means one page: no shrink-to-fit', () => {
  const widthPx = contentBoxPx(designFor('classic'), 'letter').widthPx;
  const html = (doc: DocInput): string => renderHtmlPage(parseDocument(doc, impactBrief), meta, designFor('classic'));

  it('breaks a long unbroken token in a table cell instead of widening the page', async () => {
    const m = await printer.measure?.(html(longTokenBrief), { widthPx });
    expect(m?.overflow).toEqual([]);
    const built = await buildExport({ doc: longTokenBrief, template: impactBrief, meta, format: 'pdf', design: 'classic', printer });
    expect(built.pages).toBe(1);
    expect(pdfShrinkFactor(built.bytes)).toBe(1);
    expect(built.overBudget).toBeUndefined();
  });

  it('without the wrapping rule the same table overflows, and the measurement names it', async () => {
    const unwrapped = html(longTokenBrief).replace(/overflow-wrap: anywhere/g, 'overflow-wrap: normal');
    const m = await printer.measure?.(unwrapped, { widthPx });
    expect(m?.overflow?.[0]).toMatchObject({ element: 'table', section: 'Outcome' });
    expect(m?.overflow?.[0]?.overPx).toBeGreaterThan(100);
  });

  it('reports a page that fits only by shrinking as an overrun naming the element', async () => {
    const header = Array.from({ length: 48 }, (_, i) => `C${i}`);
    const wide: DocInput = {
      ...longTokenBrief,
      sections: { outcome: [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, `| ${header.map(() => '12345').join(' | ')} |`].join('\n') },
    };
    const built = await buildExport({ doc: wide, template: impactBrief, meta, format: 'pdf', design: 'classic', printer });
    expect(built.pages).toBe(1);
    expect(pdfShrinkFactor(built.bytes)).toBeLessThan(0.9);
    expect(built.overBudget?.shrinkToFit?.[0]).toMatchObject({ element: 'table', section: 'Outcome' });
    expect(built.overBudget?.suggestion).toMatch(/^It fits only by shrinking: the table in Outcome \(“C0 C1 C2[^”]*”\) is about \d+\.\d in wider than the page\./);
  });
});

// LibreOffice renders the DOCX; its page count must equal the PDF's. One conversion run for all.
const PAGE_FIXTURES: [string, DocInput, DesignId][] = [
  ['normal-classic', normalBrief, 'classic'],
  ['jpmorgan-classic', jpmorganBrief, 'classic'],
  ['jpmorgan-modern', jpmorganBrief, 'modern'],
  ['overlong-classic', overlongBrief, 'classic'],
  ['constructs-modern', constructsBrief, 'modern'],
  ['chinese-classic', chineseBrief, 'classic'],
];

describe.skipIf(!chromium || !has('libreoffice') || !has('pdftoppm'))('DOCX page count in LibreOffice equals the PDF page count', () => {
  const pdfPages = new Map<string, number>();
  const docxPages = new Map<string, number>();
  beforeAll(async () => {
    const dir = tempDir('dossier-lo-');
    const files: string[] = [];
    for (const [name, doc, design] of PAGE_FIXTURES) {
      const file = path.join(dir, `${name}.docx`);
      fs.writeFileSync(file, await docxBytes(doc, design));
      files.push(file);
      const pdf = await buildExport({ doc, template: impactBrief, meta, format: 'pdf', design, printer });
      pdfPages.set(name, pdfPageCount(pdf.bytes));
      fs.writeFileSync(path.join(dir, `${name}.chromium.pdf`), pdf.bytes);
    }
    // A private profile: LibreOffice refuses to run twice on one profile (parallel test runs).
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 120_000 });
    const out = resultsDir();
    for (const [name] of PAGE_FIXTURES) {
      const pdf = path.join(dir, `${name}.pdf`);
      docxPages.set(name, pdfPageCount(fs.readFileSync(pdf)));
      // First pages side by side for a person to look at: Chromium's PDF and LibreOffice's DOCX.
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, `${name}.chromium.pdf`), path.join(out, `${name}-pdf`)]);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, `${name}-docx-libreoffice`)]);
    }
  }, 180_000);

  it.each(PAGE_FIXTURES.map(([name]) => [name]))('%s', (name) => {
    expect(docxPages.get(name)).toBeGreaterThan(0);
    expect(docxPages.get(name)).toBe(pdfPages.get(name));
  });

  it('the JPMorgan brief is one page in both, and the overlong brief two', () => {
    expect([pdfPages.get('jpmorgan-classic'), docxPages.get('jpmorgan-classic')]).toEqual([1, 1]);
    expect([pdfPages.get('overlong-classic'), docxPages.get('overlong-classic')]).toEqual([2, 2]);
  });
});
