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
const { buildIsCurrent, bundleFor, loadBuild } = require('./cliBuild.cjs');

/** The app's root folder, without a trailing separator. */
const appRoot = path.dirname(__dirname);

/**
 * The built command's runProcess, or null (with one line on stderr) when the bundle cannot be
 * compiled or loaded: a damaged out/cli falls back to the sources instead of failing.
 */
function loadBuiltCommand(out) {
  const file = path.join(out, bundleFor(process.argv[2]));
  try {
    const { exports } = loadBuild(file);
    if (typeof exports.runProcess === 'function') return exports.runProcess;
    throw new Error('it has no runProcess');
  } catch (err) {
    process.stderr.write(
      `dossier: the build ${path.relative(process.cwd(), file) || file} is damaged (${err instanceof Error ? err.message : String(err)}); running from the sources. npm run build:cli rebuilds it.\n`,
    );
    return null;
  }
}

async function main() {
  const out = path.join(appRoot, 'out', 'cli');
  const runProcess = process.env.DOSSIER_CLI_FROM_SOURCE !== '1' && buildIsCurrent(appRoot) ? loadBuiltCommand(out) : null;
  if (runProcess !== null) {
    await runProcess(appRoot, path.join(out, 'builtins.json'));
  } else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport('../src/cli/run.ts', pathToFileURL(__filename).href);
  }
}

main().catch((err) => {
  process.stderr.write(`dossier: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
