// The pathological inputs of the robustness issue through the steps that were quadratic: the
// rubric's markup masking, the export tree, heading scans, heading naming, job descriptions and
// container nesting (linearCases.ts). Counted, never timed, so a busy machine cannot make these
// tests flaky:
// - work (workCount.ts: characters regexes scan, key lookups, characters the word segmenter
//   copies, characters marked reads ahead for closers) grows about 4 times from n to 4n when
//   linear and about 16 times when quadratic;
// - work inside one regex attempt (backtracking), which no count from JavaScript can see, is
//   caught by V8's own backtrack counter: a child runs every case at 4n with the flags that hand
//   a regex backtracking more than BACKTRACK_LIMIT times in one attempt to V8's linear engine and
//   name it (no case may trigger it).
// `npm run bench -- bigdoc` times the 1 MB documents.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeOverlappingFindings } from '../../../src/core/rubric/mergeOverlappingFindings';
import type { Finding } from '../../../src/core/rubric/types';
import { CASES } from './linearCases';
import { countWork, workGrowth } from './workCount';
import { bundleChild } from '../workspace/fixtures/bundleChild';
import { removeTempDirs, tempDir } from '../workspace/fixtures/tempDir';

afterAll(removeTempDirs);

/** Backtracks one regex attempt may take on these inputs; the quadratic ones took the text's length (16,000 and more). */
const BACKTRACK_LIMIT = 2000;

describe('work grows linearly with the input (counted)', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => {
    expect(workGrowth(c.run, c.n)).toBeLessThan(c.limit);
  });

  it('the count sees a quadratic step: a loop that scans the rest of the text from each position', () => {
    const rescan = (n: number) => {
      const text = 'a'.repeat(n);
      for (let i = 0; i < n; i += 10) /b/g.exec(text.slice(i));
    };
    expect(workGrowth(rescan, 1000)).toBeGreaterThan(12);
    expect(countWork(() => rescan(1000)).regexChars).toBeGreaterThan(40_000);
  });

  // Every list item of a long section gave one finding of one rule: merging scanned all earlier
  // findings of the rule for each (100,000 items took 73 s). Counted: how often the findings'
  // spans are read, for n and 4n findings (about 4 times more when linear, 16 when quadratic).
  it('merging n findings of one rule and section reads their spans O(n log n) times', () => {
    const reads = (n: number): number => {
      let count = 0;
      const findings = Array.from({ length: n }, (_, i): Finding => {
        const f = {
          rule: 'r', severity: 'warning' as const, section: 'problem', line: i + 1, column: 1, end: 10 * i + (i % 3 === 0 ? 15 : 5),
          excerpt: 'x', message: 'm', why: 'w', suggestion: 's', silenced: false,
        };
        return Object.defineProperty(f, 'start', { enumerable: true, get: () => (count++, 10 * i) }) as Finding;
      });
      const merged = mergeOverlappingFindings(findings, () => '');
      expect(merged.length).toBeLessThan(n);
      return count;
    };
    expect(reads(8000) / reads(2000)).toBeLessThan(6);
  });
});

describe('no regex backtracks in proportion to the text (V8 backtrack counter)', () => {
  const flags = ['--enable-experimental-regexp-engine-on-excessive-backtracks', `--regexp-backtracks-before-fallback=${BACKTRACK_LIMIT}`, '--trace-experimental-regexp-engine'];

  /** Runs `script` under the flags; returns each case's regexes that went past the limit. */
  function backtracking(script: string): { runs: Map<string, string[]>; done: boolean; stderr: string } {
    const out = spawnSync(process.execPath, [...flags, script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const runs = new Map<string, string[]>();
    let current = '';
    for (const line of out.stdout.split('\n')) {
      if (line.startsWith('case ')) runs.set((current = line.slice(5)), []);
      else if (line.startsWith('Experimental execution')) runs.get(current)?.push(line.replace(/^.*<String\[\d+\]: #/, '').replace(/>$/, ''));
    }
    return { runs, done: out.stdout.includes('\ndone\n'), stderr: out.stderr };
  }

  it('every case at 4n stays under the limit in each attempt', () => {
    const script = bundleChild(path.join(import.meta.dirname, 'fixtures', 'backtrackChild.ts'), tempDir(), 'cjs');
    const { runs, done, stderr } = backtracking(script);
    expect(stderr).toBe('');
    expect(done).toBe(true);
    expect([...runs.keys()]).toEqual(Object.keys(CASES));
    expect(Object.fromEntries([...runs].filter(([, regexes]) => regexes.length > 0))).toEqual({});
  });

  it('the flags do catch an end-anchored regex on a long blank run (the check can fail)', () => {
    const dir = tempDir();
    const script = path.join(dir, 'endAnchored.cjs');
    fs.writeFileSync(script, "process.stdout.write('case end-anchored\\n'); /\\s+$/.test('We' + ' '.repeat(20000) + 'x'); process.stdout.write('done\\n');\n");
    const { runs } = backtracking(script);
    expect(runs.get('end-anchored')).toEqual(['\\\\s+$']);
  });
});
