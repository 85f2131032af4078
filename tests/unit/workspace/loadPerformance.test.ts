// The 50 × 20 workspace opens from one read of each file; lists come from the in-memory index.
// Timing on a shared machine is noisy, so the bound here is on CPU time and generous; the real
// figures (budget: load < 300 ms, save p95 < 20 ms) come from scripts/bench-storage.ts.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../scripts/bench-storage';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

afterAll(removeTempDirs);

describe('load performance', () => {
  it('opens and lists 1000 documents within the CPU budget, answering lists from memory', () => {
    const root = tempDir();
    generateWorkspace(root, 50, 20);
    openWorkspace(root).close(); // warm-up (schemas compile on first use)
    const cpu0 = process.cpuUsage();
    const store = openWorkspace(root);
    let count = 0;
    for (const c of store.listCompanies()) count += store.listDocuments(c.slug).length;
    const cpu = process.cpuUsage(cpu0);
    expect(count).toBe(1000);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
    // Lists never go back to disk: with the folder emptied they still answer from the index.
    fs.rmSync(`${root}/companies`, { recursive: true });
    count = 0;
    for (const c of store.listCompanies()) count += store.listDocuments(c.slug).length;
    expect(count).toBe(1000);
    store.close();
  });
});
