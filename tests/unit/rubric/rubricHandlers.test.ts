// The rubric handler group over a real temp workspace: templates.list, rubric.rules, rubric.check
// (company slug -> profile, workspace settings), documents.import and documents.toMarkdown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { rubricHandlers } from '../../../src/core/handlers/rubricHandlers';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import type { CoreContext } from '../../../src/core/context';
import type { Handlers } from '../../../src/shared/api';
import { appRoot } from './ruleHarness';

const open: CoreContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

async function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-rubric-'));
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
  open.push(ctx);
  const wf = ctx.store.createCompany('Wells Fargo', 'wells-fargo');
  const custom = ctx.store.createCompany('Tiny Bank', null);
  const h = rubricHandlers(ctx) as Required<Pick<Handlers, 'templates.list' | 'rubric.rules' | 'rubric.check' | 'documents.import' | 'documents.toMarkdown'>>;
  return { ctx, h, wf, custom, root };
}

describe('rubric handlers', () => {
  it('lists templates and rules, with disabled rules marked', async () => {
    const { ctx, h } = await setup();
    const t = await h['templates.list']({});
    expect(t.templates.length).toBe(fs.readdirSync(path.join(appRoot, 'templates')).filter((f) => f.endsWith('.json')).length);
    ctx.store.updateSettings({ disabledRules: ['baseline'] });
    const rules = await h['rubric.rules']({});
    expect(rules.find((r) => r.id === 'baseline')?.enabled).toBe(false);
    expect(rules.find((r) => r.id === 'quantified-impact')?.enabled).toBe(true);
  });

  it('checks with the company slug resolved to its profile and the workspace settings', async () => {
    const { ctx, h, wf } = await setup();
    ctx.store.updateSettings({ privateTerms: ['Project Falcon'], disabledRules: ['vague-language'] });
    const res = await h['rubric.check']({
      company: wf.slug,
      templateId: 'impact-brief',
      sections: { problem: 'Project Falcon helped a lot. We like to ship and iterate.' },
      silencedRules: ['section-required'],
    });
    const rules = new Set(res.findings.map((f) => f.rule));
    expect(rules.has('confidentiality')).toBe(true);
    expect(rules.has('move-fast')).toBe(true); // bank pack applied through the profile
    expect(rules.has('vague-language')).toBe(false);
    expect(res.findings.filter((f) => f.rule === 'section-required').every((f) => f.silenced)).toBe(true);
    expect(res.company).toBe(wf.slug);
  });

  it("uses a custom company's own bands, and accepts a profile id", async () => {
    const { ctx, custom } = await setup();
    ctx.store.updateCompany(custom.slug, (c) => ({ ...c, bandsOverride: { base: { min: 100_000, max: 120_000 }, bonusPercent: null, baseIsRigid: false } }));
    const input = { templateId: 'comp-memo', sections: { base: 'I am looking for $150k–$160k.' }, silencedRules: [] };
    const own = checkDocument(ctx, { ...input, company: custom.slug }).findings.filter((f) => f.rule === 'comp-band');
    expect(own).toHaveLength(1);
    expect(own[0]?.message).toContain('your own band');
    expect(checkDocument(ctx, { ...input, company: null }).findings.some((f) => f.rule === 'comp-band')).toBe(false);
    const viaProfile = checkDocument(ctx, { ...input, company: 'jpmorgan', sections: { base: 'I am looking for $230k–$240k.' } });
    expect(viaProfile.findings.some((f) => f.rule === 'comp-band' && f.severity === 'error')).toBe(true);
    expect(() => checkDocument(ctx, { ...input, company: 'no-such-co' })).toThrow(/no-such-co/);
  });

  it('imports Markdown and prints it back without loss', async () => {
    const { h, wf } = await setup();
    const md = fs.readFileSync(path.join(appRoot, 'tests', 'fixtures', 'strong-brief.md'), 'utf8') + '\n## Notes for me\n\nKeep this.\n';
    const doc = await h['documents.import']({ company: wf.slug, markdown: md });
    expect(doc.templateId).toBe('impact-brief');
    expect(doc.title).toBe('Real-time card fraud scoring');
    expect(doc.sections['extra:Notes for me']).toBe('Keep this.');
    const out = await h['documents.toMarkdown']({ company: wf.slug, id: doc.id });
    expect(out.fileName).toBe('real-time-card-fraud-scoring.md');
    const again = await h['documents.import']({ company: wf.slug, markdown: out.markdown });
    expect(again.sections).toEqual(doc.sections);
    expect(again.title).toBe(doc.title);
  });

  it('refuses Markdown without a template or with an unknown one', async () => {
    const { h, wf } = await setup();
    await expect(h['documents.import']({ company: wf.slug, markdown: '## Problem\nx' })).rejects.toMatchObject({ code: 'bad-request' });
    await expect(h['documents.import']({ company: wf.slug, markdown: '---\ntemplate: nope\n---\n' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(h['documents.import']({ company: wf.slug, markdown: '---\ntemplate: [x\n---\n' })).rejects.toMatchObject({ code: 'bad-request' });
  });
});
