// A one-shot `dossier check` of a page runs without V8's regexp and function optimisations
// (src/cli/checkV8Flags.ts): chosen from the file's size, and changing no finding.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNOPTIMISED_MAX_BYTES, checkV8Flags } from '../../../src/cli/checkV8Flags';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

describe('checkV8Flags', () => {
  it('turns the optimisations off for a file of a page or a few, and leaves them on for a large one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-regexp-'));
    try {
      fs.writeFileSync(path.join(dir, 'page.md'), 'x'.repeat(4000));
      fs.writeFileSync(path.join(dir, 'edge.md'), 'x'.repeat(UNOPTIMISED_MAX_BYTES));
      fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(UNOPTIMISED_MAX_BYTES + 1));
      fs.mkdirSync(path.join(dir, 'folder.md'));
      const off = ['--no-regexp-optimization', '--no-opt'];
      expect(checkV8Flags(['page.md'], dir)).toEqual(off);
      expect(checkV8Flags([path.join(dir, 'page.md'), '--json', '--company', 'amex'], '/')).toEqual(off);
      expect(checkV8Flags(['edge.md'], dir)).toEqual(off);
      expect(checkV8Flags(['big.md'], dir)).toEqual([]);
      // Nothing to size: the command itself reports the problem.
      expect(checkV8Flags(['missing.md'], dir)).toEqual([]);
      expect(checkV8Flags(['folder.md'], dir)).toEqual([]);
      expect(checkV8Flags([], dir)).toEqual([]);
      expect(checkV8Flags(['page.md', '--bogus'], dir)).toEqual([]);
      expect(checkV8Flags(['page.md', 'page.md'], dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('changes no finding or score: every gold case and fixture brief checks the same with and without the optimisations', () => {
    const script = path.join(import.meta.dirname, 'fixtures', 'corpusFindings.ts');
    const run = (flags: string[]) => {
      const res = spawnSync(process.execPath, [...flags, '--import', 'tsx', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      return res.stdout;
    };
    // As the CLI runs a check of a page (bin/cliBuild.cjs's flags plus these), and with V8's defaults.
    const unoptimised = run(['--no-regexp-tier-up', '--no-regexp-optimization', '--no-opt']);
    const optimised = run([]);
    const cases = JSON.parse(optimised) as [string, number, unknown[]][];
    expect(cases.length).toBeGreaterThan(1000);
    expect(cases.reduce((n, [, , findings]) => n + findings.length, 0)).toBeGreaterThan(1000);
    expect(unoptimised === optimised).toBe(true);
  }, 120_000);
});
