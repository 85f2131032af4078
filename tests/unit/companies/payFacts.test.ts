// Every pay figure the profiles ship, checked against the guide that states it (the guides are in
// ../shared/sources, read for this test on 30 Nov 2026; figures quoted in our own words). One test
// per fact, each with the guide's label; users see guide names, never these codes.
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../../src/core/companies/bandsFor';
import { BandsEditor } from '../../../src/renderer/src/features/company/comp/BandsEditor';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { payLines, summariseSources } from '../../../src/core/companies/sourceSummary';
import type { CompanyProfile } from '../../../src/core/companies/types';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const profile = (id: string): CompanyProfile => {
  const p = findProfile(appRoot, id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};
const variant = (id: string, source: string) => {
  const v = profile(id).compensation.find((c) => c.source === source);
  if (!v) throw new Error(`no ${source} pay in ${id}`);
  return v;
};

describe('Wells Fargo guide (English), wf-en', () => {
  const en = variant('wells-fargo', 'wf-en');
  it('base $150k–$210k (entry to senior), not called rigid', () => {
    expect(en.base).toEqual({ min: 150_000, max: 210_000 });
    expect(en.baseIsRigid).toBe(false);
  });
  it('bonus 12–18 % with a 15 % target, no senior figure', () => {
    expect(en.bonusPercent).toEqual({ min: 12, max: 18 });
    expect(en.bonusTargetPercent).toBe(15);
    expect(en.bonusSeniorPercent).toBeNull();
  });
  it('an RSU grant of $10k–$25k over four years with a 12-month cliff', () => {
    expect(en.equity).toEqual({ kind: 'grant-dollars', value: { min: 10_000, max: 25_000 }, vestingYears: 4, cliffMonths: 12 });
  });
  it('relocation up to $10k; no sign-on, stipend or total figure', () => {
    expect(en.relocationMax).toBe(10_000);
    expect([en.signOn, en.stipendPerYear, en.total, en.totalCash]).toEqual([null, null, null, null]);
  });
  it('equity toward the top needs proof of more than $5M of model-driven revenue', () => {
    expect(en.notes.join(' ')).toMatch(/\$5M/);
  });
});

describe('Wells Fargo guide (Chinese), wf-zh', () => {
  const zh = variant('wells-fargo', 'wf-zh');
  it('base $135k–$195k in strict bands', () => {
    expect(zh.base).toEqual({ min: 135_000, max: 195_000 });
    expect(zh.baseIsRigid).toBe(true);
  });
  it('bonus 15–35 %, senior roles 50 % or more, formula-based', () => {
    expect(zh.bonusPercent).toEqual({ min: 15, max: 35 });
    expect(zh.bonusSeniorPercent).toBe(50);
    expect(zh.bonusTargetPercent).toBeNull();
    expect(zh.bonusNote).toMatch(/formula/);
  });
  it('RSUs $25k–$75k a year: a 3-year cliff, or 4 years with a 1-year cliff', () => {
    expect(zh.equity).toEqual({ kind: 'yearly-dollars', perYear: { min: 25_000, max: 75_000 }, vesting: [{ years: 3, cliffMonths: 36 }, { years: 4, cliffMonths: 12 }] });
  });
  it('total $190k–$340k for individual contributors, the management track 20–40 % higher', () => {
    expect(zh.total).toEqual({ min: 190_000, max: 340_000 });
    expect(zh.totalManagementUpliftPercent).toEqual({ min: 20, max: 40 });
  });
  it('SF/NY premium, negotiable sign-on, and no relocation or sign-on figure', () => {
    expect(zh.notes.join(' ')).toMatch(/San Francisco and New York/);
    expect(zh.relocationMax).toBeNull();
    expect(zh.signOn).toBeNull();
    expect(profile('wells-fargo').negotiation.filter((n) => n.source === 'wf-zh').map((n) => n.text).join(' ')).toMatch(/sign-on.*unvested/);
  });
});

describe('JPMorgan Chase guide, jpmorgan', () => {
  it('$150k–$210k read as base and as total cash; no bonus percent; equity uncommon', () => {
    const [base, cash] = profile('jpmorgan').compensation;
    expect([base?.base, base?.totalCash, cash?.base, cash?.totalCash]).toEqual([{ min: 150_000, max: 210_000 }, null, null, { min: 150_000, max: 210_000 }]);
    for (const v of [base, cash]) {
      expect(v?.bonusPercent).toBeNull();
      expect(v?.equity?.kind).toBe('uncommon');
      expect(v?.total).toBeNull();
    }
  });
});

describe('American Express guide, amex', () => {
  const amex = variant('american-express', 'amex');
  it('base $170k–$210k', () => expect(amex.base).toEqual({ min: 170_000, max: 210_000 }));
  it('cash bonus 10–15 % of base', () => expect(amex.bonusPercent).toEqual({ min: 10, max: 15 }));
  it('equity 0.04–0.07 % over four years', () => expect(amex.equity).toEqual({ kind: 'percent', percent: { min: 0.04, max: 0.07 }, vestingYears: 4 }));
  it('sign-on $25k–$50k tied to prior pay', () => expect(amex.signOn).toEqual({ min: 25_000, max: 50_000 }));
  it('a $5k yearly development stipend', () => expect(amex.stipendPerYear).toBe(5_000));
  it('no total, no relocation figure', () => expect([amex.total, amex.relocationMax]).toEqual([null, null]));
});

describe('Fintech guide, fintech', () => {
  it('publishes no pay figures', () => {
    const f = variant('fintech', 'fintech');
    expect([f.base, f.bonusPercent, f.equity, f.signOn, f.total, f.totalCash]).toEqual([null, null, null, null, null, null]);
    expect(companyBands(profile('fintech'), null)).toBeNull();
  });
});

describe('the figures reach the checks and the Sources view by guide name', () => {
  it('only the Chinese Wells Fargo guide gives a yearly total to check against', () => {
    expect(companyBands(profile('wells-fargo'), null)?.total).toEqual([{ min: 190_000, max: 340_000, source: 'wf-zh', managementUplift: { min: 20, max: 40 } }]);
    for (const id of ['jpmorgan', 'american-express']) expect(companyBands(profile(id), null)?.total).toEqual([]);
  });
  it('the bonus bands carry the English target and the Chinese senior figure', () => {
    const bonus = (companyBands(profile('wells-fargo'), null)?.components ?? []).filter((b) => b.component === 'bonus');
    expect(bonus.map((b) => [b.source, b.min, b.max, b.target, b.seniorReach])).toEqual([
      ['wf-en', 12, 18, 15, undefined],
      ['wf-zh', 15, 35, undefined, 50],
    ]);
  });
  it('the Wells Fargo pack falls back on the same total as the profile', () => {
    const rule = loadRulePacks(appRoot).rules.find((r) => r.id === 'comp-band' && r.pack === 'wells-fargo');
    expect((rule?.params as { fallbackTotal?: unknown }).fallbackTotal).toEqual(companyBands(profile('wells-fargo'), null)?.total);
  });
  it('the pay lines say the senior bonus and the management total', () => {
    const lines = profile('wells-fargo').compensation.flatMap(payLines);
    expect(lines).toContain('Bonus 15–35 %, 50 % or more for senior roles');
    expect(lines).toContain('Bonus 12–18 % (target 15 %)');
    expect(lines).toContain('Total $190k–$340k for individual contributors (the management track 20–40 % higher)');
    const zh = summariseSources(profile('wells-fargo')).guides.find((g) => g.name === 'Wells Fargo guide (Chinese)');
    expect(zh?.groups.find((g) => g.title === 'Pay')?.lines.join(' ')).toMatch(/50 % or more for senior roles/);
  });
  it('the pay tab’s band editor shows the Chinese guide’s senior bonus and its total beside its base, by guide name', () => {
    const html = renderToStaticMarkup(
      createElement(BandsEditor, { bands: bandsFor(profile('wells-fargo'), null), hasOverride: false, isCustom: false, onSave: () => undefined }),
    );
    expect(html).toContain('Wells Fargo guide (Chinese)');
    expect(html).toContain('bonus 15–35 % (50 % or more for senior roles)');
    expect(html).toContain('total $190,000–$340,000 a year for individual contributors (management track 20–40 % higher)');
    expect(html).not.toMatch(/\bwf-(?:en|zh)\b/);
  });
});
