// Names by bytes and graphemes on each platform's rule, and spoofing characters removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitName, nameLength, NAME_LIMIT, withoutSpoofing } from '../../../src/core/workspace/fileNameLimits';
import type { NamePlatform } from '../../../src/core/workspace/fileNameLimits';
import { exportFileName } from '../../../src/core/export/exportFileName';
import { writeExportFile } from '../../../src/core/export/writeExportFile';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
const PLATFORMS: NamePlatform[] = ['linux', 'darwin', 'win32'];
const E_ACUTE = 'e\u0301'; // "é" as a letter and a combining accent: two code points, one grapheme
const FAMILY = '👩‍👩‍👧'; // one grapheme of five code points joined by ZWJ

const titles: Array<[string, string]> = [
  ['100 CJK characters', '中'.repeat(100)],
  ['150 emoji', '🚀'.repeat(150)],
  ['300 precomposed é', 'é'.repeat(300)],
  ['200 decomposed é', E_ACUTE.repeat(200)],
  ['90 ZWJ families', FAMILY.repeat(90)],
  ['mixed scripts', `Fraud 风控 ${FAMILY} ${E_ACUTE}`.repeat(30)],
];

describe('exportFileName fits the platform limit at a grapheme boundary', () => {
  describe.each(PLATFORMS)('%s', (platform) => {
    it.each(titles)('%s', (_label, title) => {
      const name = exportFileName('Impact brief', title, '2026-11-30', 'docx', platform);
      expect(name.endsWith(' - 2026-11-30.docx')).toBe(true);
      expect(name.startsWith('Impact brief - ')).toBe(true);
      // Room is left for the " (9999)" a second export of the same name gets.
      expect(nameLength(name, platform) + ' (9999)'.length).toBeLessThanOrEqual(NAME_LIMIT);
      // Every grapheme of the kept title is whole: the cut title is a prefix in graphemes.
      const kept = name.slice('Impact brief - '.length, -' - 2026-11-30.docx'.length);
      const all = graphemes(title);
      const cut = graphemes(kept);
      expect(cut.length).toBeGreaterThan(0);
      expect(all.slice(0, cut.length).join('')).toBe(kept);
    });
  });

  it('measures UTF-8 bytes on Linux and macOS, UTF-16 units on Windows', () => {
    expect(nameLength('中', 'linux')).toBe(3);
    expect(nameLength('中', 'darwin')).toBe(3);
    expect(nameLength('中', 'win32')).toBe(1);
    expect(nameLength('🚀', 'linux')).toBe(4);
    expect(nameLength('🚀', 'win32')).toBe(2);
  });

  it('keeps more CJK characters on Windows, where the limit counts UTF-16 units', () => {
    const linux = exportFileName('Brief', '中'.repeat(300), '2026-11-30', 'pdf', 'linux');
    const windows = exportFileName('Brief', '中'.repeat(300), '2026-11-30', 'pdf', 'win32');
    expect(windows.length).toBeGreaterThan(linux.length);
  });

  it('never splits a grapheme even when the budget ends inside one', () => {
    for (let budget = 0; budget < 40; budget++) {
      const stem = fitName(FAMILY.repeat(10), 'x'.repeat(NAME_LIMIT - budget), 'linux');
      expect(stem.length % FAMILY.length).toBe(0);
      expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(budget);
    }
  });

  it('refuses a fixed part that is itself over the limit', () => {
    expect(() => fitName('a', 'x'.repeat(300), 'linux')).toThrow(RangeError);
  });
});

describe('spoofing characters never reach a file name', () => {
  it.each([
    ['right-to-left override', 'acme\u202Egnp.exe', 'acmegnp.exe'],
    ['left-to-right and right-to-left isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['embeddings and marks', '\u202Aa\u202Bb\u202Cc\u200Ed\u200Fe\u061C', 'abcde'],
    ['division slash', 'a\u2215b', 'a-b'],
    ['fraction slash', 'a\u2044b', 'a-b'],
    ['fullwidth solidus', 'a\uFF0Fb', 'a-b'],
    ['big solidus', 'a\u29F8b', 'a-b'],
    ['fullwidth reverse solidus', 'a\uFF3Cb', 'a-b'],
    ['set minus', 'a\u2216b', 'a-b'],
    ['small reverse solidus', 'a\uFE68b', 'a-b'],
  ])('%s', (_label, input, expected) => {
    expect(withoutSpoofing(input)).toBe(expected);
  });

  it('keeps joiners that emoji need', () => {
    expect(withoutSpoofing(FAMILY)).toBe(FAMILY);
  });

  it('cleans the title of an export name', () => {
    const name = exportFileName('Brief', 'acme\u202Egnp.exe', '2026-11-30', 'docx', 'linux');
    expect(name).toBe('Brief - acmegnp.exe - 2026-11-30.docx');
    expect(exportFileName('Brief', 'Q3\u2215Q4 plan', '2026-11-30', 'pdf', 'linux')).toBe('Brief - Q3-Q4 plan - 2026-11-30.pdf');
  });
});

describe('a long non-Latin title can really be written on this machine', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-names-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(titles)('%s', (_label, title) => {
    const name = exportFileName('Impact brief', title, '2026-11-30', 'pdf');
    const written = writeExportFile(dir, name, new Uint8Array([1, 2, 3]));
    expect(fs.readFileSync(written.fullPath)).toEqual(Buffer.from([1, 2, 3]));
    expect(path.basename(written.fullPath)).toBe(name);
  });
});
