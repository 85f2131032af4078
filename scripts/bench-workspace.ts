// Workspace scale benchmark (issue 13, item 4), each figure beside its floor from the same run:
// - 1,000 documents (50 companies x 20): open + list every folder, against the read-and-parse
//   floor (readFileSync + JSON.parse of the same files, nothing else), median of several runs;
// - memory kept by the open store (V8 heap after a full GC) against the bytes of the JSON on
//   disk, and against what the floor itself keeps (the parsed objects);
// - the readiness dashboard over those 1,000 documents, the first time in a session: with no
//   score cache (every document checked) and with the cache left by an earlier session;
// - 10,000 documents (100 x 100): open + list, against its floor.
// Goals: load <= 1.5x floor, memory <= 1.2x bytes, first dashboard <= 150 ms, 10,000 open <= 1 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateWorkspace } from './bench-storage';
import { openWorkspace } from '../src/core/workspace/openWorkspace';
import { createCoreContext } from '../src/core/openContext';
import { createHandlers } from '../src/core/handlers/index';
import { closeScoreCaches } from '../src/core/rubric/scoreCache';
import { median, round } from './benchStats';

const appRoot = path.resolve(import.meta.dirname, '..');
const RUNS = 5;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function jsonFiles(root: string): string[] {
  const out: string[] = [path.join(root, 'workspace.json')];
  const companies = path.join(root, 'companies');
  for (const slug of fs.readdirSync(companies)) {
    out.push(path.join(companies, slug, 'dossier.json'));
    const docs = path.join(companies, slug, 'documents');
    for (const f of fs.readdirSync(docs)) if (f.endsWith('.json')) out.push(path.join(docs, f));
  }
  return out;
}

/** The floor: list the folders, read and parse every file, keep the parsed data. */
function readAndParse(root: string): unknown[] {
  return jsonFiles(root).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as unknown);
}

function openAndList(root: string): { store: ReturnType<typeof openWorkspace>; documents: number } {
  const store = openWorkspace(root, { readOnly: true });
  let documents = 0;
  for (const c of store.listCompanies()) documents += store.listDocuments(c.slug).length;
  return { store, documents };
}

function timeMedian(fn: () => void, runs = RUNS): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

function heapKeptBy<T>(make: () => T): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return after - before;
}

async function dashboardFirstMs(root: string): Promise<number> {
  closeScoreCaches();
  const ctx = await createCoreContext({ root, shell: 'browser', appRoot, printer: null });
  try {
    const h = createHandlers(ctx);
    const t0 = performance.now();
    await h['dashboard.get']({});
    return performance.now() - t0;
  } finally {
    closeScoreCaches(); // writes the cache this session built
    ctx.store.close();
  }
}

export async function benchWorkspace(): Promise<Record<string, unknown>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-ws-'));
  const big = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-ws10k-'));
  try {
    generateWorkspace(root, 50, 20);
    const bytes = jsonFiles(root).reduce((n, f) => n + fs.statSync(f).size, 0);
    // Warm the file cache and the code for both sides first.
    readAndParse(root);
    openAndList(root).store.close();
    const floorMs = timeMedian(() => void readAndParse(root));
    let documents = 0;
    const loadMs = timeMedian(() => {
      const r = openAndList(root);
      documents = r.documents;
      r.store.close();
    });
    let store: ReturnType<typeof openWorkspace> | null = null;
    const storeHeap = heapKeptBy(() => (store = openAndList(root).store));
    (store as ReturnType<typeof openWorkspace> | null)?.close();
    store = null;
    const floorHeap = heapKeptBy(() => readAndParse(root));

    fs.rmSync(path.join(root, '.dossier', 'scores.json'), { force: true });
    const dashboardNoCacheMs = await dashboardFirstMs(root);
    const dashboardCachedMs = await dashboardFirstMs(root);

    generateWorkspace(big, 100, 100);
    readAndParse(big);
    const floor10kMs = timeMedian(() => void readAndParse(big), 3);
    let documents10k = 0;
    const load10kMs = timeMedian(() => {
      const r = openAndList(big);
      documents10k = r.documents;
      r.store.close();
    }, 3);

    return {
      documents,
      jsonBytesKb: Math.round(bytes / 1024),
      loadMedianMs: round(loadMs),
      readAndParseFloorMs: round(floorMs),
      loadToFloor: round(loadMs / floorMs),
      storeHeapKb: Math.round(storeHeap / 1024),
      storeHeapToBytes: round(storeHeap / bytes),
      floorHeapToBytes: round(floorHeap / bytes),
      dashboardFirstNoCacheMs: round(dashboardNoCacheMs),
      dashboardFirstWithCacheMs: round(dashboardCachedMs),
      documents10k,
      load10kMedianMs: round(load10kMs),
      readAndParseFloor10kMs: round(floor10kMs),
      load10kToFloor: round(load10kMs / floor10kMs),
      goals: { loadToFloor: 1.5, storeHeapToBytes: 1.2, dashboardFirstMs: 150, load10kMs: 1000 },
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(big, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchWorkspace().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
