// DOCX export cost counted, not timed: docx formats a bounded number of its components whatever
// the document's length (docxTemplates.ts makes one object per shape), links share one
// relationship per address, a document with too many addresses is refused before any docx object
// is made, and a table row costs a few hundred bytes of XML. Our hyperlinks are written as docx's
// own ExternalHyperlink writes them. That every part equals docx's own output is docxBody.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, Paragraph, XmlComponent } from 'docx';
import type { IContext } from 'docx';
import { unzipSync } from 'fflate';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { renderDocx, tooManyLinkTargetsMessage } from '../../../src/core/export/renderDocx';
import { DocxObjects, MAX_LINK_TARGETS } from '../../../src/core/export/docxObjects';
import { DocxTemplates } from '../../../src/core/export/docxTemplates';
import { xmlOf } from '../../../src/core/export/docxBodyXml';
import { designFor } from '../../../src/core/export/designs';
import type { ExportMeta } from '../../../src/core/export/exportMeta';
import type { DocxRun } from '../../../src/core/export/docxBlocks';
import { DossierError } from '../../../src/core/errors';
import { impactBrief, normalBrief } from './fixtures/documents';
import type { DocInput } from './fixtures/documents';

const meta: ExportMeta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' };
const design = designFor('classic');

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((f) => f()));

/** Counts calls of `proto[name]` until the test ends. */
function counter(proto: object, name: string): { count: number } {
  const c = { count: 0 };
  const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name]!;
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      c.count++;
      return original.apply(this, args);
    },
  });
  restore.push(() => Object.defineProperty(proto, name, { configurable: true, writable: true, value: original }));
  return c;
}

/** docx components formatted (every element docx writes goes through XmlComponent.prepForXml). */
async function componentsFormatted(doc: DocInput): Promise<number> {
  const c = counter(XmlComponent.prototype, 'prepForXml');
  await renderDocx(parseDocument(doc, impactBrief), meta, design);
  restore.pop()!();
  return c.count;
}

const withSections = (problem: string): DocInput => ({ ...normalBrief, sections: { problem } });

/** Every block shape but numbered lists, n times: bullets, nested bullets, links, bold, code, quotes, tables, rules. */
const shapes = (n: number): DocInput =>
  withSections(
    Array.from(
      { length: n },
      (_, i) =>
        `- item ${i} [link](https://example.com/${i % 3}#part)\n  - nested **bold ${i}**\n\n` +
        `Para ${i} with \`code\` and *em*.\n\n> quote ${i}\n\n| a | b |\n|---|---|\n| ${i} | [x](https://example.org/) |\n\n\`\`\`\nline ${i}\nline\n\`\`\`\n\n---\n\n`,
    ).join(''),
  );

const documentXml = async (doc: DocInput): Promise<string> =>
  Buffer.from(unzipSync(await renderDocx(parseDocument(doc, impactBrief), meta, design))['word/document.xml']!).toString('utf8');

describe('DOCX export cost', () => {
  it('formats the same number of docx components for 4 times the blocks (one object per shape)', async () => {
    await componentsFormatted(shapes(5)); // warm-up
    const small = await componentsFormatted(shapes(50));
    const large = await componentsFormatted(shapes(200));
    expect(large).toBe(small);
    expect(small).toBeLessThan(2000);
  });

  it('formats one paragraph object more per numbered list (each list is its own Word list), not one per item', async () => {
    const paragraphs = async (lists: number) => {
      const c = counter(Paragraph.prototype, 'prepForXml');
      await renderDocx(parseDocument(withSections('1. one\n2. two\n3. three\n\nbreak\n\n'.repeat(lists)), impactBrief), meta, design);
      restore.pop()!();
      return c.count;
    };
    expect((await paragraphs(40)) - (await paragraphs(10))).toBe(30);
  });

  it('writes one relationship per link address, however many links point to it', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `[l${i}](https://example.com/${i % 2 ? 'a' : 'b'}#s${i % 5})`).join(' ');
    const files = unzipSync(await renderDocx(parseDocument(withSections(text), impactBrief), meta, design));
    const rels = Buffer.from(files['word/_rels/document.xml.rels']!).toString('utf8');
    const targets = [...rels.matchAll(/<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*>/g)].map((m) => /Target="([^"]*)"/.exec(m[0])![1]);
    expect(targets.sort()).toEqual(['https://example.com/a', 'https://example.com/b']);
    const body = Buffer.from(files['word/document.xml']!).toString('utf8');
    expect(body.match(/<w:hyperlink /g)).toHaveLength(3000);
  });

  it(`refuses a document linking to more than ${MAX_LINK_TARGETS.toLocaleString('en-US')} addresses with one message, before making any docx object`, async () => {
    const doc = withSections(Array.from({ length: MAX_LINK_TARGETS + 1 }, (_, i) => `<https://e.example/${i}>`).join(' '));
    const parsed = parseDocument(doc, impactBrief);
    const c = counter(XmlComponent.prototype, 'prepForXml');
    const err = await renderDocx(parsed, meta, design).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).code).toBe('bad-request');
    expect((err as DossierError).message).toBe(tooManyLinkTargetsMessage(MAX_LINK_TARGETS + 1));
    expect((err as DossierError).message).toMatch(/^This document links to 10,001 different addresses; a Word \(DOCX\) export holds up to 10,000\./);
    expect(c.count).toBe(0);
  });

  it(`exports ${MAX_LINK_TARGETS.toLocaleString('en-US')} addresses`, async () => {
    const text = Array.from({ length: MAX_LINK_TARGETS }, (_, i) => `<https://e.example/${i}>`).join(' ');
    expect((await documentXml(withSections(text))).match(/<w:hyperlink /g)).toHaveLength(MAX_LINK_TARGETS);
  });

  it('writes a table row of two short cells in a few hundred bytes, growing linearly with the rows', async () => {
    const table = (rows: number) => withSections(`| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(rows)}`);
    const small = (await documentXml(table(100))).length;
    const large = (await documentXml(table(400))).length;
    expect((large - small) / 300).toBeLessThan(600);
  });
});

describe('hyperlinks as docx writes them', () => {
  const hrefs = ['https://example.com/a?b=1&c=2', 'https://example.com/p#frag', 'https://example.com/#', `https://example.com/long#${'x'.repeat(300)}`, 'mailto:jane@example.com'];
  it.each(hrefs)('%s: the same XML and relationship target as docx’s ExternalHyperlink', (href) => {
    const run: DocxRun = { text: 'a <link>', lang: 'en', link: { href } };
    // Ours.
    const ours = new Document({ sections: [] });
    const objects = new DocxObjects(design, design.body);
    const xml = new DocxTemplates(ours, objects).runsXml([run], {}, '');
    objects.links.register(ours);
    // docx's own.
    const theirs = new Document({ sections: [] });
    const context: IContext = { file: theirs, viewWrapper: theirs.Document, stack: [] };
    const p = new Paragraph({ children: [new ExternalHyperlink({ link: href, children: [new DocxObjects(design, design.body).run({ ...run, link: undefined }, { style: 'Hyperlink' })] })] });
    const expected = xmlOf(p.prepForXml(context) as Record<string, unknown>).replace(/^<w:p>|<\/w:p>$/g, '');
    const target = (doc: Document) => {
      const rels = xmlOf(doc.Document.Relationships.prepForXml({ file: doc, viewWrapper: doc.Document, stack: [] }) as Record<string, unknown>);
      return [...rels.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((m) => m[1]);
    };
    expect(xml.replace(/r:id="rId[^"]+"/, 'r:id="ID"')).toBe(expected.replace(/r:id="rId[^"]+"/, 'r:id="ID"'));
    expect(target(ours)).toEqual(target(theirs));
    expect(target(ours)).toHaveLength(1);
  });
});
