// Crash safety of the whole store, backups included: 50 SIGKILLs of a child saving documents and
// the company file continuously (fixtures/durabilityTrials.ts; `npm run bench -- durability` runs
// 1,000). After every kill each workspace file and each backup parses and validates, and every
// acknowledged save is on disk.
import { afterAll, describe, expect, it } from 'vitest';
import { runDurabilityTrials } from './fixtures/durabilityTrials';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

afterAll(removeTempDirs);

describe('crash safety under SIGKILL', () => {
  it('50 kills while saving: every file and backup parses, every acknowledged save is present', async () => {
    const counts = await runDurabilityTrials(tempDir('dossier-crash-'), 50);
    expect(counts.trials).toBe(50);
    expect(counts.savesAcknowledged).toBeGreaterThan(0);
    expect(counts.backupsChecked).toBeGreaterThan(0);
    // Kills do land mid-save (otherwise the test would prove nothing).
    expect(counts.killedMidSave).toBeGreaterThan(0);
    // Interrupted backups never pile up: each backup write clears the folder's leftovers first.
    expect(counts.maxTempFilesInOneBackupFolder).toBeLessThanOrEqual(1);
  }, 120_000);
});
