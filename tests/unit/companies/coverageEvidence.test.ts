// Coverage counts a draft as evidence for a competency only when it demonstrates it (newcomer F26):
// the weak JPMorgan brief (score 29, compliance brought in after launch) is about regulatory
// acumen and risk leadership but shows neither; the strong brief's decisions and risk sections
// show risk leadership; a kill story's "Who I consulted" and "How I told leadership" show
// stakeholder influence. Real store, real rubric, the newcomer trial's drafts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import { createCoreContext } from '../../../src/core/openContext';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { buildCompanyView } from '../../../src/core/companies/companyView';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { loadTemplates } from '../../../src/core/templates/registry';
import { decodeUndermined, encodeUndermined, judgeEvidence, undermined } from '../../../src/core/companies/competencyEvidence';
import type { Competency } from '../../../src/core/workspace/schemas';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(appRoot, 'tests', 'fixtures', 'newcomer');
const open: CoreContext[] = [];

afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

function addDraft(ctx: CoreContext, company: string, file: string): string {
  const parsed = parseMarkdown(fs.readFileSync(path.join(fixtures, file), 'utf8'), loadTemplates(ctx).templates);
  const doc = ctx.store.createDocument({
    company,
    templateId: parsed.frontMatter.template ?? '',
    templateVersion: 1,
    title: parsed.frontMatter.title ?? file,
    sections: parsed.sections,
    tags: [],
    silencedRules: [],
    design: null,
    history: [],
    rehearsals: [],
  } as unknown as Parameters<CoreContext['store']['createDocument']>[0]);
  return doc.id;
}

describe('coverage counts drafts that demonstrate a competency', () => {
  it('holds back the weak brief, credits the strong brief and the kill story (newcomer F26)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-evidence-'));
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot, now: () => new Date('2026-11-23T09:00:00Z') });
    open.push(ctx);
    const jpm = createSeededCompany(ctx, 'JPMorgan Chase', 'jpmorgan');
    const weak = addDraft(ctx, jpm.slug, 'jpm-brief-weak.md');
    const strong = addDraft(ctx, jpm.slug, 'jpm-brief-strong.md');
    const kill = addDraft(ctx, jpm.slug, 'zh-kill-strong.md');

    const view = buildCompanyView(ctx, jpm.slug);
    const row = (c: Competency) => view.coverage.competencies.find((x) => x.competency === c);
    const ids = (c: Competency) => row(c)?.documents.map((d) => d.id) ?? [];

    expect(view.readiness.find((d) => d.id === weak)?.score).toBeLessThan(60);
    for (const c of ['regulatory-acumen', 'risk-impact-leadership'] as const) {
      expect(ids(c)).not.toContain(weak);
      expect(row(c)?.heldBack.find((h) => h.id === weak)?.reason).toMatch(/big mistake to fix first: compliance brought in late|scores \d+; a draft counts from 60/);
    }
    expect(ids('risk-impact-leadership')).toContain(strong);
    expect(ids('regulatory-acumen')).toContain(strong);
    expect(ids('stakeholder-influence')).toContain(kill);
  });
});

describe('judgeEvidence', () => {
  const reg: Competency[] = ['regulatory-acumen', 'product-vision'];
  it.each([
    ['a clean draft of 90 counts for both', 90, [], ['regulatory-acumen', 'product-vision'], []],
    ['a low score holds back both', 59, [], [], ['regulatory-acumen', 'product-vision']],
    ['60 is enough', 60, [], ['regulatory-acumen', 'product-vision'], []],
    ['compliance after launch holds back only regulatory acumen', 80, ['compliance-afterthought'], ['product-vision'], ['regulatory-acumen']],
    ['an unchecked draft is judged on its mistakes only', null, [], ['regulatory-acumen', 'product-vision'], []],
  ] as const)('%s', (_name, score, errors, counted, held) => {
    const map = undermined(errors.map((rule) => ({ rule, severity: 'error' as const, silenced: false })));
    const out = judgeEvidence(reg, score, map);
    expect(out.counted).toEqual(counted);
    expect(out.held.map((h) => h.competency)).toEqual(held);
  });

  it('warnings and silenced errors hold nothing back; the cache encoding round-trips', () => {
    expect(undermined([{ rule: 'compliance-afterthought', severity: 'warning', silenced: false }]).size).toBe(0);
    expect(undermined([{ rule: 'compliance-afterthought', severity: 'error', silenced: true }]).size).toBe(0);
    const map = undermined([
      { rule: 'kill-story-elements', severity: 'error', silenced: false },
      { rule: 'move-fast', severity: 'error', silenced: false },
    ]);
    expect(decodeUndermined(encodeUndermined(map))).toEqual(map);
    expect(map.get('risk-impact-leadership')).toBe('move-fast');
  });
});
