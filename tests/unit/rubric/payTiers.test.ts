// Table tests: comp-range reads an ask written as alternatives per condition as a tiered ask, the
// way a range is read. "$330k, or $420k if the role is on the management track" names two tiers of
// one pay item (the Chinese Wells Fargo guide puts the management track's total 20–40 % above the
// individual contributors'), so it is not "one flat number"; comp-band already judges each option
// for its own condition ("15%, or 20% if senior"). A single figure, or two figures for different
// pay items (a base and a sign-on), is still flat.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';

const range = (section: string, text: string) => findingsOf('comp-range', { text, template: 'comp-memo', section, company: 'wells-fargo' });

describe('comp-range: tiers written as alternatives per condition', () => {
  it.each<[string, string]>([
    ['close', 'I am asking for a total of $330k, or $420k if management.'],
    ['close', 'I am asking for a total of $330k a year, or $420k on the management track.'],
    ['base', 'I am asking for $190k as an IC and $215k at the senior level.'],
    ['base', 'I am asking for $190k base, or $200k if the bonus target is lower.'],
    ['base', 'I am asking for $190k base or $195k.'],
    ['close', '我期望总包33万美元，管理岗的话42万美元。'],
    ['close', '我期望总包33万美元，如果是管理岗则为42万美元。'],
    ['base', '底薪我期望19万美元，走管理序列的话21万美元。'],
  ])('must not flag (%s): %s', (section, text) => {
    expect(range(section, text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['base', 'I am asking for $190k base.', '$190k'],
    ['base', 'I am asking for $190k base and a $30k sign-on.', '$190k'],
    ['base', 'I am asking for $190k base, and I earned $160k last year.', '$190k'],
    ['close', 'I am asking for a total of $330k if the role is senior.', '$330k'],
    ['base', '我期望底薪19万美元，签约奖金3万美元。', '19万美元'],
    ['close', '如果是管理岗，我期望总包42万美元。', '42万美元'],
  ])('must flag (%s): %s', (section, text, excerpt) => {
    const f = range(section, text);
    expect(f.map((x) => x.excerpt)).toEqual([excerpt]);
  });
});
