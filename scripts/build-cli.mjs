// Builds the `dossier` command once (npm's `prepare` step runs it after `npm install` / `npm ci`):
// esbuild bundles the CLI into out/cli/*.cjs, so no TypeScript is compiled when the command
// starts. out/cli/dossier.cjs holds every command (src/cli/processEntry.ts); the commands users run
// most have a bundle of their own holding only their code (check.cjs and export.cjs from
// src/cli/commandEntries/, chosen by bin/cliBuild.cjs's bundleFor). Each command, export format
// and heavy package inside is initialised only when it runs (lazy imports become lazy module
// initialisers); playwright-core stays an outside package, loaded only when a PDF is printed.
// Then it runs each bundle's commands once in this process (a check, a DOCX export; templates and
// rules for dossier.cjs) and saves V8's code cache for each bundle (<bundle>.cache, see
// bin/cliBuild.cjs), so each cache holds only what its commands compile. out/cli/inputs.json lists
// every source file with its modification time; bin/dossier.cjs uses the build only while those
// are unchanged, and otherwise runs the sources through tsx (a development checkout).
// out/cli/bundles.json lists the source files and packages in each bundle (read by tests).
// out/cli/builtins.json holds the built-in templates, rule packs and company profiles as validated
// here, each with its file's stamp (src/core/prevalidated.ts), so a start does not validate them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const { loadBuild, sealCache } = createRequire(import.meta.url)('../bin/cliBuild.cjs');

const root = resolve(import.meta.dirname, '..');
const outdir = join(root, 'out', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stdout.write('build-cli: esbuild is not installed; `dossier` will run from the TypeScript sources.\n');
  process.exit(0);
}

/**
 * zod re-exports all of its ~60 message locales as a namespace, which defeats tree shaking (three
 * quarters of the bundled zod). Dossier uses only the English messages zod sets by default, so the
 * locale index is replaced by English alone.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: join(args.resolveDir, '..', 'locales', 'en.js'), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: root,
    }));
  },
};

/**
 * wink-nlp and its English model (4 MB, most of it JSON) are needed only when a sentence has an
 * English negator, and then once per process. Bundled, the model was compiled and evaluated at
 * every start (about 70 ms of `dossier check`). Here each package becomes a small module that
 * loads the real one on first use: the model from node_modules (Node reads its JSON with
 * JSON.parse; src/cli/winkModelReadOnce.ts reads the core model once, without the package's deep
 * copy), wink-nlp's own code from the bundle (5-10 ms less than reading its 40 files), and a text
 * without a negator loads neither. The sources (and the editor's worker) import the packages
 * directly; only the CLI build is lazy. Each entry: how to load the real module, the facade, and
 * (optionally) the only importer that gets the facade.
 *
 * entities' HTML decoder builds its decoding trees from strings when it is loaded (about 25 M
 * instructions of a DOCX export, with the garbage collection it causes); rawHtml.ts decodes only a
 * text with an `&` in it, so for it the decoder loads on first use (sanitize-html's parser, in the
 * HTML export, imports it as usual).
 */
const lazyPackages = {
  // wink-nlp's export is the constructor function.
  // The model below carries only the negation and sentence stages (negationOnly): any other pipe
  // is refused here rather than run on empty machines.
  'wink-nlp': [`require('wink-nlp')`, `export default function winkNLP(model, pipe, ...rest) {
  if (!Array.isArray(pipe) || pipe.some((stage) => stage !== 'negation' && stage !== 'sbd')) {
    throw new Error('The CLI build of wink-nlp has the negation stage only; asked for: ' + JSON.stringify(pipe));
  }
  return load()(model, pipe, ...rest);
}`],
  // The model is a plain object of loader functions; wink-nlp reads its properties.
  'wink-eng-lite-web-model': [`require('./src/cli/winkModelReadOnce.ts').winkModelReadOnce({ negationOnly: true, preparedDir: require('node:path').join(__dirname, 'wink-model') })`, `export default new Proxy({}, {
  get: (_t, key) => load()[key],
  has: (_t, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_t, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); return d && { ...d, configurable: true }; },
});`],
};
lazyPackages['entities/decode'] = [
  `require('entities/decode')`,
  `export function decodeHTMLStrict(text) {
  return load().decodeHTMLStrict(text);
}`,
  /[\\/]src[\\/]core[\\/]document[\\/]rawHtml\.ts$/,
];

const lazyRequire = {
  name: 'lazy-require',
  setup(build) {
    const names = Object.keys(lazyPackages);
    const filter = new RegExp(`^(?:${names.map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => {
      const onlyFor = lazyPackages[args.path][2];
      if (onlyFor !== undefined && !onlyFor.test(args.importer)) return undefined;
      if (args.namespace !== 'lazy-require') return { path: args.path, namespace: 'lazy-require' };
      // wink-nlp's code is bundled, run on first use, and its compiled functions are in the code
      // cache; the model is read from node_modules by winkModelReadOnce.
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents: `let real;\nconst load = () => (real ??= ${lazyPackages[args.path][0]});\n${lazyPackages[args.path][1]}\n`,
      resolveDir: root,
    }));
  },
};

/**
 * `dossier export` runs the rubric for its review of each file (src/cli/exportReview.ts: the
 * private-terms gate and the count of errors left). out/cli/check.cjs already holds the rubric,
 * with a code cache warmed by checks; so in the export command the review's loader
 * (src/cli/loadExportReview.ts) becomes one that loads check.cjs and asks it, and export.cjs
 * carries no rubric (about 340 KB of code, read and deserialised at every start).
 * The check bundle gets the same one-shot set-up and built-in table as a bundle bin/dossier.cjs runs,
 * and is compiled under V8's default flags, as its code cache was made.
 */
const reviewFromCheckBundle = {
  name: 'review-from-check-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/loadExportReview$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'commands', 'export.ts')) ? { path: 'loadExportReview', namespace: 'review-from-check-bundle' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'review-from-check-bundle' }, () => ({
      contents: `import { underDefaultFlags } from './src/cli/processRun.ts';
const path = require('node:path');
let loaded;
export function loadExportReview() {
  if (loaded === undefined) {
    const { loadBuild } = require(path.join(__dirname, '..', '..', 'bin', 'cliBuild.cjs'));
    const check = underDefaultFlags(() => loadBuild(path.join(__dirname, 'check.cjs'))).exports;
    check.configureOneShot();
    check.installBuiltins(path.join(__dirname, 'builtins.json'));
    loaded = check.loadExportReview();
  }
  return loaded;
}
`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
/** Bundle name (out/cli/<name>.cjs) -> entry, and the command lines its code cache is warmed with. */
const BUNDLES = {
  dossier: { entry: 'src/cli/processEntry.ts', warm: [['templates', '--json'], ['rules', '--json']] },
  check: { entry: 'src/cli/commandEntries/check.ts', warm: [['check', '$SAMPLE'], ['check', '$SAMPLE', '--json'], ['check', '$NEGATED']] },
  export: { entry: 'src/cli/commandEntries/export.ts', warm: [['export', '$SAMPLE', '--format', 'docx', '--out', '$DIR/brief.docx']] },
};
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(BUNDLES).map(([name, b]) => [name, b.entry])),
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['playwright-core', 'electron'],
  // The bundle runs as CommonJS: import.meta is its file's place (bin/cliBuild.cjs passes
  // __filename and __dirname).
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__dossierFileUrl' },
  banner: { js: "const __dossierFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [englishOnlyZod, lazyRequire, reviewFromCheckBundle],
  metafile: true,
  logLevel: 'warning',
});

/**
 * The bundle as ASCII. esbuild escapes non-ASCII characters in strings but leaves them in regex
 * literals, tagged templates and comments (Chinese rule patterns, "—" in a comment), and a
 * source that is not ASCII is decoded from UTF-8 character by character when it is read (about
 * 50 M instructions, 4% of a DOCX export; an ASCII file is copied). A character becomes \uXXXX,
 * which means the same in a regex literal and in a comment; inside String.raw`…` (our rule
 * patterns, built into RegExps) it becomes `${"\uXXXX"}`, a substitution of the same character,
 * so the string is unchanged. A String.raw template with a substitution of its own is left as it
 * is (the bundle is then not all ASCII, only slower; tests/unit/cli/asciiBundle.test.ts says so).
 */
function asciiOnly(source) {
  const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return source.replace(/String\.raw`(?:[^`\\]|\\[\s\S])*`|[\u0080-\uffff]/g, (m) => {
    if (m.length === 1) return escape(m);
    if (m.includes('${')) return m;
    return m.replace(/[\u0080-\uffff]/g, (c) => `\${"${escape(c)}"}`);
  });
}
for (const name of Object.keys(BUNDLES)) {
  const file = join(outdir, `${name}.cjs`);
  writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
}

/**
 * Runs the command lines a bundle serves (for check and export, a run over the sample brief)
 * once, so its code cache holds the functions they compile, not only the top level. Without the
 * sample (or if one fails) the cache holds what ran until then. $NEGATED is the sample with a
 * sentence that has a negator: most drafts have one, and it runs wink-nlp (the sample has none),
 * whose functions a start would otherwise compile (about 1% of such a check).
 */
async function warmUp(exports, lines) {
  const sample = join(root, 'tests', 'fixtures', 'strong-brief.md');
  if (!existsSync(sample)) return 'no sample brief';
  const dir = mkdtempSync(join(tmpdir(), 'dossier-build-cli-'));
  try {
    const io = { out: () => {}, err: () => {}, cwd: dir, env: {}, appRoot: root };
    exports.configureOneShot();
    exports.installBuiltins(builtinsFile);
    const codes = [];
    const negated = join(dir, 'negated.md');
    writeFileSync(negated, `${readFileSync(sample, 'utf8').trimEnd()}\n\nLegal did not sign off without a fair-lending review.\n`);
    for (const line of lines) codes.push(await exports.runCli(line.map((a) => a.replace('$SAMPLE', sample).replace('$NEGATED', negated).replace('$DIR', dir)), io));
    return codes.every((c) => c === 0 || c === 1) ? null : `exit codes ${codes.join(', ')}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The code cache is an optimisation: if a bundle cannot even be loaded here, the install still
// succeeds (without a cache), and `dossier` reports the problem when it runs. Each bundle is its
// own script with its own module instances, so one bundle's warm-up compiles nothing of another.
// The warm-ups run runCli, not runProcess, so V8's flags stay the defaults bin/dossier.cjs
// compiles under (the CLI's own flags are set after that, see src/cli/processRun.ts).
const cacheNotes = [];
// The built-in templates, rule packs and profiles, validated here once (src/core/prevalidated.ts):
// recorded by out/cli/dossier.cjs (the first bundle, the only one exporting recordBuiltins) before
// it runs anything, used by every bundle from then on.
const builtinsFile = join(outdir, 'builtins.json');
let builtinsNote = 'no prevalidated built-ins';
for (const [name, { warm: lines }] of Object.entries(BUNDLES)) {
  const bundle = join(outdir, `${name}.cjs`);
  try {
    const { exports, script } = loadBuild(bundle);
    if (!existsSync(builtinsFile) && typeof exports.recordBuiltins === 'function') {
      try {
        const table = await exports.recordBuiltins(root);
        writeFileSync(builtinsFile, JSON.stringify(table));
        builtinsNote = `${Object.keys(table).length} built-in files prevalidated`;
      } catch (err) {
        // Without the table every start validates the built-in files, as from the sources.
        rmSync(builtinsFile, { force: true });
        builtinsNote = `no prevalidated built-ins (${err instanceof Error ? err.message : String(err)})`;
      }
    }
    if (typeof exports.writePreparedModel === 'function') {
      // wink-nlp's English model in a form a start reads without decoding
      // (src/cli/winkModelReadOnce.ts), before the warm-up so that it runs what a start runs.
      // Without it a start reads the package's JSON, as the sources do.
      try {
        exports.writePreparedModel(join(outdir, 'wink-model'));
      } catch (err) {
        rmSync(join(outdir, 'wink-model'), { recursive: true, force: true });
        cacheNotes.push(`no prepared wink model (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    let warm;
    try {
      warm = await warmUp(exports, lines);
    } catch (err) {
      warm = err instanceof Error ? err.message : String(err);
    }
    const cache = script.createCachedData();
    writeFileSync(`${bundle}.cache`, sealCache(cache));
    cacheNotes.push(`${name} ${Math.round(cache.length / 1024)} KB${warm ? ` (without warm-up: ${warm})` : ''}`);
  } catch (err) {
    rmSync(`${bundle}.cache`, { force: true });
    cacheNotes.push(`${name}: none (${err instanceof Error ? err.message : String(err)})`);
  }
}
const cacheNote = `code caches ${cacheNotes.join(', ')}`;

const bundles = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .filter(([, o]) => o.entryPoint)
    .map(([file, o]) => [file.replace(/^.*\//, ''), { bytes: o.bytes, inputs: Object.keys(o.inputs).sort() }]),
);
writeFileSync(join(outdir, 'bundles.json'), JSON.stringify(bundles, null, 1));

const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.startsWith('node_modules/') && !f.includes(':'))
  .map((f) => [f, statSync(join(root, f)).mtimeMs]);
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify({ builtAt: new Date().toISOString(), inputs }));
process.stdout.write(
  `build-cli: out/cli built from ${inputs.length} source files in ${Math.round(performance.now() - started)} ms; ` +
    `${builtinsNote}; ${cacheNote}\n`,
);
