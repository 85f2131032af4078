// matchesOf (src/core/rubric/regexMatches.ts) stands in for [...text.matchAll(re)] in the claims
// analysis and the rule kinds: the same matches (text, index, groups), empty matches stepped over
// as matchAll steps them (by code point with the u flag), and the regex's lastIndex left as it was.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../src/core/text/regexMatches';

const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(re)].map((m) => ({ text: m[0], index: m.index, groups: [...m], named: m.groups }));
  const got = matchesOf(re, text).map((m) => ({ text: m[0], index: m.index, groups: [...m], named: m.groups }));
  expect(got, `${String(re)} on ${JSON.stringify(text)}`).toEqual(expected);
};

describe('matchesOf', () => {
  it.each([
    [/\b(?:cut|reduc\w*)\b/gi, 'We cut losses and reduced costs; CUT again.'],
    [/(\d+)(?<unit>%|ms)?/g, '12% in 45 ms, then 3'],
    [/x*/g, 'axxbx'],
    [/(?:)/g, 'ab'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\p{Script=Han}*/gu, '欺诈😀损失 a'],
    [/降低|提升/g, '欺诈损失降低了，效率提升'],
    [/$/gm, 'one\ntwo\n'],
    [/nothing/g, 'here'],
  ])('gives what matchAll gives for %s', (re, text) => {
    same(re, text);
  });

  it('gives what matchAll gives on random text for patterns with empty matches', () => {
    const units = ['a', 'b', ' ', '😀', '\ud800', '\udc00', '损', '.', '\n'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: rand(12) }, () => units[rand(units.length)]).join('');
      for (const re of [/a*/g, /a*/gu, /\b/g, /(?=b)/gu, /[^ ]*/g]) same(re, text);
    }
  });

  it('starts at the regex lastIndex and leaves it as it was, as matchAll does', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(matchesOf(re, 'aaaa').map((m) => m.index)).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
