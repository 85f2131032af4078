// Whether the browser-mode renderer build (out/renderer) is older than its sources, and building it.
// Used by `npm run web` (scripts/web.mjs) and `npm run bench -- ui` (bench-ui.ts), so a bench never
// drives an old build (its keys then time out waiting for probes the old build lacks).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestMtime } from './newestMtime.mjs';

/**
 * What the renderer build is made from, relative to the repository root: the renderer itself,
 * src/shared and (through its re-exports) pure parts of src/core, and the build's configuration.
 */
export const RENDERER_SOURCES: readonly string[] = ['src/renderer', 'src/shared', 'src/core', 'vite.web.config.ts', 'scripts/rendererChunks.ts'];

/**
 * Why the build in `outDir` (default `<root>/out/renderer`) cannot be used as it is: 'missing' (no
 * index.html), 'stale' (a file under RENDERER_SOURCES is newer than its index.html), or null when
 * it is up to date. Reads modification times only.
 */
export function rendererBuildState(root: string, outDir = join(root, 'out', 'renderer')): 'missing' | 'stale' | null {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  return RENDERER_SOURCES.some((rel) => newestMtime(join(root, rel)) > built) ? 'stale' : null;
}

/** Builds out/renderer (vite build --config vite.web.config.ts, as `npm run build:web`); true when it succeeded. */
export function buildRenderer(root: string, stdio: 'inherit' | 'pipe' = 'inherit'): boolean {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio });
  return run.status === 0;
}
