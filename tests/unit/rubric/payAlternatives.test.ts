// Table tests: every figure in a list of alternatives is judged, against the band for its own
// condition. "A bonus of 15%, or 20% if senior" used to leave the 20% unjudged (it named no pay
// item of its own). Now a figure joined to the one before it by "or", "otherwise", "if" or a
// Chinese condition (或, 否则, 如果, 的话, 则) is another option for the same item, and a condition in
// its own alternative ("if senior", "on the management track", 如果是高级职位) sets the level it is
// judged at. Figures from the profiles (../shared/sources): Wells Fargo bonus 12–18 % (English
// guide) and 15–35 %, senior 50 %+ (Chinese guide); total $190k–$340k for individual
// contributors, management track 20–40 % higher (Chinese guide); American Express bonus 10–15 %.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/rubric/claims/analyzeClaim';
import { compBandFindings } from './ruleHarness';

const compBand = (company: string, sections: Record<string, string>) => compBandFindings(company, sections);
const CODES = /\b(?:wf-en|wf-zh|amex|jpmorgan|fintech)\b/;

describe('claims: a figure that is another option for the same pay item', () => {
  it.each<[string, (string | null)[]]>([
    ['A bonus of 15%, or 20% if senior.', ['bonus', 'bonus']],
    ['I am asking for a total of $330k a year, or $420k otherwise.', ['total', 'total']],
    ['我希望奖金为15%，如果是高级职位则为20%。', ['bonus', 'bonus']],
    ['我希望奖金为15%，资深岗的话20%。', ['bonus', 'bonus']],
    // Joined by "and", a second figure with no pay word is not an option for the first.
    ['A bonus of 12% and a 20% improvement in approval rates.', ['bonus', null]],
  ])('%s', (text, pay) => {
    expect(analyzeText(text).quantities.map((q) => q.pay)).toEqual(pay);
  });
});

describe('comp-band: each alternative is judged for its own condition', () => {
  it.each<[string, string, Record<string, string>, 'error' | 'warning', string]>([
    // 20% is inside the Chinese guide's 15–35% but above the English guide's 18%.
    ['wells-fargo', 'en, 20% if senior', { 'bonus-equity': 'A bonus of 15%, or 20% if senior.' }, 'warning', 'Wells Fargo guide (English)'],
    ['wells-fargo', 'zh, 20% for 资深', { 'bonus-equity': '我希望奖金为15%，资深岗的话20%。' }, 'warning', 'Wells Fargo guide (English)'],
    // Senior by its own condition: between 35% and the senior 50%, a split naming the English guide, not "nothing says senior".
    ['wells-fargo', 'en, 45% if senior', { 'bonus-equity': 'A bonus of 15%, or 45% if senior.' }, 'warning', 'may push back'],
    ['wells-fargo', 'en, 45% for a senior role', { 'bonus-equity': 'I am asking for a bonus of 15%, or 45% for a senior role.' }, 'warning', 'may push back'],
    ['wells-fargo', 'zh, 45% 如果是高级职位', { 'bonus-equity': '我希望奖金为15%，如果是高级职位则为45%。' }, 'warning', 'may push back'],
    // Above the senior 50%, with the condition stated: a warning to justify it, not an error.
    ['wells-fargo', 'en, 60% if senior', { 'bonus-equity': 'A bonus of 15%, or 60% if senior.' }, 'warning', 'names nothing higher'],
    // No condition on the second option: it is judged at the document's level (not senior).
    ['wells-fargo', 'en, 45% with no condition', { 'bonus-equity': 'I am asking for a bonus of 15%, or 45%.' }, 'warning', 'Nothing here says the role is senior'],
    ['wells-fargo', 'en, 60% with no condition', { 'bonus-equity': 'I am asking for a bonus of 15%, or 60%.' }, 'error', 'even the 50%'],
    // American Express publishes no senior figure: 20% is above its 10–15% whatever the condition.
    ['american-express', 'en, 20% if senior', { 'bonus-equity': 'A bonus of 12%, or 20% if senior.' }, 'error', 'American Express guide'],
    ['american-express', 'zh, 20% 高级职位', { 'bonus-equity': '奖金希望是12%，高级职位则为20%。' }, 'error', 'American Express guide'],
    // A total above the IC range, with no management condition on it.
    ['wells-fargo', 'en, total otherwise', { close: 'I am asking for a total of $330k a year, or $420k otherwise.' }, 'warning', 'nothing here says the role is one'],
    ['wells-fargo', 'zh, total no condition', { close: '总包期望33万美元，或者42万美元。' }, 'warning', 'nothing here says the role is one'],
  ])('must flag (%s, %s)', (company, _label, sections, severity, says) => {
    const f = compBand(company, sections);
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.message).toContain(says);
    expect(f[0]?.message).not.toMatch(CODES);
  });

  it.each<[string, string, Record<string, string>]>([
    ['american-express', 'en, both inside', { 'bonus-equity': 'A bonus of 12%, or 14% if senior.' }],
    ['wells-fargo', 'en, both inside both guides', { 'bonus-equity': 'A bonus of 15%, or 18% if senior.' }],
    ['american-express', 'zh, both inside', { 'bonus-equity': '奖金希望是12%，如果是高级职位则为15%。' }],
    // Inside the management track's range (20–40% above $190k–$340k) because its own condition says management.
    ['wells-fargo', 'en, total on the management track', { close: 'I am asking for a total of $330k a year, or $420k if the role is on the management track.' }],
    ['wells-fargo', 'zh, total 如果是管理岗', { close: '总包期望33万美元，如果是管理岗则为42万美元。' }],
    // A second figure that is not pay.
    ['american-express', 'en, an improvement after "and"', { 'bonus-equity': 'A bonus of 12% and a 20% improvement in approval rates.' }],
  ])('must not flag (%s, %s)', (company, _label, sections) => {
    expect(compBand(company, sections)).toEqual([]);
  });
});
