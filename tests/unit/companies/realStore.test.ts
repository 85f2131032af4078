// The company handlers over the real on-disk store, in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import { createCoreContext } from '../../../src/core/openContext';
import { companyHandlers } from '../../../src/core/handlers/companyHandlers';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { addSampleCompanies } from '../../../src/core/workspace/addSampleCompanies';
import { parseEvents } from './parseEvents';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const NOW = new Date('2026-11-23T09:00:00Z');
const open: CoreContext[] = [];

async function context(root: string): Promise<CoreContext> {
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot, now: () => NOW });
  open.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
});

describe('company handlers on disk', () => {
  it('seeds, saves, refuses bad input without losing data, and survives a reopen', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-companies-'));
    const ctx = await context(root);
    const h = companyHandlers(ctx);
    const wf = createSeededCompany(ctx, 'Wells Fargo', 'wells-fargo');
    expect(wf.loop).toHaveLength(5);

    const loop = wf.loop.map((r, i) =>
      i === 1
        ? {
            ...r,
            status: 'scheduled' as const,
            scheduledAt: '2026-12-03T14:00',
            timeZone: 'America/New_York',
          }
        : r,
    );
    await h['companies.updateLoop']?.({ slug: wf.slug, loop });
    const good = { base: { min: 150000, max: 200000 }, bonusPercent: null, baseIsRigid: true };
    await h['companies.updateBands']?.({ slug: wf.slug, bands: good });
    await expect(
      h['companies.updateBands']?.({
        slug: wf.slug,
        bands: { ...good, base: { min: 300000, max: 200000 } },
      }),
    ).rejects.toMatchObject({ code: 'bad-request' });
    ctx.store.close();
    open.pop();

    const again = await context(root);
    const h2 = companyHandlers(again);
    const view = await h2['companies.get']?.({ slug: wf.slug });
    expect(view?.company.bandsOverride).toEqual(good);
    expect(view?.bands.source).toBe('your edits');
    expect(view?.nextRound).toMatchObject({ roundName: 'PM case study', daysUntil: 10 });
    const cal = await h2['companies.calendar']?.({ slug: wf.slug });
    expect(parseEvents(cal?.ics ?? '').map((e) => new Date(e.start).toISOString())).toEqual([
      '2026-12-03T19:00:00.000Z',
    ]);
  });

  it('builds a dashboard over the sample workspace', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-companies-'));
    const ctx = await context(root);
    addSampleCompanies(ctx);
    const dash = await companyHandlers(ctx)['dashboard.get']?.({});
    expect(dash?.companies.length).toBeGreaterThan(0);
    for (const c of dash?.companies ?? []) {
      for (const d of c.documents)
        expect(d.score === null || (d.score >= 0 && d.score <= 100)).toBe(true);
    }
    expect(dash?.suggestions.length).toBeGreaterThan(0);
  });
});
