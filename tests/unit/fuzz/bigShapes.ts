// Documents of every awkward shape at the input limit (MAX_DOCUMENT_BYTES of UTF-8), for
// `npm run bench -- bigdoc` and for the n-vs-4n tests: long lists, one giant paragraph, a
// giant table, thousands of headings, many abbreviations, many numbers, CJK text with and
// without punctuation, and a mix. Each shape is a function of a byte budget, so a test can
// build the same shape at n and 4n bytes. Deterministic: the same budget gives the same text.

/** One shape: a document body (front matter included) of at most `bytes` UTF-8 bytes. */
export type Shape = (bytes: number) => string;

const FRONT = '---\ntemplate: impact-brief\ncompany: wells-fargo\ntitle: Big\n---\n## Problem\n\n';

/** Repeats `unit(i)` for i = 0, 1, … while the text stays within `bytes` UTF-8 bytes. */
function fill(bytes: number, head: string, unit: (i: number) => string, sep = ''): string {
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; ; i++) {
    const u = (i === 0 ? '' : sep) + unit(i);
    const n = Buffer.byteLength(u);
    if (size + n > bytes) break;
    parts.push(u);
    size += n;
  }
  return parts.join('');
}

/** Varied wording so the sentences are not all identical (a per-text cache must not hide the cost). */
const VERBS = ['Cut', 'Raised', 'Reduced', 'Shipped', 'Led', 'Moved', 'Chose', 'Paused', 'Validated', 'Launched'];
const NOUNS = ['fraud losses', 'false declines', 'review time', 'the scorecard', 'model risk review', 'the rollout', 'chargebacks', 'latency'];

function phrase(i: number): string {
  return `${VERBS[i % VERBS.length]} ${NOUNS[(i >> 3) % NOUNS.length]} by ${(i % 97) + 1}% in week ${i}`;
}

const CJK = '模型风险团队在上线之前完成了独立验证我们把欺诈损失从四百万降到两百九十万';

export const SHAPES: Record<string, Shape> = {
  /** ~30k short, distinct list items. */
  'list, distinct items': (b) => fill(b, FRONT, (i) => `- ${phrase(i)}\n`),
  /** The same item over and over. */
  'list, identical items': (b) => fill(b, FRONT, () => '- Cut fraud losses by 12% in Q3\n'),
  /** One line of many sentences. */
  'one giant paragraph': (b) => fill(b, FRONT, (i) => `${phrase(i)}. `),
  /** One line with no sentence end at all. */
  'one giant sentence': (b) => fill(b, FRONT, (i) => `${phrase(i)} and `),
  /** Short lines without blank lines between them: one paragraph of many lines. */
  'many short lines': (b) => fill(b, FRONT, (i) => `${phrase(i)}\n`),
  /** A table of 4 columns and many rows. */
  'giant table': (b) => fill(b, FRONT + '| step | owner | change | when |\n|---|---|---|---|\n', (i) => `| ${i} | ${NOUNS[i % NOUNS.length]} | ${(i % 97) + 1}% | Q${(i % 4) + 1} |\n`),
  /** Thousands of headings, each with a line of text. */
  'thousands of headings': (b) => fill(b, FRONT, (i) => `## Section ${i}\n\n${phrase(i)}.\n\n`),
  /** Abbreviations that the segmenter ends a sentence at, all on one line. */
  'abbreviations on one line': (b) => fill(b, FRONT, (i) => `e.g. U.S. Inc. vs. ${i} `),
  /** Abbreviations ending every item of a list (no merging across lines). */
  'abbreviations per line': (b) => fill(b, FRONT, (i) => `- Co. ${i} e.g. U.S. Inc.\n`),
  /** Figures of every kind, on one line. */
  'many numbers': (b) => fill(b, FRONT, (i) => `$${i}.5M ${i % 100}% ${i}x 20${i % 100} ${i}ms `),
  /** Many numbers, one sentence each. */
  'numbers per sentence': (b) => fill(b, FRONT, (i) => `From $${i}M to $${i + 1}M, ${i % 100}% in ${i} days. `),
  /** Chinese without any punctuation or line break. */
  'CJK without punctuation': (b) => fill(b, FRONT, (i) => CJK.slice(i % 7)),
  /** Chinese sentences. */
  'CJK sentences': (b) => fill(b, FRONT, (i) => `${CJK.slice(i % 7)}${i}。`),
  /** All of the above, interleaved by line. */
  mixed: (b) => {
    const units = [
      (i: number) => `- ${phrase(i)}\n`,
      (i: number) => `${phrase(i)}. ${phrase(i + 1)} e.g. U.S. Inc. ${i}. `,
      (i: number) => `| ${i} | ${NOUNS[i % NOUNS.length]} | ${i % 97}% |\n`,
      (i: number) => `\n## Part ${i}\n\n`,
      (i: number) => `${CJK.slice(i % 7)}${i}。`,
      (i: number) => `$${i}.5M ${i % 100}% ${i}x `,
    ];
    return fill(b, FRONT, (i) => units[i % units.length]!(i));
  },
  /** A real brief's body repeated, sections and all. */
  'brief repeated': (b) => {
    const body = `${'Card-not-present fraud losses had reached $4.1M a year, and the batch model flagged fraud 6 hours after authorization.'} ` +
      'I chose real-time scoring over a stronger batch model, accepting a slower retraining cycle. ' +
      'Fraud losses fell from $4.1M to $2.9M a year within two quarters, compared with a flat trend in the control region.\n';
    return fill(b, FRONT, (i) => (i % 40 === 39 ? `\n## Outcome\n\n` : body.replace('$4.1M', `$${(i % 9) + 1}.1M`)));
  },
};
