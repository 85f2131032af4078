// `npm run bench -- fuzz`: a nightly-size run of the hostile-input families (tests/unit/fuzz):
// 20,000 generated documents (DOSSIER_FUZZ_INPUTS overrides), nine in ten at the unit suite's
// sizes and one in ten large (up to ~250 KB: 8,000-level nesting, 60,000-unit lines), each
// parsed, checked and exported to DOCX and HTML. Reports per family: inputs, failures (a crash or
// a leaked internal message), inputs over 1 s and over 5 s, p99 and max time, and the first
// failures and slowest inputs (family, size, start) so they can be reproduced.
import fc from 'fast-check';
import { anyFamily, BENCH_SCALE, FAMILIES, UNIT_SCALE } from '../tests/unit/fuzz/families';
import type { Family } from '../tests/unit/fuzz/families';
import { runPipeline } from '../tests/unit/fuzz/pipeline';
import { percentile, round } from './benchStats';

interface FamilyCounts {
  inputs: number;
  failures: number;
  over1s: number;
  over5s: number;
  times: number[];
  maxChars: number;
}

export async function benchFuzz(): Promise<Record<string, unknown>> {
  const total = Number(process.env.DOSSIER_FUZZ_INPUTS ?? 20_000);
  const seed = Number(process.env.DOSSIER_FUZZ_SEED ?? 20261130);
  const counts = new Map<Family, FamilyCounts>(FAMILIES.map((f) => [f, { inputs: 0, failures: 0, over1s: 0, over5s: 0, times: [], maxChars: 0 }]));
  const failures: string[] = [];
  const slowest: { ms: number; what: string }[] = [];
  const small = fc.sample(anyFamily(UNIT_SCALE), { numRuns: total - Math.floor(total / 10), seed });
  const large = fc.sample(anyFamily(BENCH_SCALE), { numRuns: Math.floor(total / 10), seed: seed + 1 });
  const started = performance.now();
  let done = 0;
  for (const { family, text } of [...small, ...large]) {
    const outcome = await runPipeline(text);
    // Progress on stderr every 1,000 inputs (a long run on a busy machine shows where it is).
    if (++done % 1000 === 0) {
      const failed = [...counts.values()].reduce((n, c) => n + c.failures, 0);
      process.stderr.write(`fuzz: ${done}/${total} inputs, ${failed} failures, ${round((performance.now() - started) / 1000)} s\n`);
    }
    const c = counts.get(family)!;
    c.inputs++;
    c.times.push(outcome.ms);
    c.maxChars = Math.max(c.maxChars, text.length);
    const what = `${family}, ${text.length} chars, starts ${JSON.stringify(text.slice(0, 40))}`;
    if (outcome.failure !== null) {
      c.failures++;
      if (failures.length < 10) failures.push(`${what}: ${outcome.failure}`);
    }
    if (outcome.ms > 1000) c.over1s++;
    if (outcome.ms > 5000) c.over5s++;
    if (slowest.length < 5 || outcome.ms > slowest[slowest.length - 1]!.ms) {
      slowest.push({ ms: round(outcome.ms), what });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 5);
    }
  }
  const byFamily: Record<string, unknown> = {};
  for (const [family, c] of counts) {
    byFamily[family] = {
      inputs: c.inputs,
      failures: c.failures,
      over1s: c.over1s,
      over5s: c.over5s,
      p99ms: round(percentile(c.times, 99)),
      maxMs: round(Math.max(0, ...c.times)),
      largestChars: c.maxChars,
    };
  }
  const sum = (k: 'inputs' | 'failures' | 'over1s' | 'over5s') => [...counts.values()].reduce((n, c) => n + c[k], 0);
  return {
    inputs: sum('inputs'),
    failures: sum('failures'),
    over1s: sum('over1s'),
    over5s: sum('over5s'),
    seconds: round((performance.now() - started) / 1000),
    seed,
    byFamily,
    firstFailures: failures,
    slowest,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await benchFuzz(), null, 2) + '\n');
}
