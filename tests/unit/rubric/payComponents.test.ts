// Table tests for pay components other than base (issue 9, newcomer trial of 30 Nov 19:00): a
// bonus, equity, sign-on, relocation or stipend ask is judged against the range each guide
// publishes for it (wf-en, wf-zh, amex; figures in ../shared/sources): above every range an
// error, above one guide's range but inside another's a warning naming the guide it breaks,
// below every range a warning. comp-range suggests a range for the same component inside the
// published band. The pack fallbacks hold the same figures as the profiles.
import { describe, expect, it } from 'vitest';
import { companyBands, componentBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { askPeriod } from '../../../src/core/rubric/judgeComponentAsk';
import { appRoot, findingsOf } from './ruleHarness';
import type { Case } from './ruleHarness';

const bandsOf = (company: string) => companyBands(findProfile(appRoot, company), null);
/** Runs with the profile's bands, as the app and `dossier check` do. */
const check = (rule: string, text: string, company: string, section = 'bonus-equity', bands = true) => {
  const c: Case = { text, template: 'comp-memo', section, company, bands: bands ? bandsOf(company) : null };
  return findingsOf(rule, c).filter((f) => f.severity !== 'info');
};

describe('comp-band judges each pay component against its published range', () => {
  it.each([
    ['wells-fargo', 'I am asking for an RSU grant of $80k–$100k.', 'Wells Fargo guide (English)'],
    ['wells-fargo', '我希望股票每年8万到10万美元。', 'Wells Fargo guide (Chinese)'],
    ['wells-fargo', 'I am asking for $50k relocation for the move to Charlotte.', 'Wells Fargo guide (English)'],
    ['wells-fargo', 'I am asking for a 55%–60% target bonus.', 'Wells Fargo guide (Chinese)'],
    ['american-express', 'I am asking for a sign-on of $60k–$70k.', 'American Express guide'],
    ['american-express', '签约奖金希望在6万到7万美元之间。', 'American Express guide'],
    ['american-express', 'I am asking for a 20% bonus.', 'American Express guide'],
    ['american-express', 'I would like equity of 0.1% over four years.', 'American Express guide'],
    ['american-express', '我希望股权在0.09%到0.1%之间。', 'American Express guide'],
  ])('above every range is an error (%s: %s)', (company, text, guide) => {
    const f = check('comp-band', text, company);
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message).toContain(guide);
    expect(f[0]?.message).not.toMatch(/\b(?:wf-en|wf-zh|amex)\b/);
  });

  it.each([
    ['I am asking for a 20% target bonus.', 'Wells Fargo guide (English)', 'Wells Fargo guide (Chinese)'],
    ['我希望奖金在20%到25%之间。', 'Wells Fargo guide (English)', 'Wells Fargo guide (Chinese)'],
    ['I would like RSUs of $40k–$60k a year.', 'Wells Fargo guide (English)', 'Wells Fargo guide (Chinese)'],
  ])('between the Wells Fargo guides is a warning naming the guide it breaks: %s', (text, broken, other) => {
    const f = check('comp-band', text, 'wells-fargo');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toMatch(new RegExp(`above the range in the ${broken.replace(/[()]/g, '\\$&')}`));
    expect(f[0]?.message).toContain(other);
  });

  it.each([
    ['wells-fargo', 'I am asking for a 10% target bonus.', '12%'],
    ['american-express', 'I am asking for a sign-on of $10k–$15k.', '$25k'],
    ['american-express', '我希望奖金在5%到8%之间。', '10%'],
  ])('below every range is a warning with the floor (%s: %s)', (company, text, floor) => {
    const f = check('comp-band', text, company);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.suggestion).toContain(floor);
  });

  it.each([
    ['wells-fargo', 'I am asking for an RSU grant of $20k–$25k over four years.'],
    ['wells-fargo', 'A 15% bonus target and relocation of $8k–$10k.'],
    ['wells-fargo', 'I am asking for a 12%–15% bonus.'],
    ['wells-fargo', 'Because I would leave $60k of unvested stock behind, I am asking for a sign-on of $45k–$60k.'],
    ['wells-fargo', '考虑到我会放弃约6万美元未归属的股票，我希望签约奖金在4.5万到6万美元之间。'],
    ['american-express', 'I am asking for a 12%–15% bonus and equity of 0.05%–0.06%.'],
    ['american-express', 'A sign-on of $40k would offset the unvested equity I leave behind.'],
    ['american-express', '签约奖金希望在4万到5万美元之间。'],
    ['american-express', 'Discover pays a 20% bonus for this role; I am asking for 12%–15%.'],
    ['jpmorgan', 'I am asking for a 25% bonus and a $60k sign-on.'],
  ])('inside the range, a market figure, or nothing published: no flag (%s: %s)', (company, text) => {
    expect(check('comp-band', text, company)).toEqual([]);
  });

  it('the packs fall back on the same figures when no profile is read', () => {
    expect(check('comp-band', 'I am asking for an RSU grant of $80k–$100k.', 'wells-fargo', 'bonus-equity', false).map((f) => f.severity)).toEqual(['error']);
    expect(check('comp-band', 'I am asking for a sign-on of $60k–$70k.', 'american-express', 'sign-on', false).map((f) => f.severity)).toEqual(['error']);
    const packs = loadRulePacks(appRoot).rules;
    for (const company of ['wells-fargo', 'american-express']) {
      const rule = packs.find((r) => r.id === 'comp-band' && r.pack === company);
      const fallback = (rule?.params as { fallbackComponents?: unknown[] } | undefined)?.fallbackComponents ?? [];
      const key = (x: unknown) => JSON.stringify(x, Object.keys(x as object).sort());
      expect(fallback.map(key).sort()).toEqual(componentBands(findProfile(appRoot, company), null).map(key).sort());
    }
  });

  it.each([
    ['$30k a year in RSUs', 'year'],
    ['RSUs of $100k over four years', 'total'],
    ['股票每年5万美元', 'year'],
    ['an RSU grant of $80k', 'unstated'],
  ])('reads the period of %s as %s', (clause, period) => {
    expect(askPeriod(clause)).toBe(period);
  });
});

describe('comp-range suggests a range for the same component, inside the published band', () => {
  it.each([
    ['wells-fargo', 'sign-on', '我希望签约奖金5万美元。', /sign-on/, /bonus,|target bonus/],
    ['american-express', 'sign-on', 'I am asking for a $45k sign-on.', /\$40k–\$50k sign-on/, /target bonus/],
    ['wells-fargo', 'bonus-equity', 'I am asking for $20k in RSUs.', /\$20k–\$25k over 4 years/, /\$40k–\$60k/],
    ['wells-fargo', 'base', 'I am asking for $190k base.', /\$175k–\$195k base/, /\$200k/],
    ['wells-fargo', 'sign-on', 'I am asking for $8k relocation.', /\$5k–\$10k relocation/, /\$15k/],
    ['american-express', 'bonus-equity', 'I am asking for a $12k bonus.', /10%–15% target bonus/, /20%/],
  ])('%s %s: %s', (company, section, text, want, never) => {
    const f = check('comp-range', text, company, section);
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).toMatch(want);
    expect(f[0]?.suggestion).not.toMatch(never);
  });
});

describe('comp-band between the Wells Fargo base bands explains itself', () => {
  it.each(['I am asking for a base of $195k–$210k.', '我希望底薪在19.5万到21万美元之间。'])('%s', (text) => {
    const f = check('comp-band', text, 'wells-fargo', 'base');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toContain('fits the base band in the Wells Fargo guide (English) ($150k–$210k)');
    expect(f[0]?.message).toContain('above the one in the Wells Fargo guide (Chinese) ($135k–$195k)');
    expect(f[0]?.suggestion).toContain('at or below $195k');
  });
});
