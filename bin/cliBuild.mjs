// How the `dossier` command runs its build (out/cli/dossier.cjs, made by scripts/build-cli.mjs),
// shared by bin/dossier.mjs and the build script so both compile exactly the same text with the
// same V8 flags: V8 accepts a code cache only for the same source, V8 version and flags.
//
// The bundle is compiled with vm.Script and its V8 code cache (out/cli/dossier.cjs.cache, written
// by the build after a warm-up check and DOCX export), so a start neither parses nor compiles the
// functions the warm-up ran. Node 20 has no compile cache for modules (module.enableCompileCache
// is Node 22.1+). A missing, unreadable or rejected cache (another Node version, other flags) only
// means V8 compiles as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';

/**
 * V8 flags for a one-shot CLI process, set before any code of the command is compiled.
 * --no-regexp-tier-up: V8 would run each new regex once in its bytecode interpreter before
 * compiling it; a check runs a few hundred rule regexes about once each over the whole text, so
 * nearly every match was interpreted (60 ms of a 330 ms check). Matches are the same.
 */
export const CLI_V8_FLAGS = ['--no-regexp-tier-up'];

export function setCliFlags() {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
}

/** The CommonJS wrapper, on the bundle's first line so stack traces keep their line numbers. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * Compiles and runs the bundle at `file` (an absolute path) with the code cache at
 * `${file}.cache` if there is one; returns its exports and the vm.Script (for createCachedData).
 */
export function loadBuild(file) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
