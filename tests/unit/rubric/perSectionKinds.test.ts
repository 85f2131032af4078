// Per-section findings kept with the prepared section (ruleKind.ts, `perSection`): a check whose
// sections may be reused (the editor's checker, sectionMemo.ts) runs the per-section kinds one
// section at a time and keeps each section's findings by the section object. Three things must
// hold: section by section gives what one run over the document gives (every gold case); a kept
// result is never stale when something it depends on changes while the sections stay the same
// objects (the text of a section, the company, the findings language, the private list); and the
// stale-check below does catch a kind that declares too little.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkText } from '../../../src/core/rubric/checkText';
import type { CheckTextInput } from '../../../src/core/rubric/checkText';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import type { CompiledRule } from '../../../src/core/rubric/loadRulePacks';
import { createSectionMemo } from '../../../src/core/rubric/sectionMemo';
import { prepareSection } from '../../../src/core/rubric/prepareSection';
import { defineKind } from '../../../src/core/rubric/ruleKind';
import type { KindContext } from '../../../src/core/rubric/ruleKind';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { loadCorpus } from '../../../scripts/eval/loadCorpus';
import { caseSections } from '../../../scripts/eval/corpusSchema';
import { appRoot } from './ruleHarness';

const templates = loadTemplatesFrom(appRoot, null);
const packs = loadRulePacks(appRoot).rules;

function inputFor(templateId: string, company: string | null, sections: Record<string, string>, privateTerms: string[] = []): CheckTextInput {
  const template = findTemplate(templates, templateId);
  return {
    template,
    sections,
    rules: selectRules(packs, template, company),
    bands: companyBands(findProfile(appRoot, company), null),
    privateTerms,
    disabled: [],
    silenced: [],
    company,
  };
}

describe('per-section kinds, section by section', () => {
  it('give every gold case the findings one run over the document gives', () => {
    const { cases } = loadCorpus(path.join(appRoot, 'tests', 'gold', 'cases'));
    expect(cases.length).toBeGreaterThan(1000);
    let withFindings = 0;
    for (const c of cases) {
      const input = inputFor(c.template, c.company === 'none' ? null : c.company, caseSections(c), c.privateTerms ?? []);
      const whole = checkText(input);
      // A new memo: every section is prepared afresh, and the per-section kinds run section by section.
      const bySection = checkText({ ...input, memo: createSectionMemo() });
      expect(bySection, c.id).toEqual(whole);
      if (whole.findings.length > 0) withFindings++;
    }
    expect(withFindings).toBeGreaterThan(500);
    // Two checks of each of the 1,200+ cases: a few seconds on a quiet machine, longer on a busy one.
  }, 120_000);
});

/** A brief whose per-section findings change with each of the steps below. */
const BRIEF = {
  problem: 'Card fraud cost $48M a year. Reviews took various teams two days.',
  decisions: 'I chose real-time scoring over a batch model because losses landed before review.',
  outcome: 'Our unreleased Q3 numbers show losses fell 30%. We rolled back the model, then told model risk.',
  risk: 'Model risk validated the model before launch. Project Falcon stayed in the sandbox.',
};

describe('kept per-section findings are never stale', () => {
  it('equal a fresh check after each change of text, company, language and private list, with the sections kept', () => {
    const memo = createSectionMemo();
    const steps: { name: string; input: CheckTextInput }[] = [
      { name: 'first check', input: inputFor('impact-brief', 'wells-fargo', { ...BRIEF }, ['Project Falcon']) },
      { name: 'a section edited', input: inputFor('impact-brief', 'wells-fargo', { ...BRIEF, outcome: `${BRIEF.outcome} It helped a lot.` }, ['Project Falcon']) },
      { name: 'another company', input: inputFor('impact-brief', null, { ...BRIEF, outcome: `${BRIEF.outcome} It helped a lot.` }, ['Project Falcon']) },
      { name: 'findings in Chinese', input: { ...inputFor('impact-brief', null, { ...BRIEF, outcome: `${BRIEF.outcome} It helped a lot.` }, ['Project Falcon']), findingsLanguage: 'zh' } },
      { name: 'another private list', input: { ...inputFor('impact-brief', null, { ...BRIEF, outcome: `${BRIEF.outcome} It helped a lot.` }, ['Falcon', 'two days']), findingsLanguage: 'zh' } },
      { name: 'back to English', input: inputFor('impact-brief', null, { ...BRIEF, outcome: `${BRIEF.outcome} It helped a lot.` }, ['Falcon', 'two days']) },
    ];
    let previous: string | null = null;
    for (const { name, input } of steps) {
      const fresh = checkText(input);
      const kept = checkText({ ...input, memo });
      expect(kept, name).toEqual(fresh);
      // Each step changes the findings, so a result kept past it would be caught above.
      const now = JSON.stringify(fresh.findings);
      expect(now, `${name} changes the findings`).not.toBe(previous);
      previous = now;
    }
  });

  it('reuse the section objects across those steps (so the test exercises kept findings)', () => {
    const memo = createSectionMemo();
    const a = memo.prepare('problem', BRIEF.problem);
    checkText({ ...inputFor('impact-brief', 'wells-fargo', { ...BRIEF }), memo });
    expect(memo.prepare('problem', BRIEF.problem)).toBe(a);
  });

  it('catch a kind that declares too little: one that reads the language but does not say so is stale', () => {
    // A made-up per-section kind whose message follows the findings language, declared once
    // rightly (reads: ['lang']) and once wrongly (reads: []).
    const kind = (reads: readonly 'lang'[]) =>
      defineKind({
        name: 'test-language',
        describe: 'test',
        params: z.object({}),
        compile: () => null,
        check: (_c, ctx: KindContext) => ctx.sections.filter((s) => s.words > 0).map((s) => ({ section: s.id, start: 0, end: 1, message: ctx.lang === 'zh' ? '中文' : 'English' })),
        perSection: { reads },
      });
    const section = prepareSection('problem', 'Card fraud cost $48M a year.');
    const ctx = (lang: 'en' | 'zh'): KindContext => ({ lang, template: findTemplate(templates, 'impact-brief'), sections: [section], words: section.words, bands: null, privateTerms: [], sectionsReused: true });
    const run = (reads: readonly 'lang'[]) => {
      const built = kind(reads).build({});
      if (!built.ok) throw new Error(built.message);
      return [built.check(ctx('en'))[0]?.message, built.check(ctx('zh'))[0]?.message];
    };
    expect(run(['lang'])).toEqual(['English', '中文']);
    expect(run([])).toEqual(['English', 'English']);
  });
});

describe('rules that read across sections are not kept per section', () => {
  it('the document-wide cooccurrence and the cross-section baseline rule follow an edit in another section', () => {
    const memo = createSectionMemo();
    const rules: CompiledRule[] = packs.filter((r) => r.id === 'baseline' || r.id === 'second-hand-disclosure');
    expect(rules.map((r) => r.id).sort()).toEqual(['baseline', 'second-hand-disclosure']);
    const template = findTemplate(templates, 'impact-brief');
    const base = { template, rules, privateTerms: [], disabled: [], silenced: [], company: null, memo };
    const outcome = 'Approval rates rose to 71%.';
    const without = checkText({ ...base, sections: { problem: 'Reviews were slow.', outcome } });
    // The same outcome section (the same object), with its baseline now stated in the problem section.
    const withBaseline = checkText({ ...base, sections: { problem: 'Approval rates were 64%.', outcome } });
    expect(without.findings.map((f) => f.rule)).toContain('baseline');
    expect(withBaseline.findings.map((f) => f.rule)).not.toContain('baseline');
    expect(withBaseline).toEqual(checkText({ ...base, memo: undefined, sections: { problem: 'Approval rates were 64%.', outcome } }));
  });

  it('the launch plan without a sign-off follows a sign-off added in another section', () => {
    const memo = createSectionMemo();
    const rules = packs.filter((r) => r.id === 'regulatory-reflex');
    expect(rules).toHaveLength(1);
    const template = findTemplate(templates, 'impact-brief');
    const base = { template, rules, privateTerms: [], disabled: [], silenced: [], company: 'wells-fargo' };
    const decisions = 'I chose a 5% pilot for two weeks, then a full rollout to every cardholder.';
    const plain = { decisions, risk: 'Latency stayed under budget.' };
    const signed = { decisions, risk: 'Model risk validated the model and compliance signed off before launch.' };
    const first = checkText({ ...base, memo, sections: plain });
    expect(first.findings.map((f) => f.rule)).toContain('regulatory-reflex');
    const second = checkText({ ...base, memo, sections: signed });
    expect(second.findings.map((f) => f.rule)).not.toContain('regulatory-reflex');
    expect(second).toEqual(checkText({ ...base, sections: signed }));
    expect(checkText({ ...base, memo, sections: plain })).toEqual(first);
  });
});
