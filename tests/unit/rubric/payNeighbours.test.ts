// Table tests for pay readings next to the session's main fixes:
// - base and bonus named as one sum ("base plus bonus of $230k", 底薪加奖金一共25万美元) is total
//   cash, not a $230k bonus: judged against a total-cash reading where a guide gives one (the
//   JPMorgan guide's $150k–$210k), and no bonus error; a base figure followed by "plus bonus of
//   $30k" keeps the $30k as the bonus;
// - English "in options" / "option grant" is an equity ask, as 期权 already was (American Express
//   guide: equity 0.04 %–0.07 %), while "three options" is not pay.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/rubric/claims/analyzeClaim';
import { compBandFindings, findingsOf } from './ruleHarness';

describe('claims: base and bonus as one sum', () => {
  it.each<[string, (string | null)[]]>([
    ['I am asking for base plus bonus of $230k.', ['total']],
    ['I am asking for salary and bonus combined of $230k.', ['total']],
    ['我期望底薪加奖金一共25万美元。', ['total']],
    ['我期望底薪和奖金合计23万美元。', ['total']],
    ['I am asking for $190k base plus bonus of $30k.', ['base', 'bonus']],
    ['I am asking for a bonus of $30k.', ['bonus']],
  ])('%s', (text, pay) => {
    expect(analyzeText(text).quantities.filter((q) => q.kind === 'money').map((q) => q.pay)).toEqual(pay);
  });
});

it('a bonus percent of its own after the figure: not a sum', () => {
  expect(analyzeText('My base and bonus ask is $190k and 15%.').quantities.map((q) => q.pay)).not.toContain('total');
});

describe('comp-band: a base-plus-bonus sum is total cash', () => {
  it.each<[string, Record<string, string>, string]>([
    ['jpmorgan', { close: 'I am asking for base plus bonus of $230k.' }, 'total-cash reading'],
    ['jpmorgan', { close: '我期望底薪加奖金一共25万美元。' }, 'total-cash reading'],
  ])('must flag as total cash (%s: %j)', (company, sections, says) => {
    const f = compBandFindings(company, sections);
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message).toContain(says);
  });

  it.each<[string, Record<string, string>]>([
    // Wells Fargo publishes no total-cash figure: the sum is not a $230k bonus.
    ['wells-fargo', { close: 'I am asking for base plus bonus of $230k.' }],
    ['wells-fargo', { close: '我期望底薪加奖金一共25万美元。' }],
    ['jpmorgan', { close: 'I am asking for base plus bonus of $200k.' }],
    ['wells-fargo', { close: 'I am asking for $190k base plus bonus of $30k.' }],
  ])('must not flag (%s: %j)', (company, sections) => {
    expect(compBandFindings(company, sections)).toEqual([]);
  });

  it('comp-range does not fit a cash sum inside a total that includes stock', () => {
    const f = findingsOf('comp-range', { text: 'I am asking for base plus bonus of $230k.', template: 'comp-memo', section: 'close', company: 'wells-fargo' });
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).not.toContain('stock mix');
  });
});

describe('comp-band: English options are an equity ask', () => {
  it.each<[string, string]>([
    ['american-express', 'I am asking for 0.1% in options.'],
    ['american-express', 'I am asking for an option grant of 0.1%.'],
    ['american-express', '我希望期权为0.1%。'],
  ])('must flag (%s): %s', (company, text) => {
    const f = compBandFindings(company, { 'bonus-equity': text });
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message).toContain('equity');
  });

  it.each<[string, string]>([
    ['american-express', 'I weighed three options and cut losses 12%.'],
    ['american-express', 'I am asking for 0.05% in options.'],
  ])('must not flag (%s): %s', (company, text) => {
    expect(compBandFindings(company, { 'bonus-equity': text })).toEqual([]);
  });
});
