// Crash safety of the whole store, backups included: a child saves three documents and the
// company file (five saves, fixtures/savingChild.ts) and is crashed at every file-system step of
// them in turn (fixtures/crashAtEveryStep.ts), not at random moments, so a busy machine cannot
// change what is proved. After every crash each workspace file and each backup parses and
// validates, every acknowledged save is on disk, and the next open clears what the crash left.
// `npm run bench -- durability` still kills at random moments, 1,000 times.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleChild } from './fixtures/bundleChild';
import { crashAtEveryStep } from './fixtures/crashAtEveryStep';
import { newLane, verify, walk } from './fixtures/durabilityTrials';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';

afterAll(removeTempDirs);

describe('crash safety, crashed at every step', () => {
  it('five saves of three documents and the company: every file and backup parses, every acknowledged save is present', async () => {
    const dir = tempDir('dossier-crash-');
    const script = bundleChild(path.join(import.meta.dirname, 'fixtures', 'savingChild.ts'), dir);
    const template = newLane(fs.mkdtempSync(path.join(dir, 'template-')));
    let backupsChecked = 0;
    let tempFilesAfterCrash = 0;
    const counts = await crashAtEveryStep(
      script,
      (step) => {
        const root = path.join(dir, `step-${step}`);
        fs.cpSync(template.root, root, { recursive: true });
        return [root, template.slug, '1', ...template.ids];
      },
      (_step, report, [root]) => {
        const lane = { ...template, root: root!, acked: report.acks };
        const [, backups, temps] = verify(lane);
        backupsChecked += backups;
        tempFilesAfterCrash += temps;
        openWorkspace(root!).close(); // takes over the stale lock and clears what the crash left
        const perFolder = new Map<string, number>();
        for (const abs of walk(root!).filter((f) => f.endsWith('.tmp'))) {
          const rel = path.relative(root!, abs);
          // Interrupted backups never pile up: each backup write clears the folder's leftovers first.
          expect(rel.startsWith(path.join('.dossier', 'backups'))).toBe(true);
          perFolder.set(path.dirname(abs), (perFolder.get(path.dirname(abs)) ?? 0) + 1);
        }
        expect(Math.max(0, ...perFolder.values())).toBeLessThanOrEqual(1);
        fs.rmSync(root!, { recursive: true, force: true });
      },
      { DOSSIER_SAVES: '5' },
    );
    // Each save writes the file and a backup, each durably (temp file, write, rename).
    expect(counts.steps).toBeGreaterThanOrEqual(5 * 8);
    expect(counts.halfWrites).toBeGreaterThanOrEqual(5 * 2);
    expect(counts.midSave).toBe(counts.steps);
    expect(backupsChecked).toBeGreaterThan(0);
    expect(tempFilesAfterCrash).toBeGreaterThan(0);
  }, 120_000);
});
