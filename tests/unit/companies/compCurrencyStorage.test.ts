// Newcomer 9 §4: the compensation record carries a currency (ISO 4217). Files saved before it
// existed still open, read as US dollars (the form then took dollars only), and are never given a
// currency the candidate did not choose: saving other figures leaves the field out of the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import type { CoreContext } from '../../../src/core/context';
import { companyHandlers } from '../../../src/core/handlers/companyHandlers';
import { buildCompanyView } from '../../../src/core/companies/companyView';
import { checkCompensation } from '../../../src/core/companies/checkCompensation';
import { parseRequest } from '../../../src/shared/api';
import type { CompPackage } from '../../../src/core/workspace/schemas';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const ask: CompPackage = {
  label: 'Ask', base: { min: 105_000, max: 115_000 }, bonusPercent: { min: 10, max: 10 }, bonusDeferredPercent: 0,
  equity: null, signOn: 10_000, relocation: 0, stipendPerYear: 0,
};

describe('compensation currency on disk', () => {
  const open: CoreContext[] = [];
  afterEach(() => {
    for (const ctx of open.splice(0)) ctx.store.close();
  });
  async function workspace(): Promise<{ ctx: CoreContext; root: string }> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-currency-'));
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
    open.push(ctx);
    return { ctx, root };
  }
  const fileOf = (root: string, slug: string) => path.join(root, 'companies', slug, 'dossier.json');
  const onDisk = (root: string, slug: string) => JSON.parse(fs.readFileSync(fileOf(root, slug), 'utf8')) as { schemaVersion: number; compensation: Record<string, unknown> };

  it('opens a file saved before currencies, reads it as dollars, and keeps it without a currency', async () => {
    const { ctx, root } = await workspace();
    const co = ctx.store.createCompany('Revolut (London)', 'fintech');
    const h = companyHandlers(ctx);
    // A record as an older Dossier saved it: figures, no currency field.
    await h['companies.updateCompensation']?.({ slug: co.slug, current: null, ask, benchmarks: [], offers: [] });
    expect(onDisk(root, co.slug).compensation).not.toHaveProperty('currency');
    ctx.store.close();
    open.pop();
    const again = await createCoreContext({ root, shell: 'cli', appRoot });
    open.push(again);
    const view = buildCompanyView(again, co.slug);
    expect(view.company.compensation.ask?.base).toEqual({ min: 105_000, max: 115_000 });
    expect(view.compensation.currency).toMatchObject({ code: 'USD', from: 'saved-before-currencies' });
    // Saving other figures does not write a default currency.
    await companyHandlers(again)['companies.updateCompensation']?.({ slug: co.slug, current: null, ask: { ...ask, signOn: 12_000 }, benchmarks: [], offers: [] });
    expect(onDisk(root, co.slug).compensation).not.toHaveProperty('currency');
    // Choosing one records it, and it stays when later saves do not name it.
    await companyHandlers(again)['companies.updateCompensation']?.({ slug: co.slug, currency: 'GBP', current: null, ask, benchmarks: [], offers: [] });
    expect(onDisk(root, co.slug).compensation.currency).toBe('GBP');
    await companyHandlers(again)['companies.updateCompensation']?.({ slug: co.slug, current: null, ask, benchmarks: ['Monzo'], offers: [] });
    expect(onDisk(root, co.slug).compensation.currency).toBe('GBP');
    const gbp = buildCompanyView(again, co.slug);
    expect(gbp.compensation.currency).toMatchObject({ code: 'GBP', from: 'recorded' });
    expect(gbp.compensation.ask?.assumptions.join(' ')).toContain('British Pound (GBP)');
  });

  it('a new London folder starts in pounds; a Wells Fargo folder in dollars', async () => {
    const { ctx } = await workspace();
    const rev = ctx.store.createCompany('Revolut — Senior PM, Credit ML (London)', 'fintech');
    expect(buildCompanyView(ctx, rev.slug).compensation.currency).toMatchObject({ code: 'GBP', from: 'place' });
    const wf = ctx.store.createCompany('Wells Fargo (London)', 'wells-fargo');
    expect(buildCompanyView(ctx, wf.slug).compensation.currency).toMatchObject({ code: 'USD', from: 'guides' });
  });

  it('a pound ask is never placed in or judged against the US-dollar bands', async () => {
    const { ctx } = await workspace();
    const wf = ctx.store.createCompany('Wells Fargo', 'wells-fargo');
    const high = { ...ask, base: { min: 250_000, max: 265_000 }, bonusPercent: { min: 15, max: 15 } }; // a bonus inside both guides' ranges
    await companyHandlers(ctx)['companies.updateCompensation']?.({ slug: wf.slug, currency: 'GBP', current: null, ask: high, benchmarks: [], offers: [] });
    expect(buildCompanyView(ctx, wf.slug).compensation.askPlacement).toBeNull();
    const gbp = checkCompensation(ctx, { company: wf.slug, ask: high, benchmarks: [], currency: 'GBP' });
    expect(gbp.filter((f) => f.rule === 'comp-band' && f.severity !== 'info')).toEqual([]);
    // The same figures in dollars are above both bands.
    const usd = checkCompensation(ctx, { company: wf.slug, ask: high, benchmarks: [], currency: 'USD' });
    expect(usd.some((f) => f.rule === 'comp-band' && f.severity === 'error')).toBe(true);
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    expect(parseRequest('companies.updateCompensation', { slug: 'x', currency: 'XYZ', current: null, ask: null, benchmarks: [], offers: [] }).ok).toBe(false);
    expect(parseRequest('companies.updateCompensation', { slug: 'x', currency: 'gbp', current: null, ask: null, benchmarks: [], offers: [] }).ok).toBe(false);
    expect(parseRequest('companies.updateCompensation', { slug: 'x', currency: 'GBP', current: null, ask: null, benchmarks: [], offers: [] }).ok).toBe(true);
  });
});
