// Issue #9's concrete examples as regression tests: the strong JPMorgan brief gets no error, the
// Wells Fargo memo's $250k–$265k base is flagged, the pay tab, the memo and the dashboard agree on
// the same ask, and each failure kind the issue names (pay components, numbers that are not
// impact, context, paraphrase, sections that count) stays fixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import type { CoreContext } from '../../../src/core/context';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import { checkCompensation } from '../../../src/core/companies/checkCompensation';
import { buildDashboard } from '../../../src/core/companies/buildDashboard';
import { newDocumentFromTemplate } from '../../../src/core/workspace/newDocumentFromTemplate';
import type { CompPackage } from '../../../src/core/workspace/schemas';
import { appRoot, findingsOf, run } from './ruleHarness';

const WF_MEMO = 'I am asking for a base of $250,000 to $265,000, with a 15% target bonus and a $40,000 sign-on.';

describe('the strong JPMorgan impact brief', () => {
  const sections = {
    problem: 'Card-not-present fraud cost the consumer card book $6.2M a year, and the rules engine caught only 58% of it.',
    decisions: 'I chose to score every authorisation in real time and to keep large purchases in a human review queue, trading 1 point of recall for no added checkout delay.',
    outcome: 'Fraud losses fell from $6.2M to $4.4M a year against a 5% holdout that stayed flat, with false declines unchanged at 0.4%.',
    risk: 'Model risk validated the model under SR 11-7 before launch, a fair-lending review of the declines found no disparate impact, and drift is monitored weekly with an alert at a PSI of 0.2.',
    ice: 'Impact: $1.8M a year. Complexity: real-time scoring at 20k TPS under 50 ms. Execution risk: Legal sign-off on decline notices, booked for Q2.',
  };
  it('raises no error and no warning', () => {
    const r = run({ text: '', template: 'impact-brief', company: 'jpmorgan', sections });
    expect(r.findings.filter((f) => f.severity !== 'info' && !f.silenced)).toEqual([]);
    expect(r.score).toBe(100);
  });
});

describe('pay: each component judged on its own', () => {
  const memo = (text: string, company = 'wells-fargo', section = 'close') => findingsOf('comp-band', { text, template: 'comp-memo', section, company });
  it('flags the Wells Fargo memo base of $250,000 to $265,000, naming both bands', () => {
    const f = memo(WF_MEMO);
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.excerpt).toBe('$250,000 to $265,000');
    expect(f[0]?.message).toContain('$150k–$210k');
    expect(f[0]?.message).toContain('$135k–$195k');
  });
  it('checks the base in "a base of $240k, a 20% bonus and a $50k sign-on" against the base band, each other component against its own', () => {
    const f = memo('I am proposing a base of $240k, a 20% bonus and a $50k sign-on.');
    // The base breaks both base bands; the 20% bonus breaks wf-en's 12–18% (inside wf-zh's
    // 15–35%); Wells Fargo publishes no sign-on range, so the $50k is not judged.
    expect(f.map((x) => [x.excerpt, x.severity])).toEqual([['$240k', 'error'], ['20%', 'warning']]);
  });
  it('does not take a total for a base', () => {
    expect(memo('I am targeting total compensation of $230k–$260k, with base at $180k–$190k.', 'jpmorgan')).toEqual([]);
  });
  it('reads a count of disputes as a count, not dollars', () => {
    expect(memo('My team handles 250k disputes a year, and my base ask is $190k–$200k.', 'jpmorgan')).toEqual([]);
  });
  it('reads 24万到25万美元 as $240k–$250k', () => {
    const f = memo('我希望base在24万到25万美元之间。');
    expect(f.map((x) => x.excerpt)).toEqual(['24万到25万美元']);
    expect(f[0]?.message).toContain('$240k–$250k');
  });
  it('warns about an ask below the band, like one above it', () => {
    const f = memo('I am asking for $140k–$150k base.', 'american-express', 'base');
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toMatch(/below/);
  });
  it('warns when an ask sits between the two Wells Fargo tops, naming the guide whose band it breaks', () => {
    const f = memo('I am asking for $200k–$205k base.', 'wells-fargo', 'base');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toMatch(/Wells Fargo guide \(Chinese\)/);
    expect(f[0]?.message).toContain('$135k–$195k');
  });
});

describe('numbers that are not impact', () => {
  it.each([
    'I delivered the new model with a 10-person team.',
    'We improved the classifier by labelling 2 million transcripts.',
    'This improved the platform in 2023.',
    'Moving to v3.2 improved the pipeline.',
  ])('do not clear quantified-impact: %s', (text) => {
    expect(findingsOf('quantified-impact', { text, section: 'problem', company: 'jpmorgan' }).length).toBeGreaterThan(0);
  });
  it.each(['Rebuilt the model in XGBoost 1.7 with 340 engineered features.', 'Fine-tuned a 7-billion-parameter model on 2 million transcripts.'])(
    'do not clear tool-without-outcome: %s',
    (text) => {
      expect(findingsOf('tool-without-outcome', { text, section: 'decisions', company: 'jpmorgan' }).length).toBeGreaterThan(0);
    },
  );
});

describe('context: negation, quotation, contrast and timing', () => {
  it('a negative finding is not an outcome claim missing a number', () => {
    expect(findingsOf('quantified-impact', { text: 'Fair-lending review confirmed no adverse impact.', section: 'outcome', company: 'jpmorgan' })).toEqual([]);
  });
  it('quoting "move fast and break things" to reject it is not move-fast', () => {
    expect(findingsOf('move-fast', { text: 'We retired the “move fast and break things” habit I brought from a startup.', section: 'decisions' })).toEqual([]);
    expect(findingsOf('move-fast', { text: 'I like to move fast and break things.', section: 'decisions' }).length).toBe(1);
  });
  it("someone else's view is not the writer's stance", () => {
    const text = 'Colleagues call it red tape; I see it as the design brief.';
    expect(findingsOf('regulatory-stance', { text, template: 'ethics-pitch', section: 'two-minute' })).toEqual([]);
  });
  it('monitoring agreed before launch is not compliance-afterthought', () => {
    const text = 'Model risk agreed the monitoring plan before launch; after launch they review drift monthly.';
    expect(findingsOf('compliance-afterthought', { text, section: 'risk' })).toEqual([]);
  });
});

describe('paraphrase', () => {
  it.each([
    ['move-fast', 'We decided to ship the credit model and iterate weekly.'],
    ['move-fast', 'The model was pushed to production as soon as the AUC cleared 0.85.'],
    ['compliance-afterthought', 'We rolled it back, and only then looped in model risk.'],
    ['regulatory-stance', 'On regulation, I simply do whatever they tell me.'],
    ['regulatory-stance', '监管太保守了，拖累了AI创新。'],
  ])('%s catches "%s"', (rule, text) => {
    expect(findingsOf(rule, { text, template: 'impact-brief', section: 'decisions' }).length).toBeGreaterThan(0);
  });
});

describe('sections count', () => {
  const story = {
    role: 'I was the product owner of the credit-line model and the call to pause was mine.',
    concern: 'Three weeks before launch our fairness dashboard had a 9-point approval gap for applicants over 62.',
    stakeholders: 'I took it to model risk for an independent read and to fair-lending counsel for the ECOA exposure.',
    'trade-off': 'Pausing would cost about $1.2M of first-year revenue; launching risked a fair-lending finding.',
    decision: 'I recommended a six-week pause to drop the age-correlated feature, and the sponsor agreed.',
    communication: 'I briefed the SVP with a one-page memo at the weekly risk review.',
    outcome: 'We relaunched six weeks later with the gap under 1 point, and it is monitored monthly.',
  };
  it('a discovery stated in its own section is not reported missing', () => {
    expect(findingsOf('kill-story-elements', { text: '', template: 'kill-story', sections: story })).toEqual([]);
  });
  it('a baseline stated in Problem counts for a figure in the ICE view', () => {
    const sections = { problem: 'Fraud losses had reached $4.1M a year.', ice: 'Impact: fraud losses cut by $1.2M a year.' };
    expect(findingsOf('baseline', { text: '', template: 'impact-brief', sections })).toEqual([]);
    expect(findingsOf('baseline', { text: '', template: 'impact-brief', sections: { ice: sections.ice } }).length).toBe(1);
  });
});

describe('the pay tab, the memo and the dashboard agree on one ask', () => {
  const open: CoreContext[] = [];
  afterEach(() => {
    for (const ctx of open.splice(0)) ctx.store.close();
  });

  it('flags the same Wells Fargo ask in all three', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-issue9-'));
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
    open.push(ctx);
    const wf = ctx.store.createCompany('Wells Fargo', 'wells-fargo');
    const ask: CompPackage = {
      label: 'Ask',
      base: { min: 250_000, max: 265_000 },
      bonusPercent: { min: 15, max: 15 },
      bonusDeferredPercent: 0,
      equity: null,
      signOn: 40_000,
      relocation: 0,
      stipendPerYear: 0,
    };
    const tab = checkCompensation(ctx, { company: wf.slug, ask, benchmarks: [] }).filter((f) => f.rule === 'comp-band');
    const doc = newDocumentFromTemplate(ctx, wf.slug, 'comp-memo', { sections: { close: WF_MEMO } });
    const memo = checkDocument(ctx, { company: wf.slug, templateId: 'comp-memo', sections: doc.sections, silencedRules: [] });
    const memoBand = memo.findings.filter((f) => f.rule === 'comp-band');
    expect(tab).toHaveLength(1);
    expect(memoBand).toHaveLength(1);
    // One computation: the same verdict and the same message about the bands.
    expect(memoBand[0]?.severity).toBe(tab[0]?.severity);
    expect(memoBand[0]?.message.replace(/\$250,000 to \$265,000|\$250k–\$265k/, 'ASK')).toBe(tab[0]?.message.replace(/\$250k–\$265k/, 'ASK'));
    const dash = buildDashboard(ctx).companies.find((c) => c.slug === wf.slug);
    const row = dash?.documents.find((d) => d.id === doc.id);
    expect(row?.score).toBe(memo.score);
    expect(memo.score).toBeLessThan(100);
  });
});
