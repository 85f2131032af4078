// Built-in templates, rule packs and company profiles validated when the CLI is built
// (src/core/prevalidated.ts): with the recorded table installed the loaders give exactly what
// validating the files gives, without reading them; a built-in file changed after the build is
// read and validated again (a malformed one reported with file and field), and a workspace's own
// templates are always validated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearPrevalidated, installPrevalidated, recordPrevalidated } from '../../../src/core/prevalidated';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { loadProfiles } from '../../../src/core/companies/loadProfiles';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');

/** A fresh copy of the app's data folders (new paths, so no loader cache applies). */
function appCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-prevalidated-'));
  for (const sub of ['templates', path.join('resources', 'rubrics'), path.join('resources', 'companies')]) {
    fs.cpSync(path.join(repo, sub), path.join(dir, sub), { recursive: true, preserveTimestamps: true });
  }
  return dir;
}

/** What the loaders give (rules without their check functions, which differ per compile). */
function loadAll(app: string, workspace: string | null = null) {
  const packs = loadRulePacks(app);
  return {
    templates: loadTemplatesFrom(app, workspace),
    rules: packs.rules.map(({ check: _check, ...rule }) => rule),
    ruleProblems: packs.problems,
    profiles: loadProfiles(app),
  };
}

/** Reads of files under `dir` while `fn` runs (whole-file reads and opens for reading). */
function readsUnder<T>(dir: string, fn: () => T): { value: T; reads: string[] } {
  const reads: string[] = [];
  const note = (file: unknown) => {
    if (typeof file === 'string' && file.startsWith(dir)) reads.push(path.relative(dir, file));
  };
  const realRead = fs.readFileSync;
  const realOpen = fs.openSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    note(file);
    return (realRead as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    note(file);
    return (realOpen as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.openSync;
  try {
    return { value: fn(), reads };
  } finally {
    fs.readFileSync = realRead;
    fs.openSync = realOpen;
  }
}

const dirs: string[] = [];
afterEach(() => {
  clearPrevalidated();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('prevalidated built-ins', () => {
  it('records every built-in file, and the loaders then give the same results without reading them', () => {
    const recordedApp = appCopy();
    const app = appCopy();
    dirs.push(recordedApp, app);
    const table = recordPrevalidated(() => loadAll(recordedApp));
    const builtIn = [
      ...fs.readdirSync(path.join(repo, 'templates')).map((n) => `templates/${n}`),
      ...fs.readdirSync(path.join(repo, 'resources', 'rubrics')).map((n) => path.join('resources', 'rubrics', n)),
      ...fs.readdirSync(path.join(repo, 'resources', 'companies')).map((n) => path.join('resources', 'companies', n)),
    ].filter((f) => f.endsWith('.json'));
    expect(Object.keys(table).sort()).toEqual(builtIn.sort());
    // JSON round trip, as out/cli/builtins.json is.
    installPrevalidated(JSON.parse(JSON.stringify(table)) as typeof table);
    const fast = readsUnder(app, () => loadAll(app));
    expect(fast.reads).toEqual([]);
    clearPrevalidated();
    const validated = loadAll(recordedApp);
    expect(JSON.parse(JSON.stringify(fast.value))).toEqual(JSON.parse(JSON.stringify(validated)));
    expect(fast.value.templates.templates.length).toBeGreaterThan(10);
    expect(fast.value.rules.length).toBeGreaterThan(20);
  });

  it('validates a built-in file changed after the build, and reports a malformed one with file and field', () => {
    const app = appCopy();
    dirs.push(app);
    const table = recordPrevalidated(() => loadAll(app));
    installPrevalidated(table);
    const template = path.join(app, 'templates', 'impact-brief.json');
    const broken = JSON.parse(fs.readFileSync(template, 'utf8')) as { sections: { wordBudget: unknown }[] };
    broken.sections[0]!.wordBudget = 'many';
    fs.writeFileSync(template, JSON.stringify(broken));
    const profile = path.join(app, 'resources', 'companies', 'jpmorgan.json');
    fs.writeFileSync(profile, fs.readFileSync(profile, 'utf8').replace('"id": "jpmorgan"', '"id": "jp"'));
    const pack = path.join(app, 'resources', 'rubrics', 'core.json');
    const core = JSON.parse(fs.readFileSync(pack, 'utf8')) as { rules: { severity: string }[] };
    core.rules[0]!.severity = 'fatal';
    fs.writeFileSync(pack, JSON.stringify(core));

    const { value, reads } = readsUnder(app, () => loadAll(app));
    expect(reads.sort()).toEqual([path.join('resources', 'companies', 'jpmorgan.json'), path.join('resources', 'rubrics', 'core.json'), 'templates/impact-brief.json']);
    expect(value.templates.problems).toEqual([{ file: 'templates/impact-brief.json', field: 'sections[0].wordBudget', message: expect.any(String) }]);
    expect(value.templates.templates.some((t) => t.id === 'impact-brief')).toBe(false);
    expect(value.profiles.problems).toEqual([{ file: 'jpmorgan.json', field: 'id', message: 'the id must match the file name (“jpmorgan”)' }]);
    expect(value.ruleProblems).toEqual([{ file: 'resources/rubrics/core.json', field: 'rules[0].severity', message: expect.any(String) }]);
  });

  it('always validates a workspace template, even one named like a built-in', () => {
    const app = appCopy();
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-prevalidated-ws-'));
    dirs.push(app, ws);
    installPrevalidated(recordPrevalidated(() => loadAll(app)));
    fs.mkdirSync(path.join(ws, 'templates'));
    // Same name, and the same bytes and time, as a built-in that was recorded as valid.
    const builtIn = path.join(app, 'templates', 'impact-brief.json');
    fs.copyFileSync(builtIn, path.join(ws, 'templates', 'impact-brief.json'));
    const st = fs.statSync(builtIn);
    fs.utimesSync(path.join(ws, 'templates', 'impact-brief.json'), st.atime, st.mtime);
    fs.writeFileSync(path.join(ws, 'templates', 'mine.json'), JSON.stringify({ id: 'mine', name: 'Mine', sections: 'none' }));
    const { value, reads } = readsUnder(ws, () => loadTemplatesFrom(app, ws));
    expect(reads.sort()).toEqual(['templates/impact-brief.json', 'templates/mine.json']);
    expect(value.problems).toEqual([
      { file: 'templates/impact-brief.json', field: 'id', message: expect.stringContaining('is already used by templates/impact-brief.json') },
      { file: 'templates/mine.json', field: expect.any(String), message: expect.any(String) },
    ]);
  });
});
