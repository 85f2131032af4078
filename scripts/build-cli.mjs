// Builds the `dossier` command once (npm's `prepare` step runs it after `npm install` / `npm ci`):
// esbuild bundles src/cli/run.ts into out/cli/ as ES modules, one chunk per lazily loaded
// command, so no TypeScript is compiled when the command starts. playwright-core stays an outside
// package (it is loaded only when a PDF is printed). out/cli/inputs.json lists every source file
// with its modification time; bin/dossier.mjs uses the build only while those are unchanged, and
// otherwise runs the sources through tsx (a development checkout).
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
 * require()s the installed package from node_modules on first use: Node reads the model's JSON
 * with JSON.parse, and a text without a negator never loads it. The sources (and the editor's
 * worker) import the packages directly; only the CLI build is lazy.
 */
const lazyPackages = {
  // wink-nlp's export is the constructor function.
  'wink-nlp': `export default function winkNLP(...args) { return load()(...args); }`,
  // The model is a plain object of loader functions; wink-nlp reads its properties.
  'wink-eng-lite-web-model': `export default new Proxy({}, {
  get: (_t, key) => load()[key],
  has: (_t, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_t, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); return d && { ...d, configurable: true }; },
});`,
};
const lazyRequire = {
  name: 'lazy-require',
  setup(build) {
    const names = Object.keys(lazyPackages);
    const filter = new RegExp(`^(?:${names.map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-require' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-require' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\n${lazyPackages[args.path]}\n`,
      resolveDir: root,
    }));
  },
};

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { run: 'src/cli/run.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: ['playwright-core', 'electron'],
  // Bundled CommonJS packages (sanitize-html, wink) call require() for Node built-ins.
  banner: { js: "import { createRequire as __dossierRequire } from 'node:module'; const require = __dossierRequire(import.meta.url);" },
  plugins: [englishOnlyZod, lazyRequire],
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.startsWith('node_modules/') && !f.includes(':'))
  .map((f) => [f, statSync(join(root, f)).mtimeMs]);
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify({ builtAt: new Date().toISOString(), inputs }));
process.stdout.write(`build-cli: out/cli built from ${inputs.length} source files in ${Math.round(performance.now() - started)} ms\n`);
