// `dossier check` starts like a native tool: it loads neither the export stack (docx,
// sanitize-html) nor Chromium's driver (playwright-core). Checked from the list of modules the
// process actually loaded, from the sources (tsx) and from the build in out/cli when it is current.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'dossier.mjs');
const recorder = path.join(import.meta.dirname, 'fixtures', 'recordModules.mjs');
const brief = path.join(root, 'tests', 'fixtures', 'strong-brief.md');

function loadedModules(args: string[], env: Record<string, string> = {}): { code: number | null; modules: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-modules-'));
  const log = path.join(dir, 'modules.txt');
  try {
    const res = spawnSync(process.execPath, ['--import', recorder, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_WORKSPACE: '', DOSSIER_MODULE_LOG: log, ...env },
    });
    return { code: res.status, modules: fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** True when out/cli was built from the sources as they are now (what bin/dossier.mjs checks). */
function buildIsCurrent(): boolean {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'inputs.json'), 'utf8')) as { inputs: [string, number][] };
    return m.inputs.every(([f, t]) => fs.statSync(path.join(root, f)).mtimeMs === t);
  } catch {
    return false;
  }
}

const heavy = /[\\/]node_modules[\\/](playwright-core|docx|sanitize-html)[\\/]/;

describe('dossier check loads only what checking needs', () => {
  it('from the sources: no playwright-core, docx or sanitize-html; export to PDF does load playwright-core', () => {
    const env = { DOSSIER_CLI_FROM_SOURCE: '1' };
    const check = loadedModules(['check', brief], env);
    expect(check.code).toBe(0);
    expect(check.modules.some((m) => m.includes('/src/core/rubric/checkText.ts'))).toBe(true);
    expect(check.modules.filter((m) => heavy.test(m))).toEqual([]);

    // The recorder sees these packages when they are loaded: an export to PDF (Chromium missing,
    // so nothing is printed) loads playwright-core and docx's siblings.
    const pdf = loadedModules(['export', brief, '--format', 'pdf', '--out', 'x.pdf'], { ...env, CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(pdf.code).toBe(2);
    expect(pdf.modules.some((m) => /[\\/]node_modules[\\/]playwright-core[\\/]/.test(m))).toBe(true);
  }, 60_000);

  it.skipIf(!buildIsCurrent())('from the build: runs out/cli, loads no playwright-core, and fewer chunks than export', () => {
    const check = loadedModules(['check', brief]);
    expect(check.code).toBe(0);
    expect(check.modules.some((m) => m.endsWith('/out/cli/run.mjs'))).toBe(true);
    expect(check.modules.some((m) => m.includes('/src/'))).toBe(false);
    expect(check.modules.filter((m) => heavy.test(m))).toEqual([]);
    const docx = loadedModules(['export', brief, '--format', 'docx', '--out', 'x.docx']);
    expect(docx.code).toBe(0);
    expect(docx.modules.filter((m) => heavy.test(m))).toEqual([]);
    const chunks = (mods: string[]) => mods.filter((m) => m.includes('/out/cli/'));
    expect(chunks(docx.modules).length).toBeGreaterThan(chunks(check.modules).length);
  }, 60_000);
});
