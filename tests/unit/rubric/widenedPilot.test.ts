// compliance-afterthought and pilots (newcomer trial, 30 Nov): reviewing a pilot's results is the
// gate before going wider, but an approval that came after the pilot already went to everyone is
// an afterthought like any other launch.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';

const flagged = [
  'We got MRM approval after the pilot went to all customers.',
  'Compliance signed off after the pilot was extended to every branch.',
  'Legal reviewed it once the beta was opened to everyone.',
];
const clean = [
  'We got MRM approval after the pilot, before going to all customers.',
  "Model risk reviewed the pilot's results before the wider rollout.",
  'After the pilot, model risk reviewed the results and approved the wider rollout.',
  '试点结束后，模型风险团队审核了结果，再决定是否扩大。',
];

describe('compliance-afterthought and widened pilots', () => {
  it.each(flagged)('flags %s', (text) => {
    expect(findingsOf('compliance-afterthought', { company: 'wells-fargo', section: 'risk', text })).not.toEqual([]);
  });
  it.each(clean)('passes %s', (text) => {
    expect(findingsOf('compliance-afterthought', { company: 'wells-fargo', section: 'risk', text })).toEqual([]);
  });
});
