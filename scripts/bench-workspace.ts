// Workspace scale benchmark (issue 13, item 4), each figure beside its floor from the same run:
// - 1,000 documents (50 companies x 20, written as Dossier saves them): open + list every folder,
//   against the read-and-parse floor (list the folders, readFileSync + JSON.parse of the same
//   files, nothing else). Floor and load alternate, run by run, so each ratio compares runs made
//   seconds apart on a shared machine; reported: the median ratio, the medians, the run count and
//   the load average. Two cases: the usual open, with the .dossier/validated.json left by the
//   previous writable open (files whose bytes validated before are not validated again), and an
//   open with no such cache (the first open, or every file changed), where every file is validated;
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
const RUNS = 11;

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

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Wall time and this process's CPU time (all its threads, GC included) of fn, in ms. */
function timeWallCpu(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const wall = timeMs(fn);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Floor and load run alternately `runs` times: medians and the median of the paired ratios, of
 * wall time and of CPU time (which other processes on a shared machine disturb less).
 */
function paired(root: string, runs: number, before: () => void = () => {}): { loadMs: number; floorMs: number; ratio: number; cpuRatio: number; documents: number } {
  const floors: number[] = [];
  const loads: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  let documents = 0;
  for (let i = 0; i < runs; i++) {
    before();
    const f = timeWallCpu(() => void readAndParse(root));
    before();
    const l = timeWallCpu(() => {
      const r = openAndList(root);
      documents = r.documents;
      r.store.close();
    });
    floors.push(f.wall);
    loads.push(l.wall);
    ratios.push(l.wall / f.wall);
    cpuRatios.push(l.cpu / f.cpu);
  }
  return { loadMs: median(loads), floorMs: median(floors), ratio: median(ratios), cpuRatio: median(cpuRatios), documents };
}

const loadAverage = (): number[] => os.loadavg().map((n) => round(n));

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
    const loadAverageAtStart = loadAverage();
    generateWorkspace(root, 50, 20);
    const bytes = jsonFiles(root).reduce((n, f) => n + fs.statSync(f).size, 0);
    const validatedCache = path.join(root, '.dossier', 'validated.json');
    // Warm the file cache and the code for both sides first.
    readAndParse(root);
    openAndList(root).store.close();
    // No validated-files cache: every file is validated (the first open, or every file changed).
    const cold = paired(root, RUNS, () => fs.rmSync(validatedCache, { force: true }));
    // The usual open: a writable open (the app's) left the cache, read-only opens use it.
    const firstWritableOpenMs = timeMs(() => openWorkspace(root).close());
    const warm = paired(root, RUNS);
    const documents = warm.documents;
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
    openWorkspace(big).close(); // the writable open that leaves the cache
    const big10k = paired(big, 5);

    return {
      documents,
      jsonBytesKb: Math.round(bytes / 1024),
      runs: RUNS,
      loadAverageAtStart,
      loadAverageAtEnd: loadAverage(),
      loadMedianMs: round(warm.loadMs),
      readAndParseFloorMs: round(warm.floorMs),
      loadToFloor: round(warm.ratio),
      loadToFloorCpu: round(warm.cpuRatio),
      noValidatedCache: {
        loadMedianMs: round(cold.loadMs),
        readAndParseFloorMs: round(cold.floorMs),
        loadToFloor: round(cold.ratio),
        loadToFloorCpu: round(cold.cpuRatio),
      },
      firstWritableOpenMs: round(firstWritableOpenMs),
      storeHeapKb: Math.round(storeHeap / 1024),
      storeHeapToBytes: round(storeHeap / bytes),
      floorHeapToBytes: round(floorHeap / bytes),
      dashboardFirstNoCacheMs: round(dashboardNoCacheMs),
      dashboardFirstWithCacheMs: round(dashboardCachedMs),
      documents10k: big10k.documents,
      runs10k: 5,
      load10kMedianMs: round(big10k.loadMs),
      readAndParseFloor10kMs: round(big10k.floorMs),
      load10kToFloor: round(big10k.ratio),
      load10kToFloorCpu: round(big10k.cpuRatio),
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
