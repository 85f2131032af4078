// The cheap word tests run before each costly stance (and claim) pattern must be necessary conditions: a
// sentence the pattern matches always has the words, or a skipped pattern would lose a finding.
// Checked over every sentence of the gold corpus and the incoming set (the held-out sets are not
// read), and over sentences written to match each pattern.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stanceNeedsForTests, stanceOf } from '../../../../src/core/rubric/claims/stance';
import { analyzeText, claimNeedsForTests } from '../../../../src/core/rubric/claims/analyzeClaim';
import { governanceNeedsForTests } from '../../../../src/core/rubric/claims/governance';
import { nonPublicNeedsForTests } from '../../../../src/core/rubric/claims/nonPublic';

const gold = path.resolve(import.meta.dirname, '../../../gold');

function corpusSentences(): string[] {
  const out: string[] = [];
  for (const dir of ['cases', 'incoming']) {
    for (const file of fs.readdirSync(path.join(gold, dir)).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(path.join(gold, dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text !== 'string') continue;
        // stanceOf reads one sentence with decimal points replaced; whole texts are checked too.
        const t = text.replace(/(?<=\d)\.(?=\d)/g, '_');
        out.push(t, ...t.split(/(?<=[.!?;。；！？])\s*/));
      }
    }
  }
  return out;
}

/** Sentences that match the patterns, so that each family's words are exercised. */
const WRITTEN = [
  'We shipped the credit model and iterated weekly based on what customers did.',
  'We pushed the scorecard to production as soon as the AUC cleared 0.85.',
  'Once the AUC cleared 85% we deployed the model.',
  'We release a new version of the underwriting model every two-week sprint.',
  'We A/B tested the credit limits on live customers.',
  'Let the new model decide the real applications.',
  'We ran live experiments on loan pricing.',
  'We launched the pricing model and then fixed it later as complaints came in.',
  'We tested it in production.',
  'We deployed the pricing model first and did the paperwork once we saw how it performed.',
  'Validation could catch up later.',
  'The model went live without waiting for validation.',
  'We did not wait for the MRM sign-off.',
  'I let the data science team decide the threshold.',
  'I left the cut-off to the engineering team.',
  'I went with whatever the data science team picked.',
  'I relied on the engineers to decide the SLA.',
  'The latency budget is an engineering call.',
  'The data science team will decide the threshold.',
  'I rubber-stamped whatever the data science team recommended.',
  'I deferred to the data science team.',
  'Not my decision, really.',
  'Data science picked the threshold.',
  'I do whatever compliance says.',
  'We never push back on compliance.',
  'If compliance says no, I drop it.',
  'Who am I to argue with the regulators?',
  'We do whatever legal wants.',
  'I bypassed the model review.',
  'I streamlined the approval process.',
  'I challenged the status quo.',
  'Regulation slows innovation down.',
  'Compliance is just box-ticking.',
  'The rules exist only to protect their jobs.',
  'Compliance is too conservative for AI.',
];
/** Sentences with a reported view (REPORTING), not stance claims themselves. */
/** Sentences with a non-public marker (MARKER) or late governance (LATE). */
const MARKED_OR_LATE = ['Our unreleased Q3 numbers show a 20% lift.', 'We launched and told model risk two weeks later.', '上线两周以后才通知模型风险团队。', '这是内部数据。'];
const REPORTED = ['Many engineers say compliance slows them down.', 'The old mantra was to move fast.', 'I was told to ship it anyway.', '有人说合规太保守。', 'It is often called red tape.'];

describe('stance patterns run only where their words are', () => {
  const pairs = [...stanceNeedsForTests(), ...claimNeedsForTests(), ...governanceNeedsForTests(), ...nonPublicNeedsForTests()];
  const sentences = [...corpusSentences(), ...WRITTEN, ...REPORTED, ...MARKED_OR_LATE];

  it('covers the costly patterns', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(34);
  });

  it('no sentence a pattern matches lacks the words it needs', () => {
    const missing: string[] = [];
    let matched = 0;
    for (const { pattern, needs } of pairs) {
      const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      for (const s of sentences) {
        if (!re.test(s)) continue;
        matched++;
        const lacking = needs.filter((w) => !w.test(s));
        if (lacking.length > 0) missing.push(`${pattern.source.slice(0, 50)} | ${lacking.map((w) => w.source.slice(0, 40)).join(', ')} | ${s}`);
      }
    }
    if (process.env.STANCE_NEEDS_REPORT) console.log(pairs.map(({ pattern }) => `${sentences.filter((s) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(s)).length} ${pattern.source.slice(0, 60)}`).join('\n'));
    expect(missing).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('the written sentences are stance claims (so the check above is not vacuous)', () => {
    const none = WRITTEN.filter((text) => stanceOf({ text, negated: [], reported: [] }).length === 0);
    expect(none).toEqual([]);
    const unreported = REPORTED.filter((text) => analyzeText(text).reported.length === 0);
    expect(unreported).toEqual([]);
    const unmatched = MARKED_OR_LATE.filter((text) => !pairs.some(({ pattern }) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)));
    expect(unmatched).toEqual([]);
  });
});
