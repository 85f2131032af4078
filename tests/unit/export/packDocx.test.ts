// packDocx writes the docx library's own parts, deflated by zlib instead of fflate's JavaScript
// DEFLATE: every part must equal what Packer.toBuffer writes, byte for byte, in the same order,
// and the zip must read back with fflate, Python's zipfile and python-docx. Repeated parts are
// deflated once per process (a bounded cache), which must not change a byte.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { docxParts, packDocx } from '../../../src/core/export/packDocx';
import type { DocxPacker } from '../../../src/core/export/packDocx';
import { PYTHON, hasPythonDocx, removeTempDirs, tempDir } from './fixtures/tools';

afterAll(removeTempDirs);

function sample(): Document {
  return new Document({
    title: 'Packing check',
    creator: 'Dossier',
    numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: 'decimal', text: '%1.', start: 3 }] }] },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Héllo, 世界 & <friends>', bold: true })] }),
          new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new ExternalHyperlink({ link: 'https://example.com/a?b=1&c=2', children: [new TextRun('a link')] })] }),
        ],
      },
    ],
  });
}

/** Parts of a zip by name, in the zip's own order. */
function unzipped(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes));
}

/** core.xml carries the time of packing; everything else must match exactly. */
const withoutTimes = (name: string, bytes: Uint8Array): string =>
  name === 'docProps/core.xml' ? Buffer.from(bytes).toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'T') : Buffer.from(bytes).toString('base64');

describe('packDocx', () => {
  it('writes the same parts as Packer.toBuffer, in the same order', async () => {
    const doc = sample();
    const ours = unzipped(await packDocx(doc));
    const theirs = unzipped(new Uint8Array(await Packer.toBuffer(doc)));
    expect(ours.map(([n]) => n)).toEqual(theirs.map(([n]) => n));
    expect(ours.length).toBeGreaterThan(10);
    for (let i = 0; i < ours.length; i++) {
      const [name, bytes] = ours[i] as [string, Uint8Array];
      expect(withoutTimes(name, bytes), name).toBe(withoutTimes(name, (theirs[i] as [string, Uint8Array])[1]));
    }
  });

  it('docxParts gives each part as the bytes the zip holds', async () => {
    const doc = sample();
    const parts = docxParts(doc);
    expect([...parts.keys()]).toContain('word/document.xml');
    const unz = new Map(unzipped(await packDocx(doc)));
    for (const [name, bytes] of parts) {
      if (name === 'docProps/core.xml') continue; // the time of packing
      expect(Buffer.from(unz.get(name) ?? new Uint8Array()).equals(Buffer.from(bytes)), name).toBe(true);
    }
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toContain('Héllo, 世界 &amp; &lt;friends&gt;');
  });

  it('packs parts met before (deflated once per process) to the same bytes, and new parts anew', async () => {
    const doc = sample();
    await packDocx(doc); // every part of this document is now met before
    const ours = unzipped(await packDocx(doc));
    const theirs = unzipped(new Uint8Array(await Packer.toBuffer(doc)));
    expect(ours.map(([n]) => n)).toEqual(theirs.map(([n]) => n));
    for (let i = 0; i < ours.length; i++) {
      const [name, bytes] = ours[i] as [string, Uint8Array];
      expect(withoutTimes(name, bytes), name).toBe(withoutTimes(name, (theirs[i] as [string, Uint8Array])[1]));
    }
    const other = new Document({ sections: [{ children: [new Paragraph('Another text entirely')] }] });
    const otherDoc = new Map(unzipped(await packDocx(other))).get('word/document.xml');
    expect(new TextDecoder().decode(otherDoc)).toContain('Another text entirely');
  });

  it('deflates every entry (a one-page document stays about as small as Packer makes it)', async () => {
    const doc = sample();
    const ours = await packDocx(doc);
    const theirs = await Packer.toBuffer(doc);
    const raw = [...docxParts(doc).values()].reduce((n, b) => n + b.length, 0);
    expect(ours.length).toBeLessThan(raw / 2);
    expect(ours.length).toBeLessThan(theirs.length * 1.1);
  });

  it('is a zip that Python and python-docx read', async () => {
    if (!hasPythonDocx()) return;
    const file = path.join(tempDir(), 'packed.docx');
    fs.writeFileSync(file, await packDocx(sample(), new Date(2026, 5, 7, 8, 9, 10)));
    const res = spawnSync(
      PYTHON,
      [
        '-c',
        'import sys, zipfile, docx\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(z.getinfo("word/document.xml").date_time)\nps = docx.Document(sys.argv[1]).paragraphs\nprint(len(ps), ps[0].text)',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('(2026, 6, 7, 8, 9, 10)\n2 Héllo, 世界 & <friends>\n');
  });

  it('docx still has the compiler Packer packs with (else export falls back to Packer.toBuffer)', () => {
    const c = (Packer as unknown as Record<string, unknown>)['compiler'] as { compile?: unknown } | undefined;
    expect(typeof c?.compile).toBe('function');
  });

  it('without Packer.compiler (a future docx) packs with Packer.toBuffer: the same parts', async () => {
    const doc = sample();
    let calls = 0;
    // A Packer of a docx version that keeps its compiler elsewhere: only the public API.
    const future: DocxPacker = {
      toBuffer: (file) => {
        calls++;
        return Packer.toBuffer(file);
      },
    };
    const ours = unzipped(await packDocx(doc, new Date(), future));
    expect(calls).toBe(1);
    const fast = unzipped(await packDocx(doc));
    expect(ours.map(([n]) => n)).toEqual(fast.map(([n]) => n));
    for (let i = 0; i < ours.length; i++) {
      const [name, bytes] = ours[i] as [string, Uint8Array];
      expect(withoutTimes(name, bytes), name).toBe(withoutTimes(name, (fast[i] as [string, Uint8Array])[1]));
    }
  });
});
