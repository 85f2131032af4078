#!/usr/bin/env node
// `npm run web [-- --workspace DIR --port N --open]`: browser mode. Builds the renderer when
// out/renderer is missing or older than its sources, then runs src/server/main.ts through tsx,
// which opens the workspace (with the sample company on first run) and prints
// "Dossier is running at http://127.0.0.1:PORT/?token=…". --no-sample starts a new workspace empty.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from './newestMtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const index = join(root, 'out', 'renderer', 'index.html');

function rendererIsStale() {
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  // The renderer bundles src/shared and, through its re-exports, pure parts of src/core.
  return ['src/renderer', 'src/shared', 'src/core', 'vite.web.config.ts', 'scripts/rendererChunks.ts'].some((rel) => newestMtime(join(root, rel)) > built);
}

function buildRenderer() {
  process.stdout.write('Building the Dossier app for your browser…\n');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    process.stderr.write('The Dossier app could not be built (vite build failed; see the messages above).\n');
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const help = args.includes('--help') || args.includes('-h');
const noSample = args.includes('--no-sample');
const serverArgs = args.filter((a) => a !== '--no-sample');
if (!noSample && !help && !serverArgs.includes('--sample')) serverArgs.push('--sample');

if (!help && rendererIsStale()) buildRenderer();

const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'server', 'main.ts'), ...serverArgs], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl+C reaches the server too (same terminal); it closes the workspace, and we exit with it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (err) => {
  process.stderr.write(`Dossier could not start its server: ${err.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
