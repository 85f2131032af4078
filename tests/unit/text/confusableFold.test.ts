// The look-alike fold of the private-terms gate (UTS #39 skeletons, confusableFold.ts): what folds
// together, what must stay apart, and that the committed table is the generator's output from
// the unhomoglyph package's confusables.txt.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldCluster, foldCodePoint, prototypeOf } from '../../../src/core/text/confusableFold';
import { ASTRAL_SOURCES, BMP_SOURCES, PROTOTYPES } from '../../../src/core/text/confusablesData';
import { foldTerm } from '../../../src/core/text/readerText';
import { TABLE_FILE, confusablesTableSource, unhomoglyphData } from '../../../scripts/gen-confusables';

describe('confusablesData', () => {
  it('is what scripts/gen-confusables.ts makes from the installed unhomoglyph', () => {
    expect(fs.readFileSync(TABLE_FILE, 'utf8')).toBe(confusablesTableSource(unhomoglyphData()));
  });

  it('folds every listed character to a fixed point (folding twice changes nothing)', () => {
    const sources = [...BMP_SOURCES, ...ASTRAL_SOURCES];
    expect(sources).toHaveLength(PROTOTYPES.split('\u0000').length);
    for (const ch of sources) {
      const once = foldTerm(ch);
      expect(foldTerm(once), `U+${(ch.codePointAt(0) as number).toString(16)}`).toBe(once);
    }
  });

  it('finds each listed character by its prototype (the binary search)', () => {
    const prototypes = PROTOTYPES.split('\u0000');
    const sources = [...BMP_SOURCES, ...ASTRAL_SOURCES];
    // A sample across the table, first and last included: Cyrillic а, Cherokee Ꭺ, an astral source.
    for (const i of [0, 1, sources.length >> 1, BMP_SOURCES.length - 1, BMP_SOURCES.length, sources.length - 1]) {
      expect(prototypeOf((sources[i] as string).codePointAt(0) as number)).toBe(prototypes[i]);
    }
    expect(prototypeOf(0x430)).toBe('a');
    expect(prototypeOf(0x13aa)).toBe('A');
    expect(prototypeOf(0x4e00)).toBeUndefined(); // 一 is compared as written
    expect(prototypeOf(0x1f600)).toBeUndefined();
  });
});

describe('foldTerm with look-alikes', () => {
  // [written, folded]
  const folds: [string, string][] = [
    ['Pr\u043eject', 'project'], // Cyrillic о
    ['Falc\u03bfn', 'falcon'], // Greek omicron
    ['\u0410\u0421\u041c\u0415BANK', 'acmebank'], // Cyrillic capitals А С М Е
    ['\u13aaCMEBANK', 'acmebank'], // Cherokee Ꭺ
    ['F\u0391LCON', 'falcon'], // Greek capital alpha
    ['\ua4ddalcon', 'falcon'], // Lisu ꓝ
    ['F\u0131delity', 'fidelity'], // dotless ı
    ['F\u0406NANCE', 'finance'], // Cyrillic capital І reads as a capital I, not l
    ['\u{1d405}\u{1d41a}\u{1d425}\u{1d41c}\u{1d428}\u{1d427}', 'falcon'], // mathematical bold
    ['\u{1d5a5}\u{1d5ba}\u{1d5c5}\u{1d5bc}\u{1d5c8}\u{1d5c7}', 'falcon'], // mathematical sans-serif
    ['\uff26\uff41\uff4c\uff43\uff4f\uff4e', 'falcon'], // full-width
    ['\u24bbalcon', 'falcon'], // circled Ⓕ
    ['F\u00e1lcon', 'falcon'], // accent, precomposed
    ['Fa\u0301lcon', 'falcon'], // accent, combining
    ['Falc\u00f3n', 'falcon'],
    ['F\u0336alcon', 'falcon'], // stroke overlay
    ['Fal\u034fcon', 'falcon'], // combining grapheme joiner
    ['Falc\ufe0fon', 'falcon'], // variation selector
    ['Fal\u200dcon', 'falcon'], // zero-width joiner
    ['Fal\u200ccon', 'falcon'], // zero-width non-joiner
    ['Falc\u{e0041}on', 'falcon'], // tag character
    ['\ua730\u1d00\u029f\u1d04\u1d0f\u0274', 'falcon'], // small capitals ꜰᴀʟᴄᴏɴ
    ['\u{1f155}\u{1f150}\u{1f15b}\u{1f152}\u{1f15e}\u{1f15d}', 'falcon'], // negative circled
    ['\u{1f175}\u{1f170}\u{1f17b}\u{1f172}\u{1f17e}\u{1f17d}', 'falcon'], // negative squared
    ['Ac\u043ceban\u043a', 'acmebank'], // Cyrillic м and к
    ['Projec\u0442', 'project'], // Cyrillic т
    ['Bj\u00f8rn', 'bjorn'],
    ['\u0141\u00f3d\u017a', 'lodz'],
    ['\u00c6sir', 'aesir'],
    ['\u2170\u2171', 'iii'], // roman numerals ⅰⅱ
    ['\u0130stanbul', 'istanbul'],
    ['猎鹰计划２号', '猎鹰计划2号'], // full-width digit in Chinese
    ['ｶﾞｽ', 'ガス'], // half-width katakana and voicing mark
    ['か\u3099', 'が'],
  ];
  it.each(folds)('%j reads %j', (written, folded) => {
    expect(foldTerm(written)).toBe(folded);
  });

  // Pairs that must stay apart: [a, b]
  const apart: [string, string][] = [
    ['com', 'corn'], // typed ASCII is never folded (UTS #39 maps m to rn)
    ['Q1', 'Ql'],
    ['IO', '10'],
    ['\u0424\u0430\u043b\u043a\u043e\u043d', 'falcon'], // Фалкон: a transliteration, not a look-alike
    ['一号', 'ー号'], // Han one and the katakana long-vowel mark
    ['口', 'ロ'],
    ['猎鹰计划', '猎鹰计画'],
    ['ガス', 'カス'], // the voicing mark is kept
    ['ทอง', 'ฑอง'], // Thai letters are compared as written
    ['Stra\u00dfe', 'strasse'],
  ];
  it.each(apart)('%j and %j stay apart', (a, b) => {
    expect(foldTerm(a)).not.toBe(foldTerm(b));
  });

  it('folds a cluster as its code points would fold', () => {
    expect(foldCluster('e\u0301')).toBe(foldCodePoint(0xe9));
    expect(foldCluster('\u{1d41a}')).toBe('a');
    expect(foldCodePoint(0x41)).toBe('a');
  });
});
