// The renderer build's freshness check (scripts/rendererBuild.ts), used by `npm run web` and bench ui:
// missing, older than a source, or up to date.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rendererBuildState } from '../../../scripts/rendererBuild';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A fake checkout: one source file under src/renderer and, unless `built` is null, out/renderer/index.html; times in seconds. */
function checkout(source: number, built: number | null): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-renderer-build-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'renderer', 'src'), { recursive: true });
  const file = join(root, 'src', 'renderer', 'src', 'App.tsx');
  writeFileSync(file, 'export {};');
  utimesSync(file, source, source);
  if (built !== null) {
    mkdirSync(join(root, 'out', 'renderer'), { recursive: true });
    const index = join(root, 'out', 'renderer', 'index.html');
    writeFileSync(index, '<!doctype html>');
    utimesSync(index, built, built);
  }
  return root;
}

describe('rendererBuildState', () => {
  it('is missing without out/renderer/index.html', () => {
    expect(rendererBuildState(checkout(1_000, null))).toBe('missing');
  });
  it('is stale when a renderer source is newer than the build', () => {
    expect(rendererBuildState(checkout(2_000, 1_000))).toBe('stale');
  });
  it('is up to date when the build is newer than every source', () => {
    expect(rendererBuildState(checkout(1_000, 2_000))).toBeNull();
  });
  it('reads another build folder when given one', () => {
    const root = checkout(1_000, null);
    const other = join(root, 'elsewhere');
    mkdirSync(other);
    writeFileSync(join(other, 'index.html'), '');
    utimesSync(join(other, 'index.html'), 500, 500);
    expect(rendererBuildState(root, other)).toBe('stale');
  });
});
