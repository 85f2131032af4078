// What the Questions tab shows a candidate carries no internal marker: no "TO CHECK" or "TODO"
// note, no placeholder, no rule id or source code in place of words. Scans every question bank's
// text, the expectation wording, and the question checks as rendered for every question of every
// company profile, answered and not, in each state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { createHandlers } from '../../../src/core/handlers/index';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { EXPECTATION_TEXT } from '../../../src/core/questions/buildQuestionsView';
import { SOURCE_LABELS } from '../../../src/core/companies/sourceLabels';
import type { ExpectationResult, QuestionView } from '../../../src/shared/api';
import { CHECK_STATE_LABELS, QuestionChecks } from '../../../src/renderer/src/features/questions/QuestionChecks';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** Internal notes and placeholders that must never reach a candidate (case as written). */
const MARKERS: Array<[string, RegExp]> = [
  ['a "to check" note', /\bto[\s_-]?check\s*[:.)\]]|^\s*to[\s_-]?check\s*$/im],
  ['a "TO CHECK" note', /\bTO[\s_-]?CHECK\b/],
  ['TODO / TBD / FIXME / XXX', /\b(TODO|TBD|FIXME|XXX)\b/],
  ['a question-mark placeholder', /\?\?/],
  ['a {placeholder}', /\{[a-z_]+\}/i],
  ['a [bracketed note]', /\[(check|verify|source|cite|citation|todo|tbd|needs?)\b[^\]]*\]/i],
  ['lorem ipsum', /lorem ipsum/i],
];

function markersIn(text: string): string[] {
  return MARKERS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** Visible text of rendered markup (tags and attributes such as tooltips removed). */
function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

describe('the marker patterns', () => {
  it.each([
    ['TO CHECK'],
    ['To check: the guide says 45 minutes'],
    ['to-check'],
    ['TODO rewrite'],
    ['Band ?? to confirm'],
    ['Hello {name}'],
    ['[check source]'],
  ])('flag %j', (text) => {
    expect(markersIn(text)).not.toEqual([]);
  });

  it.each([['Explain how you would check a model for drift.'], ['Decide what to check first, and why.'], ['[a link](https://example.com)']])('do not flag %j', (text) => {
    expect(markersIn(text)).toEqual([]);
  });
});

describe('question banks', () => {
  const files = fs.readdirSync(path.join(appRoot, 'resources', 'questions')).filter((f) => f.endsWith('.json'));

  it.each(files)('%s has no internal marker, rule id or source code in what a candidate reads', (file) => {
    const bank = JSON.parse(fs.readFileSync(path.join(appRoot, 'resources', 'questions', file), 'utf8').replace(/^\uFEFF/, '')) as {
      questions: Array<{ id: string; text: string; strongAnswer: string[]; trap: string; expects: string[] }>;
    };
    // Rule ids and source codes that are not also plain words ("baseline", "fintech" are).
    const ruleIds = new Set(bank.questions.flatMap((q) => q.expects).filter((id) => id.includes('-')));
    const codes = SOURCE_LABELS.filter((code) => code.includes('-'));
    for (const q of bank.questions) {
      for (const text of [q.text, q.trap, ...q.strongAnswer]) {
        expect(markersIn(text), `${q.id}: ${text}`).toEqual([]);
        for (const id of ruleIds) expect(text.includes(id), `${q.id} shows the rule id ${id}`).toBe(false);
        for (const code of codes) expect(new RegExp(`\\b${code}\\b`).test(text), `${q.id} shows the source code ${code}`).toBe(false);
      }
    }
  });

  it('the wording of every expectation has no marker', () => {
    for (const [rule, text] of Object.entries(EXPECTATION_TEXT)) expect(markersIn(text), rule).toEqual([]);
  });
});

describe('rendered question checks', () => {
  it('name every state in the candidate’s words, never "to check"', () => {
    expect(Object.keys(CHECK_STATE_LABELS).sort()).toEqual(['manual', 'met', 'missing', 'unanswered']);
    for (const label of Object.values(CHECK_STATE_LABELS)) expect(markersIn(label)).toEqual([]);
    const states: ExpectationResult[] = (['met', 'missing', 'unanswered', 'manual'] as const).map((state) => ({
      rule: 'quantified-impact',
      label: 'Quantified impact',
      met: state === 'met' ? true : state === 'missing' ? false : null,
      state,
      message: 'Every outcome carries a number and a unit.',
    }));
    const html = renderToStaticMarkup(createElement(QuestionChecks, { expectations: states, answered: true }));
    const text = visibleText(html);
    expect(text).toMatch(/Met\s+Every outcome carries a number and a unit\./);
    expect(text).toMatch(/Missing\s+Every outcome/);
    expect(text).toMatch(/Aim for\s+Every outcome/);
    expect(text).toMatch(/Check it yourself\s+Every outcome/);
    expect(text).not.toMatch(/to check/i); // the stylesheet shows state labels in capitals
    expect(text).not.toContain('quantified-impact'); // the rule id is only in the tooltip
  });

  it.each(['jpmorgan', 'wells-fargo', 'american-express', 'fintech'])('for every %s question, answered or not, have no internal marker', async (profile) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-candidate-text-'));
    roots.push(root);
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
    try {
      const handlers = createHandlers(ctx);
      const slug = createSeededCompany(ctx, `Folder ${profile}`, profile).slug;
      const view = await handlers['questions.list']({ company: slug });
      expect(view.questions.length).toBeGreaterThan(5);
      const everyQuestion = view.questions as QuestionView[];
      for (const q of everyQuestion) {
        for (const answered of [false, true]) {
          const text = visibleText(renderToStaticMarkup(createElement(QuestionChecks, { expectations: q.expectations, answered })));
          expect(markersIn(text), `${q.id}: ${text}`).toEqual([]);
          expect(text, q.id).not.toMatch(/to check/i);
          for (const id of q.expects.filter((r) => r.includes('-'))) expect(text.includes(id), `${q.id} shows ${id}`).toBe(false);
        }
        expect(markersIn([q.text, q.sourceName, q.trap, ...q.strongAnswer].join('\n')), q.id).toEqual([]);
      }
    } finally {
      ctx.store.close();
    }
  });
});
