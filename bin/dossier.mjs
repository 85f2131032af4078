#!/usr/bin/env node
// The `dossier` command: loads the TypeScript CLI in-process through tsx's import API, so no
// build step is needed and no second Node process is started.
import { tsImport } from 'tsx/esm/api';

try {
  await tsImport('../src/cli/run.ts', import.meta.url);
} catch (err) {
  process.stderr.write(`dossier: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
