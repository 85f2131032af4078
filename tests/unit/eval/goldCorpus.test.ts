// The gold corpus as data: every case valid, sized and covering every rule both ways. These checks
// do not run the rubric, so they hold whatever the rules' quality (the eval itself is `npm run eval`).
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseCorpusText } from '../../../scripts/eval/loadCorpus';
import { KNOWN_RULES, isChinese } from '../../../scripts/eval/corpusSchema';
import type { GoldCase } from '../../../scripts/eval/corpusSchema';
import { weakMapSchema } from '../../../scripts/eval/templateExamples';
import { findHoldoutFiles } from '../../../scripts/eval/holdoutFiles';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';

const root = path.resolve(import.meta.dirname, '../../..');
const gold = path.join(root, 'tests', 'gold');
const corpus = loadCorpus(path.join(gold, 'cases'));
const templates = loadTemplatesFrom(root, null).templates;

/** `id: template x` / `id: section y` for each case naming a template or section that does not exist. */
function unknownTemplatesAndSections(cases: readonly GoldCase[]): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    const t = templates.find((x) => x.id === c.template);
    if (!t) {
      bad.push(`${c.id}: template ${c.template}`);
      continue;
    }
    const ids = new Set(t.sections.map((s) => s.id));
    if (c.section && !ids.has(c.section)) bad.push(`${c.id}: section ${c.section}`);
    for (const s of Object.keys(c.document ?? {}))
      if (!ids.has(s)) bad.push(`${c.id}: document section ${s}`);
  }
  return bad;
}

/** `id: rule does not run here` for each listed rule not selected for the case's template and company. */
function idleRules(cases: readonly GoldCase[]): string[] {
  const packs = loadRulePacks(root).rules;
  const idle: string[] = [];
  for (const c of cases) {
    const t = templates.find((x) => x.id === c.template);
    if (!t) continue;
    const company = c.company === 'none' ? null : c.company;
    const running = new Set(selectRules(packs, t, company).map((r) => r.id));
    for (const rule of [...c.mustFire, ...c.mustNotFire])
      if (!running.has(rule)) idle.push(`${c.id}: ${rule} does not run here`);
  }
  return idle;
}

describe('gold corpus', () => {
  it('has no invalid line and no duplicate id', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('holds at least 300 cases, at least 30% of them Chinese or mixed', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
    const share = corpus.cases.filter(isChinese).length / corpus.cases.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
  });

  it('names real templates and sections', () => {
    expect(unknownTemplatesAndSections(corpus.cases)).toEqual([]);
  });

  it('gives every rule id cases that must fire and cases that must not, in English and in Chinese', () => {
    const gaps: string[] = [];
    for (const rule of KNOWN_RULES) {
      const fire = corpus.cases.filter((c) => c.mustFire.includes(rule));
      const quiet = corpus.cases.filter((c) => c.mustNotFire.includes(rule));
      if (fire.length < 3) gaps.push(`${rule}: ${fire.length} must-fire`);
      if (quiet.length < 3) gaps.push(`${rule}: ${quiet.length} must-not-fire`);
      if (!fire.some(isChinese)) gaps.push(`${rule}: no Chinese must-fire case`);
    }
    expect(gaps).toEqual([]);
  });

  it('checks whole-document rules on whole documents', () => {
    for (const rule of [
      'section-required',
      'governance-terms',
      'kill-story-elements',
      'failure-modes',
      'length-budget',
      'speaking-time',
    ]) {
      const cases = corpus.cases.filter(
        (c) => c.mustFire.includes(rule) || c.mustNotFire.includes(rule),
      );
      expect(
        cases.every((c) => c.document !== undefined),
        rule,
      ).toBe(true);
    }
  });

  it('maps every weak template example to the rules it illustrates', () => {
    const map = weakMapSchema.parse(
      JSON.parse(fs.readFileSync(path.join(gold, 'template-examples.json'), 'utf8')),
    );
    const keys = templates.flatMap((t) =>
      t.sections.filter((s) => s.guidance?.weak).map((s) => `${t.id}/${s.id}`),
    );
    expect(keys.filter((k) => !(k in map))).toEqual([]);
  });

  it('keeps every held-out file valid, apart from the other sets, and scored only where its rules run', () => {
    const incomingDir = path.join(gold, 'incoming');
    const incoming = fs.existsSync(incomingDir) ? loadCorpus(incomingDir).cases : [];
    const seen = new Set([...corpus.cases, ...incoming].map((c) => c.id));
    for (const file of findHoldoutFiles(gold)) {
      const holdout = loadCorpus(file);
      expect(holdout.problems, file).toEqual([]);
      expect(holdout.cases.length, file).toBeGreaterThanOrEqual(40);
      expect(unknownTemplatesAndSections(holdout.cases), file).toEqual([]);
      expect(idleRules(holdout.cases), file).toEqual([]);
      expect(
        holdout.cases.filter((c) => seen.has(c.id)).map((c) => c.id),
        file,
      ).toEqual([]);
      for (const c of holdout.cases) seen.add(c.id);
    }
  });

  it('keeps the incoming set valid, apart from the corpus, and scored only where its rules run', () => {
    const dir = path.join(gold, 'incoming');
    if (!fs.existsSync(dir)) return;
    const incoming = loadCorpus(dir);
    expect(incoming.problems).toEqual([]);
    expect(incoming.cases.filter((c) => !c.id.startsWith('in-')).map((c) => c.id)).toEqual([]);
    const ids = new Set(corpus.cases.map((c) => c.id));
    expect(incoming.cases.filter((c) => ids.has(c.id)).map((c) => c.id)).toEqual([]);
    // A case naming a rule that is not selected for its template and company measures nothing.
    expect(unknownTemplatesAndSections(incoming.cases)).toEqual([]);
    expect(idleRules(incoming.cases)).toEqual([]);
  });

  it('reports a broken line with its file, line and reason', () => {
    const text = [
      '{"id":"ok-1","template":"impact-brief","section":"outcome","company":"none","text":"x","mustFire":["baseline"],"mustNotFire":[]}',
      '{not json',
      '{"id":"bad-2","template":"impact-brief","company":"none","text":"x","mustFire":["no-such-rule"],"mustNotFire":[]}',
      '{"id":"bad-3","template":"impact-brief","section":"outcome","company":"none","text":"x","mustFire":["baseline"],"mustNotFire":["baseline"]}',
    ].join('\n');
    const parsed = parseCorpusText('t.jsonl', text);
    expect(parsed.cases.map((c) => c.id)).toEqual(['ok-1']);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(parsed.problems[1]?.message).toMatch(/bad-2.*unknown rule id/);
    expect(parsed.problems[1]?.message).toMatch(/section/);
    expect(parsed.problems[2]?.message).toMatch(/both fire and not fire/);
  });
});
