#!/usr/bin/env node
// `npm run web [-- --workspace DIR --port N --open]`: browser mode. Checks the arguments first
// (one line and exit 2 on a bad one, before any build), builds the renderer when out/renderer is
// missing or older than its sources, then runs src/server/main.ts through tsx, which opens the
// workspace (with the sample company on first run) and prints
// "Dossier is running at http://127.0.0.1:PORT/?token=…". --no-sample starts a new workspace empty.
// The steps are src/server/webLauncher.ts (tested with fakes); this file supplies the real effects.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { rendererBuildState, buildRenderer: build } = await tsImport('./rendererBuild.ts', import.meta.url);

function rendererIsStale() {
  return rendererBuildState(root) !== null;
}

function buildRenderer() {
  process.stdout.write('Building the Dossier app for your browser…\n');
  return build(root);
}

function startServer(serverArgs) {
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
}

const { launchWeb } = await tsImport('../src/server/webLauncher.ts', import.meta.url);
const code = launchWeb(process.argv.slice(2), {
  rendererIsStale,
  buildRenderer,
  startServer,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
if (code !== null) process.exitCode = code;
