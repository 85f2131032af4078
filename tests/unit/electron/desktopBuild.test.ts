// The desktop build (electron-vite: main, preload, renderer) is what `npm start` launches. The
// Electron binary cannot run here, so this checks the bundles themselves: they build, the
// sandboxed preload is CommonJS and needs nothing but `electron`, and the main process imports
// only Node built-ins, `electron` and the app's runtime dependencies (what a packaged app ships).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../src/node/offload/workerPool';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { docInput } from '../workspace/fixtures/docInput';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'dossier-desktop-build-'));
let build: { status: number | null; output: string };

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 120_000,
  });
  build = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 130_000);
const workspaceDir = mkdtempSync(join(tmpdir(), 'dossier-desktop-worker-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(workspaceDir, { recursive: true, force: true });
});

/** Bare module names a bundle loads, by static import, dynamic import() or require(). */
function loadedModules(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/g)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name && !name.startsWith('.') && !name.startsWith('/')) names.add(name);
  }
  return [...names].sort();
}

describe('desktop build', () => {
  it('builds main, preload and renderer', () => {
    expect(build.status, build.output).toBe(0);
    for (const file of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) expect(existsSync(join(outDir, file)), file).toBe(true);
  });

  it('the preload is CommonJS and requires only electron (a sandboxed preload can load nothing else)', () => {
    const code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(loadedModules(code)).toEqual(['electron']);
    expect(code).toContain('contextBridge');
  });

  it('the main process loads only built-ins, electron and runtime dependencies', () => {
    const code = readFileSync(join(outDir, 'main', 'index.js'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
    const builtins = new Set(builtinModules);
    const strays = loadedModules(code).filter((name) => {
      if (name === 'electron' || name.startsWith('node:') || builtins.has(name)) return false;
      const pkgName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name);
      return !runtime.has(pkgName);
    });
    expect(strays).toEqual([]);
    // lowdb is ESM-only and bundled in (see electron.vite.config.ts).
    expect(loadedModules(code)).not.toContain('lowdb');
  });

  it('the heavy-operations worker is built beside the main bundle and, with its chunks, never loads electron', () => {
    expect(existsSync(join(outDir, 'main', 'heavyWorker.js'))).toBe(true);
    const files = ['heavyWorker.js', ...readdirSync(join(outDir, 'main', 'chunks')).map((f) => join('chunks', f))];
    for (const file of files) expect(loadedModules(readFileSync(join(outDir, 'main', file), 'utf8')), file).not.toContain('electron');
  });

  it('the built worker runs exports in a worker thread, as the desktop app runs them', async () => {
    // The bundle's runtime dependencies resolve from node_modules, as in the app folder.
    symlinkSync(join(repo, 'node_modules'), join(outDir, 'node_modules'), 'dir');
    const store = openWorkspace(workspaceDir);
    const company = store.createCompany('Acme Bank', null);
    const doc = store.createDocument(docInput(company.slug, { title: 'Card-fraud scoring' }));
    const pool = createWorkerPool({ store, printer: null, appRoot: repo, shell: 'electron', size: 1, entry: pathToFileURL(join(outDir, 'main', 'heavyWorker.js')) });
    try {
      await Promise.race([pool.whenReady(), new Promise((_, reject) => setTimeout(() => reject(new Error('the built worker never became ready')), 30_000))]);
      expect(await pool.run('workspace.info', {})).toMatchObject({ ok: true, data: { shell: 'electron' } });
      const exported = await pool.run('export.document', { company: company.slug, id: doc.id, format: 'docx' });
      expect(exported).toMatchObject({ ok: true, data: { format: 'docx' } });
      const path = (exported as { data: { path: string } }).data.path;
      expect(readFileSync(join(workspaceDir, path)).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await pool.close();
      store.close();
    }
  }, 60_000);

  it('a release build cannot be switched to a dev server: the build mode is a constant', () => {
    const code = readFileSync(join(outDir, 'main', 'index.js'), 'utf8');
    expect(code).not.toContain('import.meta.env');
    expect(code).toContain('ELECTRON_RENDERER_URL');
    expect(code).toMatch(/function isDevelopmentBuild\(\)\s*\{\s*return (false|!1);/);
  });

  it('the renderer page carries the content security policy', () => {
    const html = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(html).toMatch(/script-src 'self'/);
  });
});
