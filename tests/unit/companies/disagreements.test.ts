// Where the guides disagree, Dossier shows every reading with its guide and does not merge them:
// one test per disagreement, through the profile, the bands the checks use, the band chart, the
// seeded loop and the Sources view.
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { baseBands, bandsFor, totalCashBands } from '../../../src/core/companies/bandsFor';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { seedLoop } from '../../../src/core/companies/seed';
import { payLines, summariseSources } from '../../../src/core/companies/sourceSummary';
import type { CompanyProfile } from '../../../src/core/companies/types';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import type { CompanyView } from '../../../src/shared/api';
import { BandChart } from '../../../src/renderer/src/features/company/comp/BandChart';
import { chartBands } from '../../../src/renderer/src/features/company/comp/CompWorkbench';
import { SourcesView } from '../../../src/renderer/src/features/company/sources/SourcesView';
import { run } from '../rubric/ruleHarness';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const profile = (id: string): CompanyProfile => {
  const p = findProfile(appRoot, id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};
const wf = profile('wells-fargo');
const jpm = profile('jpmorgan');
const amex = profile('american-express');

/** Just enough of a company view for the pay tab's pure helpers and the Sources view. */
function viewOf(p: CompanyProfile | null, bandsOverride: CompanyView['company']['bandsOverride'] = null): CompanyView {
  return {
    company: { bandsOverride, profileId: p?.id ?? null },
    profile: p,
    bands: bandsFor(p, { bandsOverride }),
  } as unknown as CompanyView;
}

const readings = (p: CompanyProfile, id: string) => p.disagreements.find((d) => d.id === id)?.readings ?? [];

describe('Wells Fargo base band: wf-en $150k–$210k vs wf-zh $135k–$195k', () => {
  it('keeps both bands, each with its guide', () => {
    expect(readings(wf, 'wf-base').map((r) => [r.source, r.text])).toEqual([
      ['wf-en', 'Base $150k–$210k.'],
      ['wf-zh', 'Base $135k–$195k, in strict bands.'],
    ]);
    const b = bandsFor(wf, null);
    expect(baseBands(b, false).map((x) => [x.source, x.min, x.max])).toEqual([
      ['wf-en', 150000, 210000],
      ['wf-zh', 135000, 195000],
    ]);
    expect(b.baseIsRigid).toBe(true);
    expect(b.rigidSource).toBe('wf-zh');
  });

  it('draws both bands in the chart with their guide names, and your own band alone when you set one', () => {
    const bands = chartBands(viewOf(wf));
    expect(bands).toEqual([
      { min: 150000, max: 210000, name: 'Wells Fargo guide (English)' },
      { min: 135000, max: 195000, name: 'Wells Fargo guide (Chinese)' },
    ]);
    const html = renderToStaticMarkup(createElement(BandChart, { bands, ask: { min: 200000, max: 205000 } }));
    expect(html).toContain('Wells Fargo guide (English)');
    expect(html).toContain('Wells Fargo guide (Chinese)');
    expect(chartBands(viewOf(wf, { base: { min: 160000, max: 200000 }, bonusPercent: null, baseIsRigid: false }))).toEqual([
      { min: 160000, max: 200000, name: 'Your edits' },
    ]);
  });

  it('the check names the guide an ask between the two tops breaks', () => {
    const bands = companyBands(wf, null);
    const between = run({ text: 'I am looking for $200k–$205k base.', template: 'comp-memo', section: 'base', company: 'wells-fargo', bands });
    const f = between.findings.find((x) => x.rule === 'comp-band');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('Wells Fargo guide (Chinese)');
    expect(f?.message).not.toMatch(/wf-zh|wf-en/);
    const inside = run({ text: 'I am looking for $180k–$195k base.', template: 'comp-memo', section: 'base', company: 'wells-fargo', bands });
    expect(inside.findings.filter((x) => x.rule === 'comp-band' && x.severity === 'warning')).toEqual([]);
  });
});

describe('Wells Fargo vesting: wf-en four years with a 12-month cliff vs wf-zh a 3-year cliff or 4 years with a 1-year cliff', () => {
  it('keeps both schedules', () => {
    const en = wf.compensation.find((c) => c.source === 'wf-en')?.equity;
    const zh = wf.compensation.find((c) => c.source === 'wf-zh')?.equity;
    expect(en).toEqual({ kind: 'grant-dollars', value: { min: 10000, max: 25000 }, vestingYears: 4, cliffMonths: 12 });
    expect(zh).toEqual({
      kind: 'yearly-dollars',
      perYear: { min: 25000, max: 75000 },
      vesting: [
        { years: 3, cliffMonths: 36 },
        { years: 4, cliffMonths: 12 },
      ],
    });
    expect(readings(wf, 'wf-vesting').map((r) => r.source)).toEqual(['wf-en', 'wf-zh']);
  });
  it('shows both in words', () => {
    const lines = wf.compensation.flatMap(payLines);
    expect(lines).toContain('Stock grant $10k–$25k in total, vesting over 4 years after a 12-month cliff');
    expect(lines).toContain('Stock $25k–$75k a year, vesting all at once after 3 years, or over 4 years after a 1-year cliff');
  });
});

describe('JPMorgan pay: $150k–$210k as "total cash" and as "base"', () => {
  it('keeps both readings of the one guide', () => {
    expect(jpm.compensation.map((c) => [c.id, c.source, c.base, c.totalCash])).toEqual([
      ['jpmorgan-base', 'jpmorgan', { min: 150000, max: 210000 }, null],
      ['jpmorgan-total-cash', 'jpmorgan', null, { min: 150000, max: 210000 }],
    ]);
    expect(readings(jpm, 'jpmorgan-pay-reading').map((r) => r.text)).toEqual([
      expect.stringMatching(/total cash compensation of \$150k–\$210k/),
      expect.stringMatching(/base at \$150k–\$210k/),
    ]);
  });

  it('exposes the total-cash reading for a check of an ask stated as total cash, and the base reading for a base ask', () => {
    const b = bandsFor(jpm, null);
    expect(baseBands(b, false)).toEqual([{ min: 150000, max: 210000, source: 'jpmorgan', readingId: 'jpmorgan-base' }]);
    expect(totalCashBands(b, false)).toEqual([
      { min: 150000, max: 210000, source: 'jpmorgan', readingId: 'jpmorgan-total-cash' },
    ]);
    expect(b.alternatives[0]?.reading).toMatch(/total cash/);
    // Your own bands replace both readings.
    expect(totalCashBands(b, true)).toEqual([]);
    // The base reading is the one the comp-band rule gets for base asks.
    expect(companyBands(jpm, null)?.base).toEqual([{ min: 150000, max: 210000, source: 'jpmorgan' }]);
  });
});

describe('Amex leadership & culture: "shorter than" technical depth, yet 60 minutes', () => {
  it('keeps the round list’s 60 minutes and shows the contradiction in the round’s notes', () => {
    const rounds = amex.loops[0]!.rounds;
    expect(rounds.find((r) => r.id === 'technical-depth')?.minutes).toBe(60);
    expect(rounds.find((r) => r.id === 'leadership-culture')?.minutes).toBe(60);
    expect(readings(amex, 'amex-leadership-length').map((r) => r.text)).toEqual([
      expect.stringMatching(/60 minutes/),
      expect.stringMatching(/shorter than technical depth/),
    ]);
    const note = seedLoop(amex, 'America/New_York').loop.find((r) => r.id === 'leadership-culture')?.notes ?? '';
    expect(note).toMatch(/inconsistent.*60 minutes.*shorter than technical depth/);
  });
});

describe('the Sources view', () => {
  it('lists each guide with what Dossier took from it, borrowed facts, and every disagreement by name', () => {
    const s = summariseSources(wf);
    expect(s.guides.map((g) => g.name)).toEqual(['Wells Fargo guide (English)', 'Wells Fargo guide (Chinese)']);
    expect(s.guides.every((g) => g.factCount > 10)).toBe(true);
    const zh = s.guides[1]!;
    expect(zh.groups.map((g) => g.title)).toEqual(
      expect.arrayContaining(['Interview loop', 'Pay', 'Vocabulary', 'Lifecycle', 'Checklist']),
    );
    expect(s.borrowed.map((g) => g.name)).toEqual(['JPMorgan Chase guide']);
    expect(s.disagreements.map((d) => d.id)).toEqual(['wf-loop', 'wf-base', 'wf-bonus-equity', 'wf-vesting']);

    const html = renderToStaticMarkup(createElement(SourcesView, { view: viewOf(wf) }));
    expect(html).toContain('Where the guides disagree');
    expect(html).toContain('Wells Fargo guide (Chinese)</span> Base $135k–$195k');
    expect(html).not.toMatch(/\bwf-(en|zh)\b(?!-)|guide-[A-C]/);
    // A fact count matches what is listed.
    for (const g of s.guides) expect(g.factCount).toBe(g.groups.reduce((n, x) => n + x.lines.length, 0));
  });

  it('says both JPMorgan readings and the Amex contradiction by name', () => {
    const j = renderToStaticMarkup(createElement(SourcesView, { view: viewOf(jpm) }));
    expect(j).toContain('JPMorgan Chase guide</span> Opening summary: total cash compensation');
    const a = renderToStaticMarkup(createElement(SourcesView, { view: viewOf(amex) }));
    expect(a).toContain('American Express guide</span> Later: leadership and culture is shorter than technical depth.');
  });

  it('a custom company has no guide facts', () => {
    expect(renderToStaticMarkup(createElement(SourcesView, { view: viewOf(null) }))).toContain('not based on a company profile');
  });
});

describe('comp memo examples sit inside the bands they claim', () => {
  const memo = loadTemplatesFrom(appRoot, null).templates.find((t) => t.id === 'comp-memo')!;
  const strong = (id: string) => memo.sections.find((s) => s.id === id)?.guidance.strong ?? '';
  const en = wf.compensation.find((c) => c.source === 'wf-en')!;
  const zh = wf.compensation.find((c) => c.source === 'wf-zh')!;

  it('the base ask is inside both Wells Fargo bands it names', () => {
    expect(strong('base')).toContain('$180k–$195k');
    expect(strong('base')).toContain('$150k–$210k and $135k–$195k');
    for (const band of [en.base!, zh.base!]) {
      expect(180000).toBeGreaterThanOrEqual(band.min);
      expect(195000).toBeLessThanOrEqual(band.max);
    }
  });
  it('the anchor quotes the bands of the guides it names', () => {
    expect(strong('anchor')).toContain('$150k–$210k (Wells Fargo, JPMorgan Chase)');
    expect(en.base).toEqual({ min: 150000, max: 210000 });
    expect(jpm.compensation[0]?.base).toEqual({ min: 150000, max: 210000 });
    expect(strong('anchor')).toContain('$170k–$210k (American Express)');
    expect(amex.compensation[0]?.base).toEqual({ min: 170000, max: 210000 });
  });
  it('bonus, equity and relocation are the English guide’s', () => {
    expect(strong('bonus-equity')).toMatch(/15% bonus target.*\$20k–\$25k over four years/);
    expect(en.bonusTargetPercent).toBe(15);
    expect(en.equity).toMatchObject({ value: { min: 10000, max: 25000 }, vestingYears: 4 });
    expect(strong('sign-on')).toContain('relocation up to $10k');
    expect(en.relocationMax).toBe(10000);
    expect(memo.sections.find((s) => s.id === 'bonus-equity')?.guidance.sources).toEqual(['wf-en']);
  });
});
