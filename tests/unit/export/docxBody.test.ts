// The body written in batches from one docx object per shape (docxTemplates.ts, docxBodyXml.ts) is
// docx's own, byte for byte: every part of every fixture document equals what docx writes when it
// builds the whole body itself from one object per block (a packer without the compiler makes
// renderDocx take that path), apart from the time of packing. And the export's work grows linearly with the number of
// lists (counted, not timed).
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { renderDocx } from '../../../src/core/export/renderDocx';
import { BODY_PLACEHOLDER, spliceBody, xmlOf } from '../../../src/core/export/docxBodyXml';
import { designFor } from '../../../src/core/export/designs';
import type { ExportMeta } from '../../../src/core/export/exportMeta';
import type { DocxPacker } from '../../../src/core/export/packDocx';
import { chineseBrief, hostileBrief, impactBrief, normalBrief, overlongBrief } from './fixtures/documents';
import type { DocInput } from './fixtures/documents';
import { countWorkAsync, totalWork } from '../fuzz/workCount';
import { constructsBrief, emojiBrief, emptyBrief, japaneseBrief, jpmorganBrief, koreanBrief, longTokenBrief } from './fixtures/issueInputs';

const meta: ExportMeta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' };

/** docx's Packer without its compiler: renderDocx lets docx write the whole body. */
const wholeBody: DocxPacker = { toBuffer: (doc) => Packer.toBuffer(doc) };

/** Parts by name; random relationship ids and packing times made comparable. */
function parts(bytes: Uint8Array): Map<string, string> {
  const ids = new Map<string, string>();
  const stable = (text: string) =>
    text
      .replace(/rId[a-z0-9_-]{8,}/gi, (id) => (ids.has(id) ? ids.get(id)! : (ids.set(id, `rId#${ids.size}`), `rId#${ids.size - 1}`)))
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'T');
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, stable(Buffer.from(data).toString('utf8'))]));
}

const lists = (n: number): DocInput => ({
  ...normalBrief,
  sections: { problem: '- a [link](https://example.com/x)\n\n1. one\n2. two\n\nb **bold**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n'.repeat(n) },
});

const DOCS: Record<string, DocInput> = {
  normalBrief, chineseBrief, hostileBrief, overlongBrief, constructsBrief, emojiBrief, emptyBrief, japaneseBrief, jpmorganBrief, koreanBrief, longTokenBrief,
  'lists, links and tables (300 times)': lists(300),
};

describe('DOCX body written in batches', () => {
  it.each(Object.entries(DOCS))('%s: every part equals what docx writes itself', async (_name, doc) => {
    for (const design of [designFor('classic'), designFor('modern')]) {
      const parsed = parseDocument(doc, impactBrief);
      const batched = parts(await renderDocx(parsed, meta, design));
      const whole = parts(await renderDocx(parsed, meta, design, wholeBody));
      expect([...batched.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [name, text] of whole) expect(batched.get(name), name).toBe(text);
      expect(batched.get('word/document.xml')).not.toContain(BODY_PLACEHOLDER);
    }
  });

  it('writes docx quirks as docx does: empty lists, text replacing an element, attributes in arrays', () => {
    expect(xmlOf({ 'w:a': [] })).toBe('<w:a></w:a>');
    expect(xmlOf({ 'w:a': {} })).toBe('<w:a/>');
    expect(xmlOf({ 'w:a': [{ _attr: { x: 'a"<' } }, { 'w:b': {} }] })).toBe('<w:a x="a&quot;&lt;"><w:b/></w:a>');
    expect(xmlOf({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'R&D <x>\u0001'] })).toBe('<w:t xml:space="preserve">R&amp;D &lt;x&gt;</w:t>');
    expect(xmlOf({ 'w:v': 3 })).toBe('<w:v>3</w:v>');
  });

  it('refuses to write a document whose placeholder paragraph is missing', () => {
    expect(() => spliceBody('<w:document><w:body><w:p>x</w:p></w:body></w:document>', ['<w:p/>'], null as never)).toThrow(/placeholder/);
  });

  // Counted, not timed (workCount.ts): the export's work for 4 times the lists is about 4 times
  // the work (16 times if a step were quadratic in the number of lists).
  it('export work grows linearly with the number of lists', async () => {
    const work = async (n: number) => totalWork(await countWorkAsync(() => renderDocx(parseDocument(lists(n), impactBrief), meta, designFor('classic'))));
    await work(20); // warm-up
    expect((await work(400)) / (await work(100))).toBeLessThan(5);
  });
});
