// `dossier check` starts like a native tool: it loads neither the export stack (docx,
// sanitize-html) nor Chromium's driver (playwright-core). Checked from the list of modules the
// process actually loaded, from the sources (tsx) and from the build in out/cli when it is current.
// The build loads wink-nlp's English model only for a text with an English negator, and a DOCX
// export runs no rubric at all when there is no private list; its output equals the sources'. Its
// V8 code cache is accepted, and without it (or with a broken one) the output is the same.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cliEnv } from '../fixtures/isolatedHome';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'dossier.cjs');
const recorder = path.join(import.meta.dirname, 'fixtures', 'recordModules.mjs');
const brief = path.join(root, 'tests', 'fixtures', 'strong-brief.md');

function loadedModules(args: string[], env: Record<string, string> = {}): { code: number | null; modules: string[]; stdout: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-modules-'));
  const log = path.join(dir, 'modules.txt');
  try {
    const res = spawnSync(process.execPath, ['--import', recorder, bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: cliEnv({ DOSSIER_MODULE_LOG: log, ...env }),
    });
    return { code: res.status, modules: fs.readFileSync(log, 'utf8').split('\n').filter(Boolean), stdout: res.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** True when out/cli was built from the sources as they are now: bin/cliBuild.cjs's own test. */
function buildIsCurrent(): boolean {
  return (createRequire(import.meta.url)(path.join(root, 'bin', 'cliBuild.cjs')) as { buildIsCurrent: (appRoot: string) => boolean }).buildIsCurrent(root);
}

const heavy = /[\\/]node_modules[\\/](playwright-core|docx|sanitize-html)[\\/]/;
const winkModel = /[\\/]node_modules[\\/]wink-eng-lite-web-model[\\/]/;
/** The repository's own TypeScript sources (not a package's src/ folder). */
const ownSources = (mods: string[]) => mods.filter((m) => m.includes(`${path.join(root, 'src')}${path.sep}`));
/**
 * The process ran a bundle of out/cli: bin/dossier.cjs compiles it with vm.Script (so it is not in
 * the module lists), loads bin/cliBuild.cjs for that, and loads neither tsx nor a source file.
 */
const ranBuild = (mods: string[]) =>
  mods.some((m) => m.endsWith('/bin/cliBuild.cjs')) && ownSources(mods).length === 0 && !mods.some((m) => /[\\/]node_modules[\\/]tsx[\\/]/.test(m));

/** The ICU-backed services (Intl constructors, toLocaleString, localeCompare) a CLI run used. */
function intlServices(args: string[], env: Record<string, string> = {}): { code: number | null; services: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-intl-'));
  const log = path.join(dir, 'intl.txt');
  try {
    fs.writeFileSync(log, '');
    const res = spawnSync(process.execPath, ['--import', path.join(import.meta.dirname, 'fixtures', 'recordIntl.mjs'), bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: cliEnv({ DOSSIER_INTL_LOG: log, ...env }),
    });
    return { code: res.status, services: fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).sort() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('dossier check loads only what checking needs', () => {
  it('from the sources: no playwright-core, docx or sanitize-html; export to PDF does load playwright-core', () => {
    const env = { DOSSIER_CLI_FROM_SOURCE: '1' };
    const check = loadedModules(['check', brief], env);
    expect(check.code).toBe(0);
    expect(check.modules.some((m) => m.includes('/src/core/rubric/checkText.ts'))).toBe(true);
    expect(check.modules.filter((m) => heavy.test(m))).toEqual([]);

    // The recorder sees these packages when they are loaded: an export to PDF (Chromium missing,
    // so nothing is printed) loads playwright-core and docx's siblings.
    // Each export format loads its own renderer: a DOCX never loads the HTML one (sanitize-html
    // and its CSS parser), and check loads neither.
    const renderer = (mods: string[], name: string) => mods.some((m) => m.endsWith(`/src/core/export/${name}.ts`));
    expect(['renderDocx', 'renderHtmlPage'].filter((n) => renderer(check.modules, n))).toEqual([]);
    const docx = loadedModules(['export', brief, '--format', 'docx', '--out', 'x.docx'], env);
    expect(docx.code).toBe(0);
    expect(renderer(docx.modules, 'renderDocx')).toBe(true);
    expect(renderer(docx.modules, 'renderHtmlPage')).toBe(false);
    expect(docx.modules.filter((m) => /[\\/]node_modules[\\/](sanitize-html|postcss|playwright-core)[\\/]/.test(m))).toEqual([]);

    const pdf = loadedModules(['export', brief, '--format', 'pdf', '--out', 'x.pdf'], { ...env, CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(pdf.code).toBe(2);
    expect(pdf.modules.some((m) => /[\\/]node_modules[\\/]playwright-core[\\/]/.test(m))).toBe(true);
  }, 60_000);

  it('the report of a check uses no ICU service but the sentence segmenter (no number formatter for its counts)', () => {
    // Each ICU service builds its own list of locales on first use: Intl.NumberFormat, made by
    // toLocaleString, cost about 2% of a one-shot check to print "2 warnings".
    const weak = path.join(root, 'tests', 'fixtures', 'weak-brief.md');
    for (const file of [brief, weak]) {
      const run = intlServices(['check', file], { DOSSIER_CLI_FROM_SOURCE: '1' });
      expect([path.basename(file), run.code === 0 || run.code === 1, run.services]).toEqual([path.basename(file), true, ['Intl.Segmenter']]);
    }
  }, 60_000);

  it.skipIf(!buildIsCurrent())('from the build: runs out/cli, not the sources, and loads no playwright-core', () => {
    const check = loadedModules(['check', brief]);
    expect(check.code).toBe(0);
    expect(ranBuild(check.modules)).toBe(true);
    expect(check.modules.filter((m) => heavy.test(m))).toEqual([]);
    const docx = loadedModules(['export', brief, '--format', 'docx', '--out', 'x.docx']);
    expect(docx.code).toBe(0);
    expect(ranBuild(docx.modules)).toBe(true);
    expect(docx.modules.filter((m) => heavy.test(m))).toEqual([]);
  }, 60_000);

  it.skipIf(!buildIsCurrent())('from the build: wink-nlp only for a negator, in a check and a DOCX export alike, and the same output as the sources', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lazy-'));
    try {
      // No English negator anywhere: the model is never read.
      const plain = path.join(dir, 'plain.md');
      fs.writeFileSync(plain, '---\ntemplate: impact-brief\ntitle: Fraud\n---\n## Problem\n\nCard fraud losses had reached $4.1M a year.\n');
      const noNegator = loadedModules(['check', plain]);
      expect(ranBuild(noNegator.modules)).toBe(true);
      expect(noNegator.modules.filter((m) => winkModel.test(m))).toEqual([]);
      // A real negator loads the model.
      const negated = path.join(dir, 'negated.md');
      fs.writeFileSync(negated, '---\ntemplate: impact-brief\ntitle: Fraud\n---\n## Risk and compliance\n\nFair-lending review found no adverse impact.\n');
      expect(loadedModules(['check', negated]).modules.some((m) => winkModel.test(m))).toBe(true);
      // "Card-not-present" in the strong brief is a name, not a negation: no model for it.
      const check = loadedModules(['check', brief, '--json']);
      expect(check.modules.filter((m) => winkModel.test(m))).toEqual([]);
      // A DOCX export runs the rubric (for its count of errors left), and like the check above
      // needs no model for this text.
      const docx = loadedModules(['export', brief, '--format', 'docx', '--out', 'x.docx']);
      expect(docx.code).toBe(0);
      expect(docx.modules.filter((m) => winkModel.test(m))).toEqual([]);

      // Lazy loading and the regex flag change no finding: the build's JSON equals the sources'.
      const weak = path.join(root, 'tests', 'fixtures', 'weak-brief.md');
      for (const [file, built] of [
        [brief, check],
        [weak, loadedModules(['check', weak, '--json'])],
      ] as const) {
        const fromSource = loadedModules(['check', file, '--json'], { DOSSIER_CLI_FROM_SOURCE: '1' });
        expect(ownSources(fromSource.modules).length).toBeGreaterThan(0);
        expect(JSON.parse(built.stdout)).toMatchObject({ findings: expect.any(Array) });
        expect(built.stdout).toBe(fromSource.stdout);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it.skipIf(!buildIsCurrent())('from the build: V8 accepts each code cache, and a missing or broken cache only means compiling', () => {
    // A copy of the bundle under out/ (so node_modules resolves as for the real one).
    const dir = fs.mkdtempSync(path.join(root, 'out', '.cache-test-'));
    const driver = (bundle: string, args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '-e',
          `const { loadBuild } = require(${JSON.stringify(path.join(root, 'bin', 'cliBuild.cjs'))});
           const { exports, script } = loadBuild(${JSON.stringify(bundle)});
           exports.configureOneShot();
           const out = [];
           exports.runCli(${JSON.stringify(args)}, { out: (t) => out.push(t), err: (t) => out.push(t), cwd: ${JSON.stringify(dir)}, env: {}, appRoot: ${JSON.stringify(root)} })
             .then((code) => process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected ?? null, code, out: out.join('') })));`,
        ],
        { cwd: root, encoding: 'utf8' },
      );
    type Run = { rejected: boolean | null; code: number; out: string };
    const checkArgs = ['check', brief, '--json'];
    try {
      for (const [bundle, args] of [
        ['dossier.cjs', ['templates', '--json']],
        ['check.cjs', checkArgs],
        ['export.cjs', ['export', brief, '--format', 'md', '--out', 'brief.md']],
      ] as const) {
        const run = JSON.parse(driver(path.join(root, 'out', 'cli', bundle), [...args]).stdout) as Run;
        expect([bundle, run.rejected, run.code]).toEqual([bundle, false, 0]);
      }

      const real = path.join(root, 'out', 'cli', 'check.cjs');
      const accepted = JSON.parse(driver(real, checkArgs).stdout) as Run;
      const copy = path.join(dir, 'check.cjs');
      fs.copyFileSync(real, copy);
      const missing = JSON.parse(driver(copy, checkArgs).stdout) as Run;
      expect(missing.rejected).toBeNull();
      fs.writeFileSync(`${copy}.cache`, 'not a code cache');
      const broken = JSON.parse(driver(copy, checkArgs).stdout) as Run;
      expect(broken.rejected).toBeNull();
      // Same length, four bytes in the middle inverted (zeroing them changed nothing when they
      // were zero already): Node 20 would abort on "Invalid bytecode"; the seal's CRC-32 keeps it from V8.
      const sealed = fs.readFileSync(`${real}.cache`);
      const damaged = Buffer.from(sealed);
      for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 4; i++) damaged[i] = (damaged[i] as number) ^ 0xff;
      fs.writeFileSync(`${copy}.cache`, damaged);
      const zeroed = driver(copy, checkArgs);
      expect(zeroed.status).toBe(0);
      expect((JSON.parse(zeroed.stdout) as Run).rejected).toBeNull();
      fs.writeFileSync(`${copy}.cache`, sealed);
      expect((JSON.parse(driver(copy, checkArgs).stdout) as Run).rejected).toBe(false);
      for (const run of [missing, broken, JSON.parse(zeroed.stdout) as Run]) expect([run.code, run.out]).toEqual([accepted.code, accepted.out]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!buildIsCurrent())('from the build: check and export run bundles of their own, without the other command\'s code', () => {
    const require = createRequire(import.meta.url);
    const { bundleFor } = require(path.join(root, 'bin', 'cliBuild.cjs')) as { bundleFor: (command: string | undefined) => string };
    expect(['check', 'export', 'templates', 'rules', 'init', 'import', 'questions', '--help', undefined].map(bundleFor)).toEqual([
      'check.cjs',
      'export.cjs',
      ...Array<string>(7).fill('dossier.cjs'),
    ]);
    // What esbuild put in each bundle (out/cli/bundles.json, written by the build from its metafile).
    const bundles = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'bundles.json'), 'utf8')) as Record<string, { inputs: string[] }>;
    const has = (bundle: string, re: RegExp) => (bundles[bundle]?.inputs ?? []).filter((f) => re.test(f));
    const exportCode = /^src\/cli\/commands\/export\.ts$|^src\/core\/export\/render|^node_modules\/(docx|sanitize-html|fflate)\//;
    expect(has('check.cjs', /^src\/cli\/commands\/check\.ts$/)).toHaveLength(1);
    expect(has('check.cjs', exportCode)).toEqual([]);
    expect(has('check.cjs', /^src\/cli\/commands\/(?!check\.ts)/)).toEqual([]);
    expect(has('export.cjs', /^src\/cli\/commands\/export\.ts$/)).toHaveLength(1);
    expect(has('export.cjs', /^src\/cli\/commands\/(?!export\.ts)/)).toEqual([]);
    expect(has('dossier.cjs', /^src\/cli\/commands\//)).toHaveLength(7);
    // The export bundle holds no rubric: its review of a file (private-terms gate, errors left)
    // runs from check.cjs. Only three small pure modules of the rubric's folder are in it (the
    // list of company packs, the non-public pre-test that decides whether the gate must run, the
    // word count).
    const rubric = /^src\/core\/rubric\/|^src\/cli\/(exportReview|checkMarkdownFile)\.ts$|^node_modules\/wink-nlp\/|^lazy-require:wink/;
    expect(has('export.cjs', rubric)).toEqual(['src/core/rubric/claims/nonPublic.ts', 'src/core/rubric/companyPacks.ts', 'src/core/rubric/prepareSection.ts']);
    expect(has('check.cjs', /^src\/cli\/exportReview\.ts$|^src\/core\/rubric\/kinds\/privateTerms\.ts$/)).toHaveLength(2);
  });

  it.skipIf(!buildIsCurrent())('from the build: check and export read no built-in template, rule pack or profile file (builtins.json), and give the sources\' output', () => {
    const reader = path.join(import.meta.dirname, 'fixtures', 'recordReads.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-reads-'));
    const log = path.join(dir, 'reads.txt');
    const run = (args: string[], env: Record<string, string> = {}) => {
      fs.rmSync(log, { force: true });
      const res = spawnSync(process.execPath, ['--import', reader, bin, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: cliEnv({ DOSSIER_READ_LOG: log, ...env }),
      });
      const data = fs.readFileSync(log, 'utf8').split('\n').filter((f) => /[\\/](templates|resources[\\/](rubrics|companies))[\\/][^\\/]+\.json$/.test(f));
      return { code: res.status, stdout: res.stdout, stderr: res.stderr, data };
    };
    try {
      const built = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'builtins.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(built)).toContain('templates/impact-brief.json');
      const check = run(['check', brief, '--json']);
      expect(check.code).toBe(0);
      expect(check.data).toEqual([]);
      const exported = run(['export', brief, '--format', 'md', '--out', 'brief.md']);
      expect(exported.code).toBe(0);
      expect(exported.data).toEqual([]);
      // From the sources every built-in file is read and validated, with the same output.
      const fromSource = run(['check', brief, '--json'], { DOSSIER_CLI_FROM_SOURCE: '1' });
      expect(fromSource.data.length).toBeGreaterThan(20);
      expect(check.stdout).toBe(fromSource.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a damaged manifest is not a current build, and a damaged bundle falls back to the sources with one line', () => {
    const cliBuild = createRequire(import.meta.url)(path.join(root, 'bin', 'cliBuild.cjs')) as { buildIsCurrent: (appRoot: string) => boolean; sealCache: (b: Buffer) => Buffer; unsealCache: (b: Buffer) => Buffer | undefined };
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-damaged-'));
    try {
      fs.mkdirSync(path.join(app, 'out', 'cli'), { recursive: true });
      for (const manifest of ['{}', 'null', '{"inputs":[]}', '{"inputs":[["x"]]}', '{"inputs":7}']) {
        fs.writeFileSync(path.join(app, 'out', 'cli', 'inputs.json'), manifest);
        expect([manifest, cliBuild.buildIsCurrent(app)]).toEqual([manifest, false]);
      }
      const cache = Buffer.from('some cache bytes');
      expect(cliBuild.unsealCache(cliBuild.sealCache(cache))).toEqual(cache);
      const flipped = cliBuild.sealCache(cache);
      flipped[10] = (flipped[10] ?? 0) ^ 1;
      expect(cliBuild.unsealCache(flipped)).toBeUndefined();
      if (!buildIsCurrent()) return;
      // An app folder whose out/cli/check.cjs is cut short: the real bin and sources, a copied build.
      // bin is copied (Node runs a linked main module from its real folder); the rest is linked.
      fs.cpSync(path.join(root, 'bin'), path.join(app, 'bin'), { recursive: true });
      for (const entry of ['src', 'node_modules', 'templates', 'resources', 'package.json', 'tsconfig.json']) fs.symlinkSync(path.join(root, entry), path.join(app, entry));
      fs.rmSync(path.join(app, 'out'), { recursive: true });
      fs.cpSync(path.join(root, 'out', 'cli'), path.join(app, 'out', 'cli'), { recursive: true });
      const bundle = path.join(app, 'out', 'cli', 'check.cjs');
      fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').slice(0, 1000));
      const res = spawnSync(process.execPath, [path.join(app, 'bin', 'dossier.cjs'), 'check', brief, '--json'], { cwd: app, encoding: 'utf8', env: cliEnv() });
      const fromSources = spawnSync(process.execPath, [bin, 'check', brief, '--json'], { cwd: app, encoding: 'utf8', env: cliEnv({ DOSSIER_CLI_FROM_SOURCE: '1' }) });
      expect(res.stderr).toMatch(/^dossier: the build out\/cli\/check\.cjs is damaged \(.*\); running from the sources\. npm run build:cli rebuilds it\.\n$/);
      expect([res.status, res.stdout]).toEqual([fromSources.status, fromSources.stdout]);
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  }, 60_000);
});
