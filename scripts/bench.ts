// `npm run bench`: prints one JSON object with the figures the issues budget for.
// Each part lives beside this file; a part that fails is reported as an error, not hidden.
import { benchStorage } from './bench-storage';
import { benchRubric } from './bench-rubric';
import { benchExport } from './bench-export';
import { benchUi } from './bench-ui';
import { benchCli } from './bench-cli';
import { benchWorkspace } from './bench-workspace';
import { benchDurability } from './bench-durability';
import { benchFuzz } from './bench-fuzz';
import { benchBigdoc } from './bench-bigdoc';
import { benchPageFill } from './bench-pagefill';
import { benchDocxLarge } from './bench-docx-large';

type Part = () => Promise<Record<string, unknown>>;

const parts: Record<string, Part> = {
  storage: benchStorage,
  rubric: benchRubric,
  export: benchExport,
  ui: benchUi,
  durability: benchDurability,
  cli: benchCli,
  fuzz: benchFuzz,
  bigdoc: benchBigdoc,
  workspace: benchWorkspace,
  pagefill: benchPageFill,
  'docx-large': benchDocxLarge,
};

/** Long runs (1,000 kills, 20,000 fuzz inputs, 1 MB documents and DOCX exports, hundreds of PDFs: minutes each) run only when named. */
const ON_REQUEST = new Set(['durability', 'fuzz', 'bigdoc', 'pagefill', 'docx-large']);

const only = process.argv.slice(2);
const out: Record<string, unknown> = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length, platform: process.platform },
};
for (const [name, run] of Object.entries(parts)) {
  if (only.length > 0 ? !only.includes(name) : ON_REQUEST.has(name)) continue;
  try {
    out[name] = await run();
  } catch (err) {
    out[name] = { error: err instanceof Error ? err.message : String(err) };
  }
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
