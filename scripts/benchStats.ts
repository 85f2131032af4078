// Small statistics shared by the benchmark parts.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[idx] ?? Number.NaN);
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Runs fn `n` times and returns each duration in milliseconds. */
export async function timeRuns(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
