// Process entry of the CLI when it runs from the TypeScript sources (bin/dossier.cjs through
// tsx, in a development checkout).
import path from 'node:path';
import { runProcess } from './processEntry';

await runProcess(path.resolve(import.meta.dirname, '..', '..'));
