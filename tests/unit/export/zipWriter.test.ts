// zipWriter is Dossier's one zip writer (DOCX packages, "Export all" archives; fflate's Zip around
// entries deflated by zlib): its archives must read back exactly with independent readers (fflate,
// Python's zipfile), keep UTF-8 names, store or deflate as asked, carry the modification time,
// and refuse what a zip cannot hold.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { packEntry, writeZip, zipEntries } from '../../../src/core/export/zipWriter';
import { zipFiles } from '../../../src/core/export/zipFiles';
import { PYTHON, removeTempDirs, tempDir } from './fixtures/tools';

afterAll(removeTempDirs);

const enc = new TextEncoder();
const long = enc.encode('<w:p>repeated part text </w:p>'.repeat(400));
const entries = [
  { name: '[Content_Types].xml', bytes: enc.encode('<?xml version="1.0"?><Types/>'), method: 'deflate' as const },
  { name: 'word/document.xml', bytes: long, method: 'deflate' as const },
  { name: 'Résumé 简历 - 2026.pdf', bytes: enc.encode('%PDF-1.7 stored as is'), method: 'store' as const },
  { name: 'empty.txt', bytes: new Uint8Array(0), method: 'deflate' as const },
];
const when = new Date(2026, 10, 30, 21, 45, 18);

/** Python's zipfile: every entry's name, method, size, date and a hash of its bytes; testzip passes. */
function pythonListing(bytes: Uint8Array): unknown {
  const file = path.join(tempDir(), 'a.zip');
  fs.writeFileSync(file, bytes);
  const res = spawnSync(
    PYTHON,
    [
      '-c',
      'import sys, zipfile, hashlib, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps([[i.filename, i.compress_type, i.file_size, list(i.date_time), hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]))',
      file,
    ],
    { encoding: 'utf8' },
  );
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout);
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('zipWriter', () => {
  it('fflate reads back every entry exactly, in order', () => {
    const zip = zipEntries(entries, when);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(Buffer.from(back[e.name] ?? []).equals(Buffer.from(e.bytes)), e.name).toBe(true);
  });

  it("Python's zipfile reads names, methods, sizes, the time (2-second steps) and bytes", () => {
    if (!fs.existsSync(PYTHON)) return;
    const zip = zipEntries(entries, when);
    expect(pythonListing(zip)).toEqual(
      entries.map((e) => [e.name, e.method === 'deflate' ? 8 : 0, e.bytes.length, [2026, 11, 30, 21, 45, 18], sha(e.bytes)]),
    );
  });

  it('deflates what it is told to deflate and stores the rest', () => {
    const zip = zipEntries(entries, when);
    expect(zip.length).toBeLessThan(long.length / 4);
    const stored = zipEntries([{ name: 'a', bytes: long, method: 'store' }], when);
    expect(stored.length).toBeGreaterThan(long.length);
    expect(stored.length).toBeLessThan(long.length + 200);
    expect(Buffer.from(unzipSync(stored)['a'] ?? []).equals(Buffer.from(long))).toBe(true);
  });

  it('writes the same archive from entries packed in advance', () => {
    const packed = entries.map((e) => ({ name: e.name, packed: packEntry(e.bytes, e.method) }));
    expect(Buffer.from(writeZip(packed, when)).equals(Buffer.from(zipEntries(entries, when)))).toBe(true);
  });

  it('an empty archive is one that readers accept as empty', () => {
    const zip = zipEntries([], when);
    expect(unzipSync(zip)).toEqual({});
    if (fs.existsSync(PYTHON)) expect(pythonListing(zip)).toEqual([]);
  });

  it('clamps times a zip cannot hold (fflate writes 1980-2099) to 1980-01-01 and 2099-12-31', () => {
    if (!fs.existsSync(PYTHON)) return;
    const one = [{ name: 'x', bytes: enc.encode('x'), method: 'store' as const }];
    expect((pythonListing(zipEntries(one, new Date(1970, 0, 1))) as unknown[][])[0]?.[3]).toEqual([1980, 1, 1, 0, 0, 0]);
    expect((pythonListing(zipEntries(one, new Date(2200, 0, 1))) as unknown[][])[0]?.[3]).toEqual([2099, 12, 31, 23, 59, 58]);
  });

  it('refuses two entries with one name', () => {
    expect(() => zipFiles([{ name: 'a.md', bytes: enc.encode('1') }, { name: 'a.md', bytes: enc.encode('2') }], when)).toThrow(/Two entries named “a\.md”/);
  });

  it('zipFiles stores its entries (PDFs and DOCX are compressed already)', () => {
    const zip = zipFiles([{ name: 'brief.md', bytes: long }], when);
    expect(zip.length).toBeGreaterThan(long.length);
    expect(strFromU8(unzipSync(zip)['brief.md'] ?? new Uint8Array())).toBe(strFromU8(long));
    if (fs.existsSync(PYTHON)) expect((pythonListing(zip) as unknown[][])[0]?.slice(0, 3)).toEqual(['brief.md', 0, long.length]);
  });

  it('refuses a name longer than a zip can hold', () => {
    expect(() => zipEntries([{ name: 'n'.repeat(70000), bytes: enc.encode('x'), method: 'store' }], when)).toThrow(RangeError);
  });
});
