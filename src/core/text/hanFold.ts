// Traditional Chinese characters read as simplified, one character for one, for matching only:
// a heading written 決定 opens the section 决定, and a private term listed as 招商银行 is found when a
// draft writes 招商銀行 (and the other way round, since both sides are folded). The character
// tables are OpenCC's (opencc-js, MIT/Apache-2.0, offline data in the package): Taiwan and Hong
// Kong variants to OpenCC's standard traditional (TWVariantsRev, HKVariantsRev), then standard
// traditional to simplified (TSCharacters). Phrase tables are left out on purpose: a fold must keep
// every offset where it was, so only pairs of equal UTF-16 length are used, and a character with
// several simplified forms (乾 -> 干) takes OpenCC's first, which is enough for comparing two texts
// that went through the same fold. Characters that are already simplified forms stay as they are.
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictGroup, DictLike } from 'opencc-js/core';

let table: Map<string, string> | null = null;

function pairsOf(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b] as const);
  const out: (readonly [string, string])[] = [];
  for (const entry of dict.split('|')) {
    const [a, b] = entry.split(' ');
    if (a !== undefined && b !== undefined) out.push([a, b]);
  }
  return out;
}

/** Single characters of `groups` mapped one for one (same UTF-16 length), phrases left out. */
function characterPairs(groups: readonly DictGroup[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groups ?? []) {
    for (const dict of group) {
      for (const [a, b] of pairsOf(dict)) {
        if ([...a].length === 1 && [...b].length === 1 && a.length === b.length && !out.has(a)) out.set(a, b);
      }
    }
  }
  return out;
}

function build(): Map<string, string> {
  const variants = new Map([...characterPairs(from.tw), ...characterPairs(from.hk)]);
  const simplified = characterPairs(to.cn);
  const out = new Map<string, string>();
  for (const [a, b] of variants) out.set(a, simplified.get(b) ?? b);
  for (const [a, b] of simplified) if (!out.has(a)) out.set(a, b);
  // A character that is itself some character's simplified form is simplified text already and
  // stays as written: TSCharacters also maps 么 (a simplified form of 麼) to 幺, which would turn
  // 什么 into 什幺.
  const simple = new Set(simplified.values());
  for (const [a, b] of out) if (a === b || simple.has(a)) out.delete(a);
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * `text` with each traditional (or Taiwan/Hong Kong variant) Han character replaced by its
 * simplified form; every other character, and the length and offsets, unchanged. Returns `text`
 * itself when it has no Han character. Linear in the length; the table (about 3,600 characters) is
 * built on first use.
 */
export function foldTraditional(text: string): string {
  if (!HAN.test(text)) return text;
  table ??= build();
  const map = table;
  let out = '';
  let changed = false;
  for (const ch of text) {
    const to = map.get(ch);
    if (to !== undefined) {
      out += to;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
}
