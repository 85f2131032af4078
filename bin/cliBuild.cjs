// How the `dossier` command runs its build (out/cli/*.cjs, made by scripts/build-cli.mjs), shared
// by bin/dossier.cjs and the build script so both compile exactly the same text with the same V8
// flags: V8 accepts a code cache only for the same source, V8 version and flags. Both compile
// under V8's default flags; the CLI's own flags are set later, once the command's modules are
// loaded (src/cli/processRun.ts, oneShotFlags), because Node's built-in modules (node:crypto, os…)
// loaded after any flag change miss Node's own code cache and are compiled afresh.
//
// Each bundle is compiled with vm.Script and its V8 code cache (<bundle>.cache, written by the
// build after a warm-up of the commands it serves), so a start neither parses nor compiles the
// functions the warm-up ran. Node 20 has no compile cache for modules (module.enableCompileCache
// is Node 22.1+). A missing, unreadable or rejected cache (another Node version, other flags) only
// means V8 compiles as usual. Node 20 does not check a cache's bytes, and a damaged one of the
// right length aborts the process ("Invalid bytecode"), so each cache file starts with a magic
// word and the CRC-32 of the cache (sealCache), and a file whose check fails is not used.
// CommonJS, because an ES module entry costs a few ms more to start.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Commands with a bundle of their own (out/cli/<command>.cjs: only that command's code, and a code
 * cache of only what it compiles); every other command runs out/cli/dossier.cjs.
 */
const OWN_BUNDLE = ['check', 'export'];

/** The bundle file name (in out/cli) that runs `dossier <command>`. */
function bundleFor(command) {
  return OWN_BUNDLE.includes(command) ? `${command}.cjs` : 'dossier.cjs';
}

/**
 * True when `<appRoot>/out/cli` exists and none of the source files it was built from changed
 * since (out/cli/inputs.json: [path relative to appRoot, mtimeMs] pairs).
 */
function buildIsCurrent(appRoot) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(appRoot, 'out', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  // A damaged manifest ({} or null, no inputs) is not a current build.
  const inputs = manifest !== null && typeof manifest === 'object' ? manifest.inputs : undefined;
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  for (const entry of inputs) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') return false;
    let now;
    try {
      now = statSync(`${appRoot}/${entry[0]}`).mtimeMs;
    } catch {
      return false;
    }
    if (now !== entry[1]) return false;
  }
  return true;
}

/** 'DCC1': the first word of a sealed code cache file, then the CRC-32 of the cache. */
const CACHE_MAGIC = 0x31434344;

/** A code cache file's bytes: magic, CRC-32 of `cache` (both little-endian uint32), `cache`. */
function sealCache(cache) {
  const out = Buffer.alloc(8 + cache.length);
  out.writeUInt32LE(CACHE_MAGIC, 0);
  out.writeUInt32LE(crc32(cache), 4);
  out.set(cache, 8);
  return out;
}

/** The cache inside a sealed file's bytes, or undefined when the file is not one or is damaged. */
function unsealCache(bytes) {
  if (bytes.length <= 8 || bytes.readUInt32LE(0) !== CACHE_MAGIC) return undefined;
  const cache = bytes.subarray(8);
  return crc32(cache) === bytes.readUInt32LE(4) ? cache : undefined;
}

/** The CommonJS wrapper, on the bundle's first line so stack traces keep their line numbers. */
function wrap(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * Compiles and runs the bundle at `file` (an absolute path) with the code cache at
 * `${file}.cache` if there is one; returns its exports and the vm.Script (for createCachedData).
 */
function loadBuild(file) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = unsealCache(readFileSync(`${file}.cache`));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  return { exports: mod.exports, script };
}

module.exports = { OWN_BUNDLE, bundleFor, buildIsCurrent, loadBuild, sealCache, unsealCache };
