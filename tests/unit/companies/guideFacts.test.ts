// Company facts against the five guides: every fact carries a valid label (source completeness),
// what a fact names or counts is in the guide it cites (grounding), nothing the guides do not say
// is stated, and every "where to spend your prep time" item of each guide is on its company's
// checklist with its label (table).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfiles } from '../../../src/core/companies/loadProfiles';
import { SOURCE_LABELS, isSourceLabel } from '../../../src/core/companies/sourceLabels';
import type { CompanyProfile } from '../../../src/core/companies/types';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import type { Template } from '../../../src/core/templates/types';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const { profiles, problems } = loadProfiles(appRoot);
const { templates } = loadTemplatesFrom(appRoot, null);
const byId = (id: string): CompanyProfile => {
  const p = profiles.find((x) => x.id === id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};

/** A fact as shown to candidates: where it is, its text, and the label it cites. */
interface Fact {
  where: string;
  text: string;
  source: string | undefined;
}

/** Every fact of a profile with the label it carries (undefined when it has none). */
export function profileFacts(p: CompanyProfile): Fact[] {
  const out: Fact[] = [];
  const add = (where: string, text: string, source: string | undefined) => out.push({ where: `${p.id}.${where}`, text, source });
  p.sources.forEach((s, i) => add(`sources.${i}`, s.description, s.id));
  p.loops.forEach((l, i) => {
    add(`loops.${i}`, `${l.label}. ${l.timeline.text}`, l.source);
    l.rounds.forEach((r, j) => add(`loops.${i}.rounds.${j}`, `${r.name}. ${r.interviewer}. ${r.tests} ${r.frameworks.join(', ')}`, r.source));
    l.notes.forEach((n, j) => add(`loops.${i}.notes.${j}`, n.text, n.source));
  });
  p.compensation.forEach((c, i) => add(`compensation.${i}`, [c.reading, c.bonusNote, ...c.notes].join(' '), c.source));
  p.disagreements.forEach((d, i) => d.readings.forEach((r, j) => add(`disagreements.${i}.readings.${j}`, r.text, r.source)));
  p.negotiation.forEach((n, i) => add(`negotiation.${i}`, n.text, n.source));
  p.frameworks.forEach((f, i) => add(`frameworks.${i}`, `${f.name}: ${f.text}`, f.source));
  p.vocabulary.forEach((v, i) => add(`vocabulary.${i}`, `${v.term}: ${v.meaning}`, v.source));
  p.context.forEach((c, i) => add(`context.${i}`, c.text, c.source));
  p.signals.forEach((s, i) => add(`signals.${i}`, s.text, s.source));
  if (p.lifecycle) add('lifecycle', p.lifecycle.stages.join(' → '), p.lifecycle.source);
  p.checklist.forEach((c, i) => add(`checklist.${i}`, c.text, c.source));
  return out;
}

/** Every template tip (and the template itself) with its labels. */
function templateFacts(t: Template): { where: string; text: string; sources: string[] | undefined }[] {
  return [
    { where: t.id, text: t.purpose, sources: t.sources },
    ...t.sections.map((s) => ({
      where: `${t.id}.${s.id}`,
      text: `${s.guidance.tip ?? ''} ${s.guidance.strong}`,
      sources: s.guidance.sources,
    })),
  ];
}

/** Facts with no label or an unknown one: the source-completeness check. */
function unlabelled(p: CompanyProfile): string[] {
  return profileFacts(p)
    .filter((f) => !f.source || !isSourceLabel(f.source))
    .map((f) => f.where);
}
function unlabelledTips(t: Template): string[] {
  return templateFacts(t)
    .filter((f) => !f.sources || f.sources.length === 0 || !f.sources.every(isSourceLabel))
    .map((f) => f.where);
}

describe('source completeness', () => {
  it('all profiles and templates load', () => {
    expect(problems).toEqual([]);
    expect(profiles).toHaveLength(4);
    expect(templates.length).toBeGreaterThanOrEqual(15);
  });

  it('every profile fact, round, checklist item and framework carries one of the five labels', () => {
    for (const p of profiles) expect(unlabelled(p), p.id).toEqual([]);
    expect(profiles.flatMap(profileFacts).length).toBeGreaterThan(150);
  });

  it('every built-in template and each of its tips names the guides it draws on', () => {
    for (const t of templates) expect(unlabelledTips(t), t.id).toEqual([]);
  });

  it('fails on a fact or a tip without a label', () => {
    const wf = structuredClone(byId('wells-fargo'));
    (wf.checklist[3] as { source?: string }).source = undefined;
    (wf.frameworks[0] as { source: string }).source = 'guide-A';
    expect(unlabelled(wf)).toEqual(['wells-fargo.frameworks.0', 'wells-fargo.checklist.3']);
    const t = structuredClone(templates.find((x) => x.id === 'kill-story')!);
    t.sections[2]!.guidance.sources = [];
    delete t.sources;
    expect(unlabelledTips(t)).toEqual(['kill-story', 'kill-story.stakeholders']);
  });

  it('every label in the resource files is one of the five (no stray codes in any file)', () => {
    const files = [
      ...fs.readdirSync(path.join(appRoot, 'resources/companies')).map((f) => `resources/companies/${f}`),
      ...fs.readdirSync(path.join(appRoot, 'resources/rubrics')).filter((f) => f.endsWith('.json')).map((f) => `resources/rubrics/${f}`),
      ...fs.readdirSync(path.join(appRoot, 'templates')).map((f) => `templates/${f}`),
    ];
    const bad: string[] = [];
    const walk = (v: unknown, where: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'source' && (typeof x !== 'string' || !isSourceLabel(x))) bad.push(`${where}.${k}=${String(x)}`);
          if (k === 'sources' && Array.isArray(x) && x.every((s) => typeof s === 'string'))
            for (const s of x as string[]) if (!isSourceLabel(s)) bad.push(`${where}.${k}=${s}`);
          walk(x, `${where}.${k}`);
        }
      else if (typeof v === 'string' && /\bguide-[A-Z]\b/.test(v)) bad.push(`${where}: ${v}`);
    };
    for (const f of files) walk(JSON.parse(fs.readFileSync(path.join(appRoot, f), 'utf8')), f);
    expect(bad).toEqual([]);
  });
});

// ---- Grounding: what a fact names or counts is in the guide it cites. --------------------------

const guidesDir = path.resolve(appRoot, '..', 'shared', 'sources');
const haveGuides = SOURCE_LABELS.every((l) => fs.existsSync(path.join(guidesDir, `${l}.txt`)));
/** Lower case, one kind of hyphen and space, so "OCC 2011‑12" (U+2011) matches "OCC 2011-12". */
const norm = (s: string): string =>
  s
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .toLowerCase();
const guide: Record<string, string> = haveGuides
  ? Object.fromEntries(SOURCE_LABELS.map((l) => [l, norm(fs.readFileSync(path.join(guidesDir, `${l}.txt`), 'utf8'))]))
  : {};

/** Terms a fact may only use when the guide it cites uses them. */
const TERMS: [string, RegExp][] = [
  ['SR 11-7', /sr 11-7/],
  ['OCC 2011-12', /occ 2011-12/],
  ['OCC', /\bocc\b/],
  ['CFPB', /\bcfpb\b/],
  ['ECOA', /\becoa\b/],
  ['FCRA', /\bfcra\b/],
  ['MRM', /\bmrm\b/],
  ['model inventory', /model inventory/],
  ['fair lending', /fair[ -]lending/],
  ['disparate impact', /disparate impact/],
  ['human in the loop', /human[ -]in[ -]the[ -]loop/],
  ['4-P', /\b4-p\b/],
  ['3-C', /\b3-c\b/],
  ['R-I-L', /\br-i-l\b/],
  ['RAV', /\brav\b/],
  ['ICE', /\bice\b/],
  ['Three-Layer Risk', /three-layer risk/],
  ['Three-Stage Impact', /three-stage impact/],
  ['shadow mode', /shadow[ -]mode/],
  ['model health', /model[ -]health/],
  ['ethical debt', /ethical debt/],
  ['GDPR', /\bgdpr\b/],
  ['CCPA', /\bccpa\b/],
  ['LTV', /\bltv\b/],
  ['CAC', /\bcac\b/],
  ['AML', /\baml\b/],
  ['USAA', /\busaa\b/],
  ['State Farm', /state farm/],
  ['Citi', /\bciti\b/],
  ['Bank of America', /bank of america/],
  ['Google', /\bgoogle\b/],
  ['Meta', /\bmeta\b/],
  ['LLM', /\bllms?\b/],
  ['Chief Model Risk Officer', /chief model risk officer/],
  ['risk register', /risk register/],
  ['model-risk matrix', /model-risk matrix/],
  ['Payments and Loyalty', /payments and loyalty/],
  ['TensorFlow', /tensorflow/],
  ['audit trail', /audit[ -]trail/],
];

/** Numbers as values: "$150k" and "$150,000" and "150K" are all 150000; "0.07 %" is 0.07. */
function numbers(text: string): number[] {
  const out: number[] = [];
  for (const m of norm(text).matchAll(/(\$)?\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s?(k|m\b)?/g)) {
    let v = Number((m[2] ?? '').replace(/,/g, ''));
    if (m[3] === 'k') v *= 1000;
    if (m[3] === 'm') v *= 1_000_000;
    out.push(v);
  }
  return out;
}
/** Numbers in a guide, with Chinese-guide forms such as "$135K" and bare "150-210 k". */
const guideNumbers: Record<string, Set<number>> = Object.fromEntries(
  Object.entries(guide).map(([l, raw]) => {
    // The American Express guide groups thousands with spaces: "$170 000".
    const text = raw.replace(/\$\d{1,3}(?: \d{3})+/g, (m) => m.replace(/ /g, ''));
    const set = new Set(numbers(text));
    // "$150-210 k" states both ends in thousands.
    for (const m of text.matchAll(/\$(\d+)-(\d+)\s?k/g)) {
      set.add(Number(m[1]) * 1000);
      set.add(Number(m[2]) * 1000);
    }
    return [l, set];
  }),
);

describe.skipIf(!haveGuides)('grounding in the guides (../shared/sources)', () => {
  const facts = profiles.flatMap(profileFacts);

  it('a fact names a regulation, framework, firm or tool only when the guide it cites does', () => {
    const bad: string[] = [];
    for (const f of facts) {
      const text = norm(f.text);
      const g = guide[f.source ?? ''] ?? '';
      for (const [term, re] of TERMS) if (re.test(text) && !re.test(g)) bad.push(`${f.where} (${f.source}): ${term}`);
    }
    expect(bad).toEqual([]);
  });

  it('every figure in a fact is in the guide it cites', () => {
    const bad: string[] = [];
    for (const f of facts) {
      const have = guideNumbers[f.source ?? ''] ?? new Set<number>();
      // Names that contain digits are grounded by the term check above.
      const text = f.text.replace(/SR 11-7|OCC 2011-12|\b[34]-[PC]\b|30-second|2-minute|one-page/gi, '');
      for (const n of numbers(text)) if (!have.has(n)) bad.push(`${f.where} (${f.source}): ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('every pay band and figure in the compensation variants is in its guide', () => {
    const bad: string[] = [];
    for (const p of profiles)
      for (const c of p.compensation) {
        const have = guideNumbers[c.source]!;
        const values = [
          c.base?.min,
          c.base?.max,
          c.totalCash?.min,
          c.totalCash?.max,
          c.bonusPercent?.min,
          c.bonusPercent?.max,
          c.bonusTargetPercent,
          c.signOn?.min,
          c.signOn?.max,
          c.relocationMax,
          c.stipendPerYear,
          c.total?.min,
          c.total?.max,
          c.equity?.kind === 'grant-dollars' ? c.equity.value.min : undefined,
          c.equity?.kind === 'grant-dollars' ? c.equity.value.max : undefined,
          c.equity?.kind === 'yearly-dollars' ? c.equity.perYear.min : undefined,
          c.equity?.kind === 'yearly-dollars' ? c.equity.perYear.max : undefined,
          c.equity?.kind === 'percent' ? c.equity.percent.min : undefined,
          c.equity?.kind === 'percent' ? c.equity.percent.max : undefined,
        ];
        for (const v of values) if (typeof v === 'number' && !have.has(v)) bad.push(`${p.id}.${c.id}: ${v}`);
      }
    expect(bad).toEqual([]);
  });

  it('round lengths are the guide’s', () => {
    for (const p of profiles)
      for (const l of p.loops)
        for (const r of l.rounds) {
          expect(guideNumbers[l.source]!.has(r.minutes), `${p.id}.${r.id}`).toBe(true);
          if (r.minutesMax) expect(guideNumbers[l.source]!.has(r.minutesMax)).toBe(true);
        }
  });
});

// ---- Known wrong labels and invented facts, fixed. -----------------------------------------------

describe('labels the issue found wrong', () => {
  const wf = byId('wells-fargo');
  const all = profiles.flatMap((p) => p.checklist.map((c) => ({ p: p.id, ...c })));
  const allFrameworks = profiles.flatMap((p) => p.frameworks.map((f) => ({ p: p.id, ...f })));

  it('Wells Fargo vocabulary and lifecycle gates are the Chinese guide’s', () => {
    expect(wf.vocabulary.map((v) => v.term)).toEqual(
      expect.arrayContaining(['SR 11-7', 'MRM', 'Model inventory', 'Fair lending', 'ECOA', 'FCRA', 'CFPB']),
    );
    expect([...new Set(wf.vocabulary.map((v) => v.source))]).toEqual(['wf-zh']);
    expect(wf.lifecycle?.source).toBe('wf-zh');
  });

  it.each([
    ['wells-fargo', 'kill-story', 'wf-zh'],
    ['wells-fargo', 'stakeholder-conflict', 'wf-zh'],
    ['wells-fargo', 'ethics-pitch', 'wf-zh'],
    ['wells-fargo', 'lifecycle', 'wf-zh'],
    ['wells-fargo', 'four-p', 'jpmorgan'],
    ['wells-fargo', 'three-stage', 'wf-en'],
    ['jpmorgan', 'three-c', 'jpmorgan'],
    ['jpmorgan', 'four-p', 'jpmorgan'],
    ['jpmorgan', 'occ-2011-12', 'jpmorgan'],
  ])('%s checklist item %s is from %s', (profile, id, label) => {
    expect(all.find((c) => c.p === profile && c.id === id)?.source).toBe(label);
  });

  it('4-P and 3-C are JPMorgan Chase frameworks wherever they are offered, and say so outside JPMorgan', () => {
    for (const f of allFrameworks.filter((x) => ['4-P', '3-C'].includes(x.name))) {
      expect(f.source).toBe('jpmorgan');
      if (f.p !== 'jpmorgan') expect(f.text).toMatch(/JPMorgan Chase framework/);
    }
    for (const c of all.filter((x) => /\b(4-P|3-C)\b/.test(x.text))) {
      expect(c.source).toBe('jpmorgan');
      if (c.p !== 'jpmorgan') expect(c.text).toMatch(/^From the JPMorgan Chase guide/);
    }
    expect(templates.find((t) => t.id === 'four-p')?.sources).toEqual(['jpmorgan']);
    expect(templates.find((t) => t.id === 'four-p')?.purpose).toMatch(/JPMorgan Chase guide framework/);
  });

  it('R-I-L is JPMorgan’s only: its framework, checklist item and competency appear on no other company', () => {
    for (const p of profiles.filter((x) => x.id !== 'jpmorgan')) {
      expect(p.frameworks.some((f) => f.name === 'R-I-L')).toBe(false);
      expect(p.checklist.some((c) => c.framework === 'R-I-L')).toBe(false);
      for (const l of p.loops)
        for (const r of l.rounds) {
          expect(r.competencies, `${p.id}.${r.id}`).not.toContain('risk-impact-leadership');
          expect(r.frameworks).not.toContain('R-I-L');
        }
    }
    expect(byId('jpmorgan').frameworks.find((f) => f.name === 'R-I-L')?.source).toBe('jpmorgan');
  });

  it('JPMorgan’s risk and governance round cites OCC 2011-12', () => {
    const round = byId('jpmorgan').loops[0]?.rounds.find((r) => r.id === 'risk-governance');
    expect(round?.interviewer).toBe('Chief Model Risk Officer');
    expect(round?.tests).toContain('OCC 2011-12');
  });

  it('the ethics pitch is the Chinese Wells Fargo guide’s and covers its three points', () => {
    const t = templates.find((x) => x.id === 'ethics-pitch')!;
    expect(t.sources).toEqual(['wf-zh']);
    const two = t.sections.find((s) => s.id === 'two-minute')!;
    for (const text of [two.prompt, two.guidance.strong, two.guidance.tip ?? '']) {
      expect(text).toMatch(/disparate impact/i);
      expect(text).toMatch(/explainability/i);
      expect(text).toMatch(/human|underwriter/i);
    }
  });
});

describe('round tests say what the guide says', () => {
  const round = (profile: string, loop: string, id: string) =>
    byId(profile).loops.find((l) => l.source === loop)?.rounds.find((r) => r.id === id)?.tests ?? '';
  it.each([
    ['wells-fargo', 'wf-en', 'recruiter-screen', /résumé signals/],
    ['wells-fargo', 'wf-zh', 'recruiter', /^Not a formality.*(OCC, CFPB, state regulators).*model risk management.*fair lending/],
    ['wells-fargo', 'wf-zh', 'hiring-manager', /killed for regulatory reasons/],
    ['wells-fargo', 'wf-zh', 'technical-analytical-panel', /precision, recall and F1.*recall first/],
    ['wells-fargo', 'wf-zh', 'vp-round', /LLMs in customer-facing banking.*risk categories/],
    ['jpmorgan', 'jpmorgan', 'ml-fundamentals', /draw a model-risk matrix/],
    ['jpmorgan', 'jpmorgan', 'cross-functional-onsite', /fraud-detection AI product.*risk register.*go-to-market plan.*board/],
    ['american-express', 'amex', 'technical-depth', /whiteboard.*product metric/],
    ['american-express', 'amex', 'hiring-committee', /one-sentence judgement per competency/],
    ['fintech', 'fintech', 'product-sense-ai', /cost of an error.*latency.*labelled data.*fallback/],
  ])('%s %s %s', (profile, loop, id, re) => {
    expect(round(profile, loop, id)).toMatch(re);
  });
});

describe('nothing invented', () => {
  const everything = JSON.stringify({ profiles, templates });

  it('no definition of Amex’s Three-Layer Risk policy (the guide names it, never defines it)', () => {
    const amex = byId('american-express');
    expect(amex.vocabulary.some((v) => /three-layer/i.test(v.term))).toBe(false);
    expect(amex.frameworks.find((f) => f.name === 'Three-Layer Risk')?.text).toMatch(/does not describe it/);
    expect(everything).not.toMatch(/layered (view of )?risk|which layer owns/i);
  });

  it('no definition of the model-risk matrix (the guide only asks you to draw one)', () => {
    const jpm = byId('jpmorgan');
    expect(jpm.frameworks.some((f) => /model-risk matrix/i.test(f.name))).toBe(false);
    expect(jpm.vocabulary.find((v) => v.term === 'Model-risk matrix')?.meaning).toMatch(/does not say what it must contain/);
    expect(everything).not.toMatch(/likelihood and impact/i);
  });

  it('the Amex debrief does not claim the candidate is absent', () => {
    expect(everything).not.toMatch(/not present/i);
  });

  it('SR 11-7 is never attributed to a guide that does not mention it', () => {
    for (const f of profiles.flatMap(profileFacts))
      if (/SR 11-7/.test(f.text) && !/^From the JPMorgan Chase guide/.test(f.text)) expect(f.source, f.where).toBe('wf-zh');
  });
});

// ---- Checklists: every "where to spend your prep time" item, with its guide. --------------------

/**
 * Each guide's prep list, item by item, and the checklist item that carries it. The guides'
 * advertisements for their own book ("work through a structured preparation system") are left out
 * on purpose: they are not preparation advice.
 */
const PREP: [label: string, profile: string, prepItem: string, checklistId: string, mustSay: RegExp][] = [
  ['wf-en', 'wells-fargo', 'summarise the three most recent governance changes', 'governance-changes', /three latest regulatory changes/],
  ['wf-en', 'wells-fargo', 'map each project onto the Three-Stage Impact Model', 'three-stage', /Design → Compliance → Business Outcome/],
  ['wf-en', 'wells-fargo', 'a 10-minute case from a risk scenario to a KPI and compliance checkpoint', 'risk-scenario-case', /10-minute case.*risk scenario.*KPI.*compliance checkpoint/],
  ['wf-en', 'wells-fargo', 'a value-proposition slide in dollars, percent and risk-adjusted terms', 'value-prop', /dollars, percentages and risk-adjusted terms/],
  ['wf-en', 'wells-fargo', 'role-play with a peer as the risk-management lead', 'risk-lead-roleplay', /risk-management lead.*audit-trail/],
  ['wf-en', 'wells-fargo', 'a compensation framing memo said in under two minutes', 'comp-memo', /base, bonus and equity.*under two minutes/],
  ['wf-zh', 'wells-fargo', 'read SR 11-7 and cite one element', 'sr-11-7', /SR 11-7.*independent validation, model inventory/],
  ['wf-zh', 'wells-fargo', 'a kill story', 'kill-story', /kill story/],
  ['wf-zh', 'wells-fargo', 'explain model drift to a compliance officer', 'explain-drift', /model drift.*compliance officer/],
  ['wf-zh', 'wells-fargo', 'public disclosures rather than review sites', 'public-disclosures', /public AI disclosures.*not review sites/],
  ['wf-zh', 'wells-fargo', 'a conflict story: no, conditional yes, plan B', 'stakeholder-conflict', /said no.*conditional yes.*plan B/],
  ['wf-zh', 'wells-fargo', 'the organisation structure', 'org-structure', /Consumer Banking.*Enterprise Functions/],
  ['wf-zh', 'wells-fargo', 'a 30-second and 2-minute AI ethics pitch', 'ethics-pitch', /30-second.*2-minute.*disparate impact.*explainability.*human-in-the-loop/],
  ['jpmorgan', 'jpmorgan', 'a one-page 4-P mapping', 'four-p', /Problem, Provenance, Performance and Policy on one page/],
  ['jpmorgan', 'jpmorgan', 'cite OCC 2011-12 in the risk interview', 'occ-2011-12', /OCC 2011-12/],
  ['jpmorgan', 'jpmorgan', 'a RAV curve shifted right by governance', 'rav-curve', /RAV curve.*shift it to the right/],
  ['jpmorgan', 'jpmorgan', 'an audit-ready mock case with a senior PM', 'mock-case', /mock case.*audit-ready documentation/],
  ['jpmorgan', 'jpmorgan', 'impact statements with dollars and risk mitigations', 'impact-brief', /dollar outcomes and the risks you mitigated/],
  ['jpmorgan', 'jpmorgan', 'résumé wording: model-risk-governed AI', 'resume-wording', /model-risk-governed AI solutions/],
  ['amex', 'american-express', 'review ICE', 'ice-sheet', /ICE/],
  ['amex', 'american-express', 'three one-page impact briefs', 'impact-brief', /three one-page impact briefs/],
  ['amex', 'american-express', 'the product-first script', 'product-first-script', /product-first/],
  ['amex', 'american-express', 'study the Three-Layer Risk policy', 'three-layer-risk', /Three-Layer Risk policy/],
  ['amex', 'american-express', 'mock interviews with a senior PM from fintech to a large company', 'mock-interviews', /mock interviews.*fintech start-up.*judgement signals/],
  ['amex', 'american-express', 'a final debrief rehearsal, one sentence per competency', 'competency-sentences', /one sentence per competency/],
  ['fintech', 'fintech', 'three shipped AI outcomes with before/after metrics', 'impact-brief', /three AI product outcomes.*before and after/],
  ['fintech', 'fintech', 'a data-lifecycle map, ingestion to inference', 'data-lifecycle', /data lifecycle.*ingestion to inference/],
  ['fintech', 'fintech', 'a model-failure recovery story', 'model-failure', /model that failed.*recovery/],
  ['fintech', 'fintech', 'frame cases from the user’s cost of error', 'frame-setting', /cost of error/],
  ['fintech', 'fintech', 'an AI-readiness one-pager', 'ai-readiness', /one-pager.*ready for AI/],
  ['fintech', 'fintech', 'ethical design principles', 'ethical-principles', /ethical design principles/],
];

describe('checklists carry every prep item of each guide', () => {
  it.each(PREP)('%s (%s): %s -> %s', (label, profile, _item, id, mustSay) => {
    const item = byId(profile).checklist.find((c) => c.id === id);
    expect(item, id).toBeDefined();
    expect(item?.source).toBe(label);
    expect(item?.text).toMatch(mustSay);
    if (item?.templateId) expect(templates.map((t) => t.id)).toContain(item.templateId);
  });

  it('the table covers every guide’s prep list (7 items each, less the book advert)', () => {
    const count = (label: string) => PREP.filter((p) => p[0] === label).length;
    expect([count('wf-en'), count('wf-zh'), count('jpmorgan'), count('amex'), count('fintech')]).toEqual([6, 7, 6, 6, 6]);
  });

  it.skipIf(!haveGuides)('each guide has the prep list the table was written from', () => {
    const bullets = (label: string, heading: RegExp): number => {
      const text = guide[label]!;
      const start = text.search(heading);
      const rest = text.slice(start).split('\n').slice(1);
      let n = 0;
      for (const line of rest) {
        if (/^\s*(-|•|\d+\.)\s/.test(line)) n++;
        else if (line.trim() !== '' && n > 0) break;
      }
      return n;
    };
    expect(bullets('wf-en', /where to spend your prep time/)).toBe(7);
    expect(bullets('wf-zh', /准备清单/)).toBe(7);
    expect(bullets('jpmorgan', /where to spend your prep time/)).toBe(7);
    expect(bullets('amex', /what to focus on before the interview/)).toBe(7);
    expect(bullets('fintech', /preparation checklist/)).toBe(7);
  });
});
