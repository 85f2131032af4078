#!/usr/bin/env node
// `npm start`: finds the Electron runtime (downloading it once if it is missing), builds the app
// with electron-vite when out/ is missing or older than the sources, then launches Dossier.
// Where Electron cannot be had, it says so in one line and points to browser mode; no stack trace.
//
// Options: --skip-build (launch what is built). Everything else is passed to Dossier (e.g.
// --workspace DIR, or --no-sandbox, without which Linux will not start it as root).
// Environment: DOSSIER_ELECTRON_PATH (use this Electron binary), DOSSIER_ELECTRON_INSTALL
// (script run instead of electron's install.js; for tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from './newestMtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const NO_ELECTRON =
  "Dossier's desktop shell needs the Electron runtime, which could not be downloaded here. Run Dossier in your browser instead: npm run web";

const AS_ROOT =
  "Dossier's desktop shell does not run as root: Chromium's sandbox needs a normal user account. Run npm start as yourself, or use browser mode: npm run web (to run as root anyway, without the sandbox: npm start -- --no-sandbox)";

function platformBinary() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

function electronPackageDir() {
  const dir = join(root, 'node_modules', 'electron');
  return existsSync(join(dir, 'package.json')) ? dir : null;
}

/** Where the Electron binary is (or would be once installed); null when the package is absent. */
function electronBinaryPath() {
  if (process.env.DOSSIER_ELECTRON_PATH) return resolve(process.env.DOSSIER_ELECTRON_PATH);
  const dir = electronPackageDir();
  if (!dir) return null;
  let rel = platformBinary();
  try {
    rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim() || rel;
  } catch {
    // Not installed yet: path.txt is written by the download.
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel);
  return join(dir, 'dist', rel);
}

function isExecutableFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** One attempt at downloading the runtime, quietly; true when it reported success. */
function tryInstallOnce() {
  const script = process.env.DOSSIER_ELECTRON_INSTALL
    ? resolve(process.env.DOSSIER_ELECTRON_INSTALL)
    : (() => {
        const dir = electronPackageDir();
        return dir ? join(dir, 'install.js') : null;
      })();
  if (!script || !existsSync(script)) return false;
  process.stdout.write('Downloading the Electron runtime (first run only)…\n');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, [script], { cwd: root, env, stdio: 'pipe', timeout: 5 * 60_000 });
  return run.status === 0;
}

function findElectron() {
  let binary = electronBinaryPath();
  if (binary && isExecutableFile(binary)) return binary;
  if (!tryInstallOnce()) return null;
  binary = electronBinaryPath();
  return binary && isExecutableFile(binary) ? binary : null;
}

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['electron', 'src', 'electron.vite.config.ts', 'scripts/rendererChunks.ts', 'package.json'];

function needsBuild() {
  let oldestOutput = Infinity;
  for (const rel of OUTPUTS) {
    const path = join(root, rel);
    if (!existsSync(path)) return true;
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs);
  }
  return SOURCES.some((rel) => newestMtime(join(root, rel)) > oldestOutput);
}

function build() {
  process.stdout.write('Building Dossier…\n');
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const run = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write('Dossier could not be built (electron-vite build failed; see the messages above).\n');
    process.exit(1);
  }
}

function main() {
  const args = process.argv.slice(2);
  const skipBuild = args.includes('--skip-build');
  const passThrough = args.filter((a) => a !== '--skip-build');

  const electron = findElectron();
  if (!electron) {
    process.stderr.write(`${NO_ELECTRON}\n`);
    process.exit(1);
  }
  // Chromium's sandbox refuses root on Linux and Electron then dies with a FATAL line; say it plainly.
  if (process.platform === 'linux' && process.getuid?.() === 0 && !passThrough.includes('--no-sandbox')) {
    process.stderr.write(`${AS_ROOT}\n`);
    process.exit(1);
  }
  if (!skipBuild && needsBuild()) build();

  const child = spawn(electron, [root, ...passThrough], { cwd: root, stdio: 'inherit', windowsHide: false });
  child.on('error', () => {
    process.stderr.write(`${NO_ELECTRON}\n`);
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (err) {
  process.stderr.write(`Dossier could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
