// The desktop app's worker script: the built heavyWorker.js beside the main bundle when it is
// there (a packaged or built app), else null so the pool uses its tsx entry (sources, tests).
import { describe, expect, it } from 'vitest';
import { heavyWorkerEntry } from '../../../electron/main/heavyWorkerEntry';

describe('heavyWorkerEntry', () => {
  it('is the built worker beside the main bundle when it exists', () => {
    const seen: string[] = [];
    const entry = heavyWorkerEntry('file:///app/out/main/index.js', (p) => {
      seen.push(p);
      return true;
    });
    expect(entry?.href).toBe('file:///app/out/main/heavyWorker.js');
    expect(seen).toEqual(['/app/out/main/heavyWorker.js']);
  });

  it('is null when run from the sources (no built worker there)', () => {
    expect(heavyWorkerEntry('file:///repo/electron/main/index.ts', () => false)).toBeNull();
    expect(heavyWorkerEntry(import.meta.url)).toBeNull();
  });
});
