// The held-out rubric sets: every `holdout*.jsonl` directly in the gold folder (holdout.jsonl,
// holdout2.jsonl …). Each is reported apart by `npm run eval`, never gating.
import fs from 'node:fs';
import path from 'node:path';

const HOLDOUT_FILE = /^holdout[^/\\]*\.jsonl$/;

/**
 * The held-out files in `goldDir`, as absolute paths sorted by file name (holdout.jsonl before
 * holdout2.jsonl). Sub-folders are not searched. An empty list when there are none; throws only
 * when `goldDir` itself cannot be read.
 */
export function findHoldoutFiles(goldDir: string): string[] {
  return fs
    .readdirSync(goldDir, { withFileTypes: true })
    .filter((e) => e.isFile() && HOLDOUT_FILE.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => path.join(goldDir, name));
}
