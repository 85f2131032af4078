// Which files `npm run eval` reports as held-out sets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findHoldoutFiles } from '../../../scripts/eval/holdoutFiles';

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('findHoldoutFiles', () => {
  it('finds every holdout*.jsonl in the folder itself, sorted, and nothing else', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdouts-'));
    for (const name of [
      'holdout2.jsonl',
      'holdout.jsonl',
      'cases.jsonl',
      'holdout.md',
      'x-holdout.jsonl',
    ])
      fs.writeFileSync(path.join(dir, name), '');
    fs.mkdirSync(path.join(dir, 'cases'));
    fs.writeFileSync(path.join(dir, 'cases', 'holdout3.jsonl'), '');
    fs.mkdirSync(path.join(dir, 'holdout-dir.jsonl'));
    expect(findHoldoutFiles(dir).map((f) => path.basename(f))).toEqual([
      'holdout.jsonl',
      'holdout2.jsonl',
    ]);
  });

  it('returns an empty list when there is no held-out file', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdouts-'));
    fs.writeFileSync(path.join(dir, 'template-examples.json'), '{}');
    expect(findHoldoutFiles(dir)).toEqual([]);
  });
});
