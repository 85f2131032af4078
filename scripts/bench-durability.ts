// `npm run bench -- durability`: 1,000 SIGKILL trials of a child saving documents and the company
// file continuously (tests/unit/workspace/fixtures/durabilityTrials.ts; the unit suite runs 50).
// Every file and backup must parse after each kill and every acknowledged save must be present;
// the counts are reported. DOSSIER_DURABILITY_TRIALS overrides the number of trials.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDurabilityTrials } from '../tests/unit/workspace/fixtures/durabilityTrials';

export async function benchDurability(): Promise<Record<string, unknown>> {
  const trials = Number(process.env.DOSSIER_DURABILITY_TRIALS ?? 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-durability-'));
  const started = performance.now();
  try {
    const counts = await runDurabilityTrials(dir, trials, 2);
    return { ...counts, violations: 0, seconds: Math.round((performance.now() - started) / 100) / 10 };
  } catch (err) {
    return { violations: 1, firstViolation: err instanceof Error ? err.message : String(err) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await benchDurability(), null, 2) + '\n');
}
