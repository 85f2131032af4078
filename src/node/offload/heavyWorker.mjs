// Entry of the heavy-operations worker thread: loads heavyWorker.ts through tsx, the way
// bin/dossier.cjs loads the CLI from the sources, so the server needs no build step and tests need no bundle.
import { tsImport } from 'tsx/esm/api';

await tsImport('./heavyWorker.ts', import.meta.url);
