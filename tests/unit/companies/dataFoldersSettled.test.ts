// The dashboard lists each data folder and stamps each data file once, not once per company and
// document; outside it, loaders still see a changed file at the next call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fileStamps, jsonFilesIn, withDataFoldersSettled } from '../../../src/core/fileStamps';
import { generateWorkspace } from '../../../scripts/bench-storage';
import { createCoreContext } from '../../../src/core/openContext';
import { createHandlers } from '../../../src/core/handlers/index';
import { closeScoreCaches } from '../../../src/core/rubric/scoreCache';

const made: string[] = [];
const temp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-stamps-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

describe('withDataFoldersSettled', () => {
  it('inside, a folder is listed and a file stamped once; outside, every call looks again', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'a.json'), '{}');
    const inside = withDataFoldersSettled(() => {
      const first = [jsonFilesIn(dir), fileStamps(dir, ['a.json'])];
      fs.writeFileSync(path.join(dir, 'a.json'), '{"longer": true}');
      fs.writeFileSync(path.join(dir, 'b.json'), '{}');
      return [first, [jsonFilesIn(dir), fileStamps(dir, ['a.json'])]];
    });
    expect(inside[1]).toEqual(inside[0]);
    expect(jsonFilesIn(dir)).toEqual(['a.json', 'b.json']);
    expect(fileStamps(dir, ['a.json'])[0]).toMatch(/^a\.json:[\d.]+:16$/);
    expect(jsonFilesIn(path.join(dir, 'missing'))).toBeNull();
  });

  it('a dashboard over 5 companies lists each data folder once', async () => {
    const root = temp();
    generateWorkspace(root, 5, 4);
    closeScoreCaches();
    const ctx = await createCoreContext({ root, shell: 'browser', appRoot: path.resolve(import.meta.dirname, '../../..'), printer: null });
    try {
      const h = createHandlers(ctx);
      await h['dashboard.get']({});
      const readdir = vi.spyOn(fs, 'readdirSync');
      await h['dashboard.get']({});
      const folders = readdir.mock.calls.map((c) => String(c[0]));
      readdir.mockRestore();
      expect(folders.length).toBeGreaterThan(0);
      expect(new Set(folders).size).toBe(folders.length);
    } finally {
      closeScoreCaches();
      ctx.store.close();
    }
  });
});
