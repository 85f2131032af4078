import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import { companyHandlers } from '../../../src/core/handlers/companyHandlers';
import { seedFromProfile } from '../../../src/core/companies/seed';
import { CompPackage } from '../../../src/core/workspace/schemas';
import type { LoopRound } from '../../../src/core/workspace/schemas';
import type { Handlers } from '../../../src/shared/api';
import { parseRequest } from '../../../src/shared/api';
import { MemoryStore, addDocument } from './memoryStore';
import { parseEvents } from './parseEvents';

// Scores come from the text ("SCORE:55"); "BROKEN" makes the check fail so the snapshot is used.
vi.mock('../../../src/core/rubric/checkDocument', () => {
  const checkDocument = (
    _ctx: unknown,
    input: { company: string | null; templateId: string; sections: Record<string, string> },
  ) => {
    const text = Object.values(input.sections).join(' ');
    if (text.includes('BROKEN')) throw new Error('rubric failed');
    const score = Number(/SCORE:(\d+)/.exec(text)?.[1] ?? 90);
    return {
      template: input.templateId,
      company: input.company,
      score,
      wordCount: 0,
      speakingSeconds: null,
      findings: [],
    };
  };
  return {
    checkDocument,
    createDocumentChecker:
      (ctx: unknown, company: string | null) =>
      (doc: { templateId: string; sections: Record<string, string> }) =>
        checkDocument(ctx, { company, ...doc }),
    createScoreChecker:
      (ctx: unknown, company: string | null) =>
      (doc: { templateId: string; sections: Record<string, string> }) =>
        checkDocument(ctx, { company, ...doc }).score,
    createReadinessChecker:
      (ctx: unknown, company: string | null) =>
      (doc: { templateId: string; sections: Record<string, string> }) => ({ score: checkDocument(ctx, { company, ...doc }).score, undermined: new Map() }),
  };
});

const appRoot = path.resolve(import.meta.dirname, '../../..');
const NOW = new Date('2026-11-23T09:00:00Z');

let store: MemoryStore;
let ctx: CoreContext;
let h: Partial<Handlers>;

function call<K extends keyof Handlers>(name: K, req: unknown): ReturnType<Handlers[K]> {
  const parsed = parseRequest(name, req);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const fn = h[name];
  if (!fn) throw new Error(`no handler ${name}`);
  return fn(parsed.data) as ReturnType<Handlers[K]>;
}

function newCompany(name: string, profileId: string | null) {
  return store.createCompany(name, profileId, seedFromProfile(ctx, profileId, 'America/New_York'));
}

beforeEach(() => {
  store = new MemoryStore(() => NOW);
  ctx = { store, shell: 'cli', appRoot, printer: null, now: () => NOW };
  h = companyHandlers(ctx);
});

describe('companies.get', () => {
  it('derives next round, coverage, checklist progress, comp totals and band placement', async () => {
    const wf = newCompany('Wells Fargo', 'wells-fargo');
    store.updateCompany(wf.slug, (c) => ({
      ...c,
      loop: c.loop.map((r, i) =>
        i === 1 ? { ...r, status: 'scheduled', scheduledAt: '2026-12-03T14:00' } : r,
      ),
      checklist: c.checklist.map((item, i) => ({ ...item, done: i < 2 })),
      compensation: {
        ...c.compensation,
        ask: CompPackage.parse({
          base: { min: 180000, max: 230000 },
          bonusPercent: { min: 15, max: 15 },
        }),
      },
    }));
    addDocument(store, wf.slug, {
      id: 'd1',
      title: 'Impact brief',
      tags: ['product-vision', 'regulatory-acumen'],
      text: 'SCORE:62',
    });
    addDocument(store, wf.slug, { id: 'd2', title: 'Kill story', tags: ['product-vision'] });

    const view = await call('companies.get', { slug: wf.slug });
    expect(view.profile?.id).toBe('wells-fargo');
    expect(view.nextRound).toMatchObject({
      roundName: 'PM case study',
      daysUntil: 10,
      startsAt: '2026-12-03T19:00:00.000Z',
    });
    expect(view.checklistProgress).toEqual({ done: 2, total: view.company.checklist.length });
    expect(view.coverage.gaps).toContain('regulatory-acumen');
    expect(view.coverage.gaps).not.toContain('product-vision');
    expect(view.compensation.ask?.firstYear).toEqual({ min: 207000, max: 264500 });
    expect(view.compensation.askPlacement?.floor.position).toBe('inside');
    expect(view.compensation.askPlacement?.stretch).toMatchObject({
      position: 'above',
      distance: 20000,
    });
    expect(view.bands).toMatchObject({
      source: 'wf-en',
      baseIsRigid: true,
      rigidSource: 'wf-zh',
    });
    expect(view.readiness.map((d) => [d.id, d.score, d.scoreFrom])).toEqual([
      ['d1', 62, 'live'],
      ['d2', 90, 'live'],
    ]);
    expect(view.warnings).toEqual([]);
    expect(view.jobDescriptionMatch).toBeNull();
  });

  it('falls back to the snapshot score when the live check fails', async () => {
    const c = newCompany('Acme', null);
    addDocument(store, c.slug, { id: 'b', title: 'Broken', text: 'BROKEN' });
    addDocument(store, c.slug, { id: 'n', title: 'Never scored', text: 'BROKEN' });
    store.lastScores.set('b', 71);
    const view = await call('companies.get', { slug: c.slug });
    expect(view.readiness.map((d) => [d.score, d.scoreFrom])).toEqual([
      [71, 'snapshot'],
      [null, 'none'],
    ]);
    expect(view.profile).toBeNull();
    expect(view.bands.base).toBeNull();
    expect(view.compensation.askPlacement).toBeNull();
  });
});

describe('updates refuse bad input and keep what was saved', () => {
  it('refuses a band with min above max, naming the field', async () => {
    const c = newCompany('Acme', null);
    await call('companies.updateBands', {
      slug: c.slug,
      bands: { base: { min: 150000, max: 200000 }, bonusPercent: null, baseIsRigid: false },
    });
    await expect(
      call('companies.updateBands', {
        slug: c.slug,
        bands: { base: { min: 250000, max: 200000 }, bonusPercent: null, baseIsRigid: true },
      }),
    ).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^bands\.base: The lowest base/),
    });
    expect(store.getCompany(c.slug).bandsOverride).toEqual({
      base: { min: 150000, max: 200000 },
      bonusPercent: null,
      baseIsRigid: false,
    });
  });

  it('refuses an absurd base in an offer', async () => {
    const c = newCompany('Acme', null);
    const before = store.writes;
    await expect(
      call('companies.updateCompensation', {
        slug: c.slug,
        current: null,
        ask: null,
        benchmarks: [],
        offers: [{ base: { min: 150000, max: 50_000_000 } }],
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^offers\.0\.base\.max: .*looks like a typo/),
    });
    expect(store.writes).toBe(before);
  });

  it('saves compensation and trims benchmarks', async () => {
    const c = newCompany('Acme', null);
    const saved = await call('companies.updateCompensation', {
      slug: c.slug,
      current: { base: { min: 140000, max: 140000 } },
      ask: null,
      benchmarks: [' Chase ', ''],
      offers: [],
    });
    expect(saved.compensation.benchmarks).toEqual(['Chase']);
    expect(saved.compensation.current?.base).toEqual({ min: 140000, max: 140000 });
    expect(saved.updatedAt).toBe(NOW.toISOString());
  });

  it('saves a loop with a past date but shows a warning', async () => {
    const c = newCompany('Wells Fargo', 'wells-fargo');
    const loop = c.loop.map((r, i) =>
      i === 0 ? { ...r, status: 'scheduled' as const, scheduledAt: '2026-11-20T10:00' } : r,
    );
    const saved = await call('companies.updateLoop', { slug: c.slug, loop });
    expect(saved.loop[0]?.scheduledAt).toBe('2026-11-20T10:00');
    const view = await call('companies.get', { slug: c.slug });
    expect(view.warnings[0]?.message).toMatch(/already passed/);
  });

  it('refuses a loop with an impossible date', async () => {
    const c = newCompany('Wells Fargo', 'wells-fargo');
    const loop = c.loop.map((r, i) => (i === 0 ? { ...r, scheduledAt: '2026-13-40T10:00' } : r));
    await expect(call('companies.updateLoop', { slug: c.slug, loop })).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^loop\.0\.scheduledAt: /),
    });
    expect(store.getCompany(c.slug).loop[0]?.scheduledAt).toBeNull();
  });

  it('saves a checklist', async () => {
    const c = newCompany('JPMorgan Chase', 'jpmorgan');
    const checklist = c.checklist.map((i) => ({ ...i, done: true }));
    const saved = await call('companies.updateChecklist', { slug: c.slug, checklist });
    expect(saved.checklist.every((i) => i.done)).toBe(true);
  });
});

describe('job description, calendar, profiles, rehearsals', () => {
  it('saves the job description and matches it against documents', async () => {
    const c = newCompany('Wells Fargo', 'wells-fargo');
    addDocument(store, c.slug, {
      id: 'd1',
      title: 'Brief',
      text: 'Independent validation signed off under SR 11-7.',
    });
    const match = await call('companies.setJobDescription', {
      slug: c.slug,
      text: 'Partner with independent validation under SR 11-7 and keep the model inventory current. Fair lending matters.',
    });
    expect(store.getCompany(c.slug).jobDescription).toMatch(/^Partner/);
    expect(match.terms.find((t) => t.term === 'SR 11-7')?.coveredBy).toEqual(['d1']);
    expect(match.uncovered).toEqual(expect.arrayContaining(['Model inventory', 'Fair lending']));
    const view = await call('companies.get', { slug: c.slug });
    expect(view.jobDescriptionMatch?.terms.find((t) => t.term === 'SR 11-7')?.coveredBy).toEqual([
      'd1',
    ]);
  });

  it('builds a calendar file of the scheduled rounds', async () => {
    const c = newCompany('Wells Fargo', 'wells-fargo');
    const loop: LoopRound[] = c.loop.map((r, i) =>
      i === 0
        ? { ...r, status: 'scheduled', scheduledAt: '2026-12-01T09:00', timeZone: 'Europe/London' }
        : r,
    );
    await call('companies.updateLoop', { slug: c.slug, loop });
    const { fileName, ics } = await call('companies.calendar', { slug: c.slug });
    expect(fileName).toBe('wells-fargo-interviews.ics');
    const events = parseEvents(ics);
    expect(events).toHaveLength(1);
    expect(events[0] && new Date(events[0].start).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('lists profiles', async () => {
    const { profiles, problems } = await call('profiles.list', {});
    expect(problems).toEqual([]);
    expect(profiles).toHaveLength(4);
  });

  it('logs a rehearsal on the document', async () => {
    const c = newCompany('Acme', null);
    addDocument(store, c.slug, { id: 'memo', title: 'Comp memo' });
    const doc = await call('documents.logRehearsal', { company: c.slug, id: 'memo', seconds: 104 });
    expect(doc.rehearsals).toEqual([{ at: NOW.toISOString(), seconds: 104 }]);
    const again = await call('documents.logRehearsal', {
      company: c.slug,
      id: 'memo',
      seconds: 98,
    });
    expect(again.rehearsals.map((r) => r.seconds)).toEqual([104, 98]);
  });
});

describe('dashboard.get', () => {
  it('puts rounds on one timeline and suggests what to do next', async () => {
    const wf = newCompany('Wells Fargo', 'wells-fargo');
    const jp = newCompany('JPMorgan Chase', 'jpmorgan');
    const old = newCompany('Old Co', null);
    store.updateCompany(old.slug, (c) => ({ ...c, archived: true }));
    store.updateCompany(wf.slug, (c) => ({
      ...c,
      loop: c.loop.map((r, i) =>
        i === 0 ? { ...r, status: 'scheduled', scheduledAt: '2026-12-05T10:00' } : r,
      ),
    }));
    store.updateCompany(jp.slug, (c) => ({
      ...c,
      loop: c.loop.map((r, i) =>
        i === 0 ? { ...r, status: 'scheduled', scheduledAt: '2026-11-30T10:00' } : r,
      ),
    }));
    addDocument(store, wf.slug, {
      id: 'low',
      title: 'Weak brief',
      text: 'SCORE:41',
      tags: ['product-vision'],
    });
    addDocument(store, jp.slug, { id: 'ok', title: 'Good brief', text: 'SCORE:88' });

    const dash = await call('dashboard.get', {});
    expect(dash.timeline.map((t) => [t.company, t.roundName, t.daysUntil])).toEqual([
      ['jpmorgan-chase', 'Recruiter screen', 7],
      ['wells-fargo', 'Recruiter screen', 12],
    ]);
    expect(dash.companies.map((c) => c.slug)).toEqual(['wells-fargo', 'jpmorgan-chase']);
    expect(dash.companies[0]).toMatchObject({ averageScore: 41, unscheduledRounds: 4 });
    // The soonest company's least ready round comes first, then the lowest score.
    expect(dash.suggestions[0]).toMatchObject({ kind: 'round-readiness', company: 'jpmorgan-chase', roundId: 'recruiter-screen' });
    expect(dash.suggestions[0]?.text).toMatch(/Recruiter screen at JPMorgan Chase is 0% ready \(0 of \d+ questions answered\)\. Next: Answer “/);
    expect(dash.suggestions.find((s) => s.kind === 'low-score')).toMatchObject({ documentId: 'low' });
    expect(dash.suggestions.find((s) => s.kind === 'low-score')?.text).toMatch(/scores 41 out of 100/);
    expect(dash.companies[1]?.rounds.map((r) => r.roundId)).toEqual(['recruiter-screen', 'ml-fundamentals', 'product-sense', 'risk-governance', 'cross-functional-onsite']);
    const kinds = dash.suggestions.map((s) => s.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['round-readiness', 'low-score', 'coverage-gap', 'unscheduled-round', 'checklist']),
    );
    // JPMorgan's round is sooner, so its gaps come first
    expect(dash.suggestions.find((s) => s.kind === 'coverage-gap')?.company).toBe('jpmorgan-chase');
    // Each gap ends in a grammatical request ("one more that does", newcomer 9: "one more that do").
    for (const gap of dash.suggestions.filter((s) => s.kind === 'coverage-gap')) {
      expect(gap.text).toMatch(/(?:Prepare two documents that do|Prepare one more that does)\.$/);
    }
  });

  it('is empty for an empty workspace', async () => {
    expect(await call('dashboard.get', {})).toEqual({
      timeline: [],
      companies: [],
      suggestions: [],
    });
  });
});
