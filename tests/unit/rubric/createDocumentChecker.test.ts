// The overview checker reuses a result only while everything it depends on is unchanged, and
// always agrees with a fresh checkDocument.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { checkDocument, createDocumentChecker } from '../../../src/core/rubric/checkDocument';
import type { CoreContext } from '../../../src/core/context';
import { appRoot } from './ruleHarness';

const open: CoreContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

async function setup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-checker-'));
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
  open.push(ctx);
  const custom = ctx.store.createCompany('Tiny Bank', null);
  return { ctx, slug: custom.slug };
}

const memo = { templateId: 'comp-memo', sections: { base: 'I am looking for $150k–$160k base, like Project Falcon paid.' }, silencedRules: [] };

describe('createDocumentChecker', () => {
  it('returns the same result for the same text and settings, matching checkDocument', async () => {
    const { ctx, slug } = await setup();
    const first = createDocumentChecker(ctx, slug)(memo);
    const again = createDocumentChecker(ctx, slug)({ ...memo, sections: { ...memo.sections } });
    expect(again).toBe(first);
    expect(first).toEqual(checkDocument(ctx, { company: slug, ...memo }));
  });

  it('checks again when the text, silenced rules, settings or bands change', async () => {
    const { ctx, slug } = await setup();
    const rules = (r: { findings: { rule: string; silenced: boolean }[] }) => r.findings.filter((f) => !f.silenced).map((f) => f.rule);
    const before = createDocumentChecker(ctx, slug)(memo);
    expect(rules(before)).not.toContain('confidentiality');
    expect(rules(before)).not.toContain('comp-band');

    const edited = createDocumentChecker(ctx, slug)({ ...memo, sections: { base: 'I am looking for $150k–$160k base.' } });
    expect(edited).not.toBe(before);

    const silenced = createDocumentChecker(ctx, slug)({ ...memo, silencedRules: ['comp-range'] });
    expect(silenced).not.toBe(before);

    ctx.store.updateSettings({ privateTerms: ['Project Falcon'] });
    const withTerms = createDocumentChecker(ctx, slug)(memo);
    expect(rules(withTerms)).toContain('confidentiality');

    ctx.store.updateCompany(slug, (c) => ({ ...c, bandsOverride: { base: { min: 100_000, max: 120_000 }, bonusPercent: null, baseIsRigid: false } }));
    const withBand = createDocumentChecker(ctx, slug)(memo);
    expect(rules(withBand)).toContain('comp-band');
    expect(withBand).toEqual(checkDocument(ctx, { company: slug, ...memo }));
  });

  it('keeps results of two workspaces apart', async () => {
    const a = await setup();
    const b = await setup();
    b.ctx.store.updateSettings({ privateTerms: ['Project Falcon'] });
    const ra = createDocumentChecker(a.ctx, a.slug)(memo);
    const rb = createDocumentChecker(b.ctx, b.slug)(memo);
    expect(ra.findings.some((f) => f.rule === 'confidentiality')).toBe(false);
    expect(rb.findings.some((f) => f.rule === 'confidentiality')).toBe(true);
  });
});
