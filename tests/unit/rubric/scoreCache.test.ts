// Overview scores persist in .dossier/scores.json by content hash: the dashboard of a new session
// reads them instead of checking every document again, gives the same scores as live checks, and
// ignores a cache made by other rules or a broken file (rebuilding it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreContext } from '../../../src/core/openContext';
import { createHandlers } from '../../../src/core/handlers/index';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import { closeScoreCaches } from '../../../src/core/rubric/scoreCache';
import type { CoreContext } from '../../../src/core/context';
import type { Handlers } from '../../../src/shared/api';
import { appRoot } from './ruleHarness';

const open: CoreContext[] = [];
afterEach(() => {
  for (const ctx of open.splice(0)) ctx.store.close();
  closeScoreCaches();
});

async function session(root: string): Promise<{ ctx: CoreContext; h: Handlers }> {
  closeScoreCaches(); // a new process: nothing in memory
  const ctx = await createCoreContext({ root, shell: 'browser', appRoot });
  open.push(ctx);
  return { ctx, h: createHandlers(ctx) as Handlers };
}

interface CacheFile {
  format: number;
  rules: string;
  scores: Record<string, number>;
}

const cacheFile = (root: string) => path.join(root, '.dossier', 'scores.json');
const readCache = (root: string) => JSON.parse(fs.readFileSync(cacheFile(root), 'utf8')) as CacheFile;

async function workspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-scores-'));
  const { ctx, h } = await session(root);
  const slug = ctx.store.createCompany('Acme', 'wells-fargo').slug;
  const texts = ['Worked on a model that helped a lot.', 'Cut fraud losses from $4.1M to $2.9M a year after model risk signed off.'];
  const ids: string[] = [];
  for (const text of texts) {
    const doc = ctx.store.createDocument({
      schemaVersion: 1,
      templateId: 'impact-brief',
      templateVersion: 1,
      title: text.slice(0, 20),
      company: slug,
      sections: { problem: text, outcome: text },
      tags: [],
      silencedRules: [],
      design: null,
      createdAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
      history: [],
      rehearsals: [],
    });
    ids.push(doc.id);
  }
  ctx.store.close();
  open.splice(open.indexOf(ctx), 1);
  return { root, slug, ids, h };
}

const scoresOf = async (h: Handlers, slug: string) =>
  Object.fromEntries((await h['documents.list']({ company: slug, scores: true })).map((d) => [d.id, d.score]));

describe('the score cache', () => {
  it('is written by an overview, read by the next session, and matches live checks', async () => {
    const { root, slug, ids } = await workspace();
    const first = await session(root);
    const live = await scoresOf(first.h, slug);
    for (const id of ids) {
      const doc = first.ctx.store.getDocument(slug, id);
      expect(live[id]).toBe(checkDocument(first.ctx, { company: slug, templateId: doc.templateId, sections: doc.sections, silencedRules: doc.silencedRules }).score);
    }
    expect(new Set(Object.values(live)).size).toBe(2);
    first.ctx.store.close();
    closeScoreCaches();
    const written = readCache(root);
    // Beside each score, coverage keeps which competencies the document's big mistakes undermine.
    const scores = Object.entries(written.scores).filter(([k]) => !k.endsWith('|undermined'));
    expect(scores.map(([, v]) => v).sort()).toEqual(Object.values(live).sort());
    expect(Object.keys(written.scores).filter((k) => k.endsWith('|undermined'))).toHaveLength(scores.length);

    // Proof the next session reads the file: a score changed in it is what the overview shows.
    const digest = scores[0]?.[0] as string;
    fs.writeFileSync(cacheFile(root), JSON.stringify({ ...written, scores: { ...written.scores, [digest]: 7 } }));
    const second = await session(root);
    expect(Object.values(await scoresOf(second.h, slug))).toContain(7);
  });

  it('ignores a cache made by other rules, and rebuilds a broken one', async () => {
    const { root, slug } = await workspace();
    const first = await session(root);
    const live = await scoresOf(first.h, slug);
    first.ctx.store.close();
    closeScoreCaches();
    const written = readCache(root);
    const tampered = Object.fromEntries(Object.keys(written.scores).map((k) => [k, 7]));

    fs.writeFileSync(cacheFile(root), JSON.stringify({ ...written, rules: 'other-rules', scores: tampered }));
    const stale = await session(root);
    expect(await scoresOf(stale.h, slug)).toEqual(live);
    stale.ctx.store.close();
    closeScoreCaches();
    expect(readCache(root).rules).toBe(written.rules);

    fs.writeFileSync(cacheFile(root), '{"format": 1, "rules": ');
    const broken = await session(root);
    expect(await scoresOf(broken.h, slug)).toEqual(live);
    broken.ctx.store.close();
    closeScoreCaches();
    expect(readCache(root).scores).toEqual(written.scores);
  });
});
