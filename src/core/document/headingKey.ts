// How a heading written in other words still opens its section ("How the issue came up",
// 关注点如何出现 for "How the concern surfaced"). Exact names come first (normalizeHeading.ts:
// label, id, aliases); when none fits, a heading and the section's names are compared by their
// key, in which:
//   - function words do not count: articles, pronouns, auxiliaries, "how", "and", and "final"
//     (The final decision = Decision); in Chinese 的, 了, 是, 被, 我(们), 如何, 怎么, 与, 和, 跟,
//     向, 最终, 最后, 做的 (最终决定, 我做的决定 = 决定)…;
//   - each word or phrase of one of the template's synonym groups (`headingSynonyms`, data in
//     templates/*.json) reads as the group's first member, so 浮现, 出现, 发现 are one word there;
//   - a word said twice in a row counts once (权衡与取舍 = 权衡), and a key of known words (every
//     English word; Chinese only when all of it is synonyms) is the set of its words, so
//     "Leadership: how I told them" and "How I told leadership" meet, as do 哪些部门商量 and 咨询谁.
// The template schema refuses a template in which two sections would share a key, so a key opens
// at most one section. Pure; linear in the heading's length for a given template.
import { normalizeHeading } from './normalizeHeading';

const HAN = /\p{Script=Han}/u;

/** English words that carry no meaning in a heading. */
const EN_FUNCTION = new Set(
  'a an the how who whom what which when i we my our me us it its they them their was were is are be been being did do does had has have and & of to for with then that this made final finally'.split(' '),
);
/** Chinese function words and pronouns, longest first. */
const ZH_FUNCTION = /以及|我们|如何|怎么样|怎么|怎样|是否|什么|最终|最后|做出的|做的|的|了|是|被|我|与|和|及|跟|向|对/gu;

function dropFunctionWords(s: string): string {
  const zh = HAN.test(s) ? s.replace(ZH_FUNCTION, '') : s;
  return zh
    .split(/[\s,，、;；.。!！?？:：()（）"“”'‘’/]+/u)
    .filter((w) => w !== '' && !EN_FUNCTION.has(w))
    .join(' ');
}

interface Compiled {
  re: RegExp | null;
  canonical: Map<string, string>;
}

const compiledCache = new WeakMap<readonly (readonly string[])[], Compiled>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(groups: readonly (readonly string[])[]): Compiled {
  const hit = compiledCache.get(groups);
  if (hit) return hit;
  const canonical = new Map<string, string>();
  for (const g of groups) {
    const head = g[0] === undefined ? '' : dropFunctionWords(normalizeHeading(g[0]));
    if (head === '') continue;
    for (const member of g) {
      const m = dropFunctionWords(normalizeHeading(member));
      if (m !== '' && !canonical.has(m)) canonical.set(m, head);
    }
  }
  const members = [...canonical.keys()].sort((a, b) => b.length - a.length);
  // Latin members match whole words; Chinese ones anywhere (Chinese has no spaces between words).
  const alternatives = members.map((m) => (HAN.test(m) ? escape(m) : `(?<![\\p{L}\\p{N}-])${escape(m)}(?![\\p{L}\\p{N}-])`));
  const out: Compiled = { re: members.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : null, canonical };
  compiledCache.set(groups, out);
  return out;
}

/**
 * The key a heading is compared by when no exact name fits (see the file header). `synonyms` are
 * the template's `headingSynonyms` groups (each group's first member stands for the group).
 * Returns '' for a heading of function words only, which then matches nothing.
 */
export function headingKey(heading: string, synonyms: readonly (readonly string[])[] = []): string {
  const { re, canonical } = compile(synonyms);
  let s = dropFunctionWords(normalizeHeading(heading));
  if (re) {
    // Placeholders keep a replaced word from being read again as part of another group.
    const heads: string[] = [];
    s = s.replace(re, (m) => {
      heads.push((canonical.get(m) ?? m).replace(/\s+/g, '_'));
      return ` \uE000${heads.length - 1}\uE001 `;
    });
    s = s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => `\uE000${heads[Number(i)] ?? ''}\uE001`);
  }
  const raw = s.split(/\s+/).filter((w) => w !== '');
  const parts = raw.map((w) => w.replace(/[\uE000\uE001]/g, ''));
  // A word said twice in a row counts once ("权衡 权衡" from 权衡与取舍).
  const once = parts.filter((w, i) => w !== parts[i - 1]);
  // Chinese text between known words is not split into words, so its order is kept; a heading
  // made only of known words (哪些部门商量 = 咨询谁), like an English one, is the set of them.
  const known = raw.every((w) => !HAN.test(w) || /^\uE000[^\uE000\uE001]*\uE001$/.test(w));
  if (!known) return once.join('');
  return [...new Set(once)].sort().join(once.some((w) => HAN.test(w)) ? '' : ' ');
}
