// File names, non-clobbering writes, PDF page counts and metadata, and the overrun estimate.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFileName, numberedName } from '../../../src/core/export/exportFileName';
import { writeExportFile } from '../../../src/core/export/writeExportFile';
import { pdfPageCount } from '../../../src/core/export/pdfPageCount';
import { setPdfInfo } from '../../../src/core/export/setPdfInfo';
import { pageOverrun } from '../../../src/core/export/pageOverrun';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { designFor } from '../../../src/core/export/designs';
import { isoDay, longDate } from '../../../src/core/export/exportMeta';
import { DossierError } from '../../../src/core/errors';
import { impactBrief, overlongBrief } from './fixtures/documents';
import { has, pdfInfo, removeTempDirs, tempDir } from './fixtures/tools';
import { tinyPdf } from './fixtures/tinyPdf';

afterAll(removeTempDirs);

describe('exportFileName', () => {
  it.each([
    ['Impact brief', 'Real-time fraud scoring', 'pdf', 'Impact brief - Real-time fraud scoring - 2026-11-23.pdf'],
    ['Impact brief', '', 'docx', 'Impact brief - 2026-11-23.docx'],
    ['Impact brief', 'Impact brief', 'md', 'Impact brief - 2026-11-23.md'],
    ['Impact brief', '../../etc/passwd', 'pdf', 'Impact brief - etc passwd - 2026-11-23.pdf'],
    ['Kill story', 'A: "why" <we> stopped | it?', 'pdf', 'Kill story - A why we stopped it - 2026-11-23.pdf'],
    ['Brief', 'line\nbreak\ttab', 'pdf', 'Brief - line break tab - 2026-11-23.pdf'],
    ['Brief', '实时欺诈评分', 'pdf', 'Brief - 实时欺诈评分 - 2026-11-23.pdf'],
    ['', '', 'pdf', 'Document - 2026-11-23.pdf'],
  ])('%j + %j -> %j', (template, title, ext, expected) => {
    expect(exportFileName(template, title, '2026-11-23', ext)).toBe(expected);
  });

  it('keeps long titles within 255 bytes, with the date, the extension and room for " (n)"', () => {
    const name = exportFileName('Brief', 'x'.repeat(400), '2026-11-23', 'pdf', 'linux');
    expect(name.endsWith(' - 2026-11-23.pdf')).toBe(true);
    expect(Buffer.byteLength(name) + ' (9999)'.length).toBeLessThanOrEqual(255);
  });

  it('numbers alternatives before the extension', () => {
    expect(numberedName('a b.pdf', 1)).toBe('a b.pdf');
    expect(numberedName('a b.pdf', 2)).toBe('a b (2).pdf');
    expect(numberedName('noext', 3)).toBe('noext (3)');
  });
});

describe('writeExportFile', () => {
  it('replaces the previous export of the same name by default, leaving no temp file', () => {
    const dir = tempDir();
    const a = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('one'));
    const b = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('two'));
    expect([a.fileName, b.fileName]).toEqual(['Brief - 2026-11-23.pdf', 'Brief - 2026-11-23.pdf']);
    expect(fs.readFileSync(b.fullPath, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir)).toEqual(['Brief - 2026-11-23.pdf']);
  });

  it('keeps a name taken by a folder and writes the next free name instead', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'Brief - 2026-11-23.pdf'));
    const a = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('one'));
    expect(a.fileName).toBe('Brief - 2026-11-23 (2).pdf');
  });

  it('with keepVersions never replaces an existing file: the next name gets " (2)", " (3)"', () => {
    const dir = tempDir();
    const keep = { keepVersions: true };
    const a = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('one'), keep);
    const b = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('two'), keep);
    const c = writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('three'), keep);
    expect([a.fileName, b.fileName, c.fileName]).toEqual(['Brief - 2026-11-23.pdf', 'Brief - 2026-11-23 (2).pdf', 'Brief - 2026-11-23 (3).pdf']);
    expect(fs.readFileSync(path.join(dir, 'Brief - 2026-11-23.pdf'), 'utf8')).toBe('one');
    expect(fs.readFileSync(c.fullPath, 'utf8')).toBe('three');
    expect(fs.readdirSync(dir).sort()).toEqual(['Brief - 2026-11-23 (2).pdf', 'Brief - 2026-11-23 (3).pdf', 'Brief - 2026-11-23.pdf']);
  });

  // The same targets `dossier export --out` refuses (exportTarget.ts): the rename would replace a
  // link, a pipe or a read-only file with a regular file.
  it.each([
    ['a symbolic link', (target: string, dir: string) => {
      fs.writeFileSync(path.join(dir, 'elsewhere.txt'), 'keep me');
      fs.symlinkSync(path.join(dir, 'elsewhere.txt'), target);
    }, /symbolic link/],
    ['a pipe (FIFO)', (target: string) => {
      const made = spawnSync('mkfifo', [target]);
      if (made.status !== 0) throw new Error('mkfifo failed');
    }, /pipe \(FIFO\)/],
    ['a read-only file', (target: string) => {
      fs.writeFileSync(target, 'keep me');
      fs.chmodSync(target, 0o444);
    }, /read-only/],
  ])('refuses to replace %s, changes nothing and leaves no temp file', (_what, make, why) => {
    const dir = tempDir();
    const target = path.join(dir, 'Brief - 2026-11-23.pdf');
    make(target, dir);
    const before = fs.lstatSync(target);
    const listing = fs.readdirSync(dir).sort();
    let error: unknown = null;
    try {
      writeExportFile(dir, 'Brief - 2026-11-23.pdf', new TextEncoder().encode('new'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).message).toMatch(why);
    expect((error as DossierError).message).toMatch(/^Could not save the export as “Brief - 2026-11-23\.pdf” in the exports folder: .*Nothing was changed\.$/);
    const after = fs.lstatSync(target);
    expect([after.ino, after.mode, after.size]).toEqual([before.ino, before.mode, before.size]);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    if (before.isSymbolicLink() || before.isFile()) expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('refuses a name with folders in it', () => {
    expect(() => writeExportFile(tempDir(), '../escape.pdf', new Uint8Array([1]))).toThrow(DossierError);
  });

  it('explains an unwritable folder in plain words', () => {
    const missing = path.join(tempDir(), 'no', 'such', 'folder');
    expect(() => writeExportFile(missing, 'a.pdf', new Uint8Array([1]))).toThrow(/Could not save the export/);
  });
});

describe('pdfPageCount', () => {
  it.each([1, 2, 5])('counts %i pages', (n) => {
    expect(pdfPageCount(tinyPdf(n))).toBe(n);
  });

  it('returns 0 for bytes that are not a PDF', () => {
    expect(pdfPageCount(new TextEncoder().encode('hello'))).toBe(0);
  });
});

describe.skipIf(!has('pdfinfo'))('setPdfInfo', () => {
  it('sets Title and Author (any script) in a file pdfinfo still reads', () => {
    const out = setPdfInfo(tinyPdf(2), { title: 'Real-time fraud — 实时', author: 'Zoë Doe' });
    const info = pdfInfo(out);
    expect(info.Title).toBe('Real-time fraud — 实时');
    expect(info.Author).toBe('Zoë Doe');
    expect(info.Pages).toBe('2');
    expect(info.Syntax).toBeUndefined();
  });

  it('leaves bytes it cannot understand untouched', () => {
    const junk = new TextEncoder().encode('not a pdf');
    expect(setPdfInfo(junk, { title: 't', author: 'a' })).toBe(junk);
  });
});

describe('pageOverrun', () => {
  const doc = parseDocument(overlongBrief, impactBrief);

  it('turns a measurement into lines and words over, naming the longest section', () => {
    const design = designFor('classic');
    const pageHeightPx = (11 - design.marginsIn.top - design.marginsIn.bottom) * 96;
    const o = pageOverrun({ doc, pages: 2, budget: 1, design, pageSize: 'letter', measurement: { contentHeightPx: pageHeightPx + 10 * 20, lineHeightPx: 20 } });
    expect(o.overBy).toMatchObject({ pages: 1, approxLines: 10 });
    expect(o.overBy.approxWords).toBeGreaterThan(0);
    expect(o.longestSection).toMatchObject({ id: 'outcome', label: 'Outcome' });
    expect(o.suggestion).toMatch(/^About 10 lines \(roughly \d+ words\) over one page\. The longest section is Outcome/);
    expect(o.suggestion).toContain('compact layout');
    expect(o.compactAvailable).toBe(true);
  });

  it('estimates from the words when the printer cannot measure, and never says zero', () => {
    const design = designFor('modern', true);
    const o = pageOverrun({ doc, pages: 2, budget: 1, design, pageSize: 'a4', measurement: null });
    expect(o.overBy.approxWords).toBeGreaterThanOrEqual(1);
    expect(o.overBy.approxLines).toBeGreaterThanOrEqual(1);
    expect(o.compactAvailable).toBe(false);
    expect(o.suggestion).not.toContain('compact layout');
  });
});

describe('dates', () => {
  it('formats the export date the same on every machine', () => {
    expect(longDate('2026-11-23')).toBe('November 23, 2026');
    expect(longDate('2027-01-05')).toBe('January 5, 2027');
    expect(isoDay(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
  });
});
