// Table tests for the pay rules read as claims (issue 9, newcomer trial of 30 Nov 19:00):
// comp-benchmark flags the writer's big-tech anchor, not a big-tech figure named only to be set
// aside (contrasted with the writer's own anchor, dismissed, or set aside in the next sentence);
// comp-band does not judge market context the writer says is not their ask, nor an outcome figure.
import { describe, expect, it } from 'vitest';
import { findingsOf } from './ruleHarness';

const benchmark = (text: string, company = 'wells-fargo') =>
  findingsOf('comp-benchmark', { text, template: 'comp-memo', section: 'anchor', company });
const band = (text: string, company: string, section = 'anchor') =>
  findingsOf('comp-band', { text, template: 'comp-memo', section, company }).filter((f) => f.severity !== 'info');

describe('comp-benchmark: the writer anchoring on big tech', () => {
  it.each([
    'Levels.fyi shows Meta pays $300k for this level, so my ask is $260k.',
    'Google pays about $330k at my level, but I think a bank should come close to that.',
    'Chase pays around $190k base, but I am anchoring on my Amazon offer of $280k.',
    'My ask is $260k base, in line with my Meta offer.',
    '虽然银行的薪资结构不同，但我希望整体待遇能向Meta看齐。',
    '参考我在谷歌的薪资包，我希望总包不低于35万美元。',
  ])('flags %s', (text) => {
    expect(benchmark(text)).toHaveLength(1);
  });

  it.each([
    'Levels.fyi shows Meta pays $300k for this level, but I am anchoring on Chase and Citi: $195k–$210k base.',
    "Blind puts Google's number near $320k, however my reference point is what Citi pays.",
    'While Meta and Amazon pay more for this title, I benchmark against Capital One and Discover.',
    'My standing offer from Microsoft is not a useful comparison for a bank role.',
    'I am not comparing this with Google or Meta packages.',
    '虽然Levels.fyi上谷歌同级别接近30万美元，但我对标的是大通和花旗。',
    '亚马逊和微软的薪资包与银行岗位不具可比性，我参考的是第一资本。',
  ])('does not flag %s', (text) => {
    expect(benchmark(text)).toEqual([]);
  });

  it('a sentence setting the figure aside clears the one before it', () => {
    const sections = { anchor: 'A former colleague at Apple earns about $300k here. I set that aside: my anchor is what large banks pay.' };
    expect(findingsOf('comp-benchmark', { text: '', sections, template: 'comp-memo', company: 'jpmorgan' })).toEqual([]);
    const kept = { anchor: 'A former colleague at Apple earns about $300k here. I would like you to match it.' };
    expect(findingsOf('comp-benchmark', { text: '', sections: kept, template: 'comp-memo', company: 'jpmorgan' })).toHaveLength(1);
  });

  it('raises one finding per sentence, and never calls a pay site a package', () => {
    const f = benchmark('Levels.fyi says Meta and Google pay $300k here, so I am asking for $250k–$260k.');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('Levels.fyi');
    expect(f[0]?.message).not.toMatch(/package/);
  });
});

describe('comp-band: market context and outcomes are not asks', () => {
  it.each([
    ['jpmorgan', 'Comparable roles at Citi list base salaries of $230k–$250k; I use them as context, not as my ask.'],
    ['american-express', 'Discover advertises base salaries of $225k–$240k for a similar role.'],
    ['jpmorgan', '花旗同类岗位挂出的base是23万到24.5万美元，仅供参考，不是我的要求。'],
    ['american-express', 'Given the $5M+ impact above, I would ask for a base of $200k–$210k.'],
    ['american-express', '基于过去600万美元的收益，我希望base在19万到20.5万美元之间。'],
  ])('does not flag (%s) %s', (company, text) => {
    expect(band(text, company)).toEqual([]);
  });
  it.each([
    ['jpmorgan', 'I am asking for $230k–$245k base, which is what Citi lists for the role.'],
    ['jpmorgan', '我希望base在23万到24.5万美元之间，和花旗挂出的水平一致。'],
    ['american-express', 'With $5M of impact behind me, I am asking for a base of $230k–$240k.'],
  ])('still flags the ask (%s) %s', (company, text) => {
    expect(band(text, company, 'base')).toHaveLength(1);
  });
});
