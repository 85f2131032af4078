// Atomic, durable saves under SIGKILL, crashed at every step rather than at random moments: a
// child saves a fixed run of versions and kills itself at file-system step k (crashPoints.ts:
// before each create, write, rename and removal, and half-way through each write), for every k
// of the run. After each crash the file must parse, validate, and hold a version between the last
// acknowledged and the last attempted one; backups must parse too. Deterministic: a busy machine
// makes the test slower, never different. The children are esbuild bundles run by plain `node`.
// `npm run bench -- durability` still kills at random moments, 1,000 times.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleChild } from './fixtures/bundleChild';
import { crashAtEveryStep } from './fixtures/crashAtEveryStep';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { docInput } from './fixtures/docInput';
import { parseDossierFile } from '../../../src/core/workspace/parseDossierFile';
import { BACKUPS_TO_KEEP, backupDir, listBackups } from '../../../src/core/workspace/backups';

const here = import.meta.dirname;

afterAll(removeTempDirs);

describe('atomic save, crashed at every step', () => {
  it('the lowdb adapter leaves a whole old or new file wherever a write is killed', async () => {
    const dir = tempDir();
    const script = bundleChild(path.join(here, 'fixtures', 'adapterCrashChild.ts'), dir);
    const WRITES = 3;
    const counts = await crashAtEveryStep(
      script,
      (step) => {
        const lane = fs.mkdtempSync(path.join(dir, `step-${step}-`));
        const file = path.join(lane, 'data.json');
        fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, version: 0, padding: '', check: 'end-0' }));
        return [file, '1', String(WRITES)];
      },
      (_step, report, [file]) => {
        const data = JSON.parse(fs.readFileSync(file!, 'utf8')) as { version: number; check: string };
        expect(data.check).toBe(`end-${data.version}`);
        const acked = report.acks.get('') ?? 0;
        expect(data.version).toBeGreaterThanOrEqual(acked);
        expect(data.version).toBeLessThanOrEqual(report.pending?.v ?? acked);
        // Temp files of killed writes are left beside the file, never in its place.
        for (const name of fs.readdirSync(path.dirname(file!))) expect(name === 'data.json' || name.endsWith('.tmp')).toBe(true);
      },
    );
    // Each write: create the temp file, write it (before and half-way), rename it over the file.
    expect(counts.steps).toBe(WRITES * 4);
    expect(counts.halfWrites).toBe(WRITES);
    expect(counts.midSave).toBe(counts.steps);
  }, 120_000);

  it('the store, crashed at every step of three saves, reopens with the last good version and readable backups', async () => {
    const template = tempDir();
    const store = openWorkspace(template);
    const company = store.createCompany('Acme Bank', null);
    const doc = store.createDocument(docInput(company.slug, { title: 'v0', sections: { problem: '' } }));
    // A full set of backups, so the saves under test also prune the oldest.
    for (let v = 1; v <= BACKUPS_TO_KEEP; v++) store.updateDocument(company.slug, doc.id, null, (d) => ({ ...d, title: `v${v}` }));
    store.close();
    const rel = `companies/${company.slug}/documents/${doc.id}.json`;
    const script = bundleChild(path.join(here, 'fixtures', 'crashChild.ts'), tempDir());
    const SAVES = 3;
    const first = BACKUPS_TO_KEEP + 1;
    const counts = await crashAtEveryStep(
      script,
      (step) => {
        const root = path.join(path.dirname(template), `${path.basename(template)}-step-${step}`);
        fs.cpSync(template, root, { recursive: true });
        return [root, company.slug, doc.id, String(first), String(SAVES)];
      },
      (step, report, [root]) => {
        try {
          const parsed = parseDossierFile('document', fs.readFileSync(path.join(root!, rel), 'utf8'), rel);
          if (!parsed.ok) throw new Error(`After crashing at ${report.crashedAt}: ${parsed.message}`);
          const saved = Number(parsed.data.title.slice(1));
          const acked = report.acks.get('') ?? first - 1;
          expect(saved).toBeGreaterThanOrEqual(acked);
          expect(saved).toBeLessThanOrEqual(report.pending?.v ?? acked);
          // Every backup left behind parses and validates (a killed backup is a temp file, never torn).
          const backups = listBackups(root!, rel);
          expect(backups.length).toBeGreaterThan(0);
          for (const name of backups) {
            const backup = parseDossierFile('document', fs.readFileSync(path.join(backupDir(root!, rel), name), 'utf8'), rel);
            if (!backup.ok) throw new Error(`After crashing at ${report.crashedAt}, backup ${name}: ${backup.message}`);
          }
          const reopened = openWorkspace(root!); // the killed child's lock is stale
          try {
            expect(reopened.problems()).toEqual([]);
            // Temp files of interrupted saves are cleared by the next writer.
            expect(fs.readdirSync(path.dirname(path.join(root!, rel))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
            expect(reopened.getDocument(company.slug, doc.id).title).toBe(`v${saved}`);
          } finally {
            reopened.close();
          }
        } finally {
          fs.rmSync(root!, { recursive: true, force: true });
        }
        expect(step).toBeGreaterThan(0);
      },
    );
    expect(counts.steps).toBeGreaterThanOrEqual(SAVES * 8); // the file and its backup, each written durably
    expect(counts.halfWrites).toBeGreaterThanOrEqual(SAVES * 2);
    expect(counts.midSave).toBe(counts.steps);
  }, 120_000);
});
