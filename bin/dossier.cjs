#!/usr/bin/env node
// The `dossier` command. Runs the build in out/cli/ (made by `npm install` / `npm ci` through the
// `prepare` script, see scripts/build-cli.mjs) while every source file it was built from is
// unchanged: the bundle for this command (cliBuild.cjs's bundleFor), compiled from its V8 code
// cache, with the built-in templates, rule packs and profiles the build validated (builtins.json,
// see src/core/prevalidated.ts); otherwise (a development checkout with edits, or no build) it loads the TypeScript
// sources in-process through tsx. Either way no second Node process is started.
'use strict';
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { buildIsCurrent, bundleFor, loadBuild, setCliFlags } = require('./cliBuild.cjs');

/** The app's root folder, without a trailing separator. */
const appRoot = path.dirname(__dirname);

async function main() {
  setCliFlags();
  if (process.env.DOSSIER_CLI_FROM_SOURCE !== '1' && buildIsCurrent(appRoot)) {
    const out = path.join(appRoot, 'out', 'cli');
    await loadBuild(path.join(out, bundleFor(process.argv[2]))).exports.runProcess(appRoot, path.join(out, 'builtins.json'));
  } else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport('../src/cli/run.ts', pathToFileURL(__filename).href);
  }
}

main().catch((err) => {
  process.stderr.write(`dossier: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
