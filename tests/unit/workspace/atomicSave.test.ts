// Atomic, durable saves under SIGKILL. A child process saves versions 1..N in a loop and is
// killed at a random moment; the file must then parse, validate, and hold a version between the
// last acknowledged and the last attempted one. The children are esbuild bundles run by plain
// `node` (a tsx start per kill would cost far more than the test budget).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleChild } from './fixtures/bundleChild';
import { runUntilKilled } from './fixtures/runUntilKilled';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { docInput } from './fixtures/docInput';
import { parseDossierFile } from '../../../src/core/workspace/parseDossierFile';

const here = import.meta.dirname;
const ITERATIONS = Number(process.env.DOSSIER_CRASH_ITERATIONS ?? 200);
const PARALLEL = 6;

afterAll(removeTempDirs);

/** Runs `count` jobs, `parallel` at a time; each job is told which worker (lane) runs it. */
async function pool(count: number, parallel: number, job: (lane: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async (_, lane) => {
      while (next < count) {
        next++;
        await job(lane);
      }
    }),
  );
}

describe('atomic save under SIGKILL', () => {
  it(`the lowdb adapter leaves a whole old or new file after ${ITERATIONS} kills`, async () => {
    const dir = tempDir();
    const script = bundleChild(path.join(here, 'fixtures', 'adapterCrashChild.ts'), dir);
    const versions = new Array<number>(PARALLEL).fill(0);
    let killedMidLoop = 0;
    for (let lane = 0; lane < PARALLEL; lane++) {
      fs.writeFileSync(path.join(dir, `lane-${lane}.json`), JSON.stringify({ schemaVersion: 1, version: 0, padding: '', check: 'end-0' }));
    }
    await pool(ITERATIONS, PARALLEL, async (lane) => {
      const file = path.join(dir, `lane-${lane}.json`);
      const before = versions[lane]!;
      const report = await runUntilKilled(script, [file, String(before + 1)], Math.random() * 40);
      expect(report.stderr).toBe('');
      const text = fs.readFileSync(file, 'utf8');
      const data = JSON.parse(text) as { version: number; check: string; schemaVersion: number };
      expect(data.check).toBe(`end-${data.version}`);
      expect(data.version).toBeGreaterThanOrEqual(report.lastAck ?? before);
      expect(data.version).toBeLessThanOrEqual(report.lastTry ?? before);
      if (report.lastTry !== report.lastAck) killedMidLoop++;
      versions[lane] = data.version;
    });
    // Temp files of killed writes are left beside the file, never in its place.
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) expect(name).toMatch(/^lane-\d\.json$/);
    expect(killedMidLoop).toBeGreaterThan(0);
  }, 120_000);

  it('the store, killed while saving a document, reopens with a valid document and takes over the stale lock', async () => {
    const root = tempDir();
    const store = openWorkspace(root);
    const company = store.createCompany('Acme Bank', null);
    const doc = store.createDocument(docInput(company.slug, { title: 'v0', sections: { problem: '' } }));
    store.close();
    const script = bundleChild(path.join(here, 'fixtures', 'crashChild.ts'), tempDir());
    const rel = `companies/${company.slug}/documents/${doc.id}.json`;
    let version = 0;
    for (let i = 0; i < 12; i++) {
      const report = await runUntilKilled(script, [root, company.slug, doc.id, String(version + 1)], Math.random() * 60);
      expect(report.stderr).toBe('');
      const parsed = parseDossierFile('document', fs.readFileSync(path.join(root, rel), 'utf8'), rel);
      if (!parsed.ok) throw new Error(parsed.message);
      const saved = Number(parsed.data.title.slice(1));
      expect(saved).toBeGreaterThanOrEqual(report.lastAck ?? version);
      expect(saved).toBeLessThanOrEqual(report.lastTry ?? version);
      version = saved;
    }
    const reopened = openWorkspace(root); // the killed child's lock is stale
    expect(reopened.problems()).toEqual([]);
    // Temp files of interrupted saves are cleared by the next writer.
    expect(fs.readdirSync(path.dirname(path.join(root, rel))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(reopened.getDocument(company.slug, doc.id).title).toBe(`v${version}`);
    reopened.close();
  }, 120_000);
});
