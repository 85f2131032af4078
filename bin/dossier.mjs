#!/usr/bin/env node
// The `dossier` command. Runs the build in out/cli/ (made by `npm install` / `npm ci` through the
// `prepare` script, see scripts/build-cli.mjs) while every source file it was built from is
// unchanged, compiled from its V8 code cache (see cliBuild.mjs); otherwise (a development
// checkout with edits, or no build) it loads the TypeScript sources in-process through tsx.
// Either way no second Node process is started.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuild, setCliFlags } from './cliBuild.mjs';

const root = new URL('../', import.meta.url);
/** The app's root folder as a path, without a trailing separator. */
const appRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** True when out/cli exists and none of its source files changed since it was built. */
function buildIsCurrent() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
  } catch {
    return false;
  }
  if (process.env.DOSSIER_CLI_FROM_SOURCE === '1') return false;
  for (const [file, mtimeMs] of manifest.inputs) {
    let now;
    try {
      now = statSync(new URL(file, root)).mtimeMs;
    } catch {
      return false;
    }
    if (now !== mtimeMs) return false;
  }
  return true;
}

try {
  setCliFlags();
  if (buildIsCurrent()) {
    await loadBuild(fileURLToPath(new URL('out/cli/dossier.cjs', root))).exports.runProcess(appRoot);
  } else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport('../src/cli/run.ts', import.meta.url);
  }
} catch (err) {
  process.stderr.write(`dossier: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
