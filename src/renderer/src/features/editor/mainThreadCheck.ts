// The rubric check on the page's main thread, so a keystroke's findings are committed in the same
// task as the key and painted in the same frame as the typed character (a Web Worker's answer
// always arrives after that frame). It is the same pure function the worker and the server run
// (src/shared/liveCheck.ts: checkWithEnv over packs compiled from their texts).
//
// Nothing of it is on the critical path of opening a document: its module (the core check plus
// wink-nlp and its 4 MB English model) is a separate chunk imported in an idle callback, and the
// packs, wink's model (built once, 100-300 ms) and a first check of the document (the first run
// of the stance patterns compiles their regexes) each run in an idle callback of their own, only
// after the candidate has paused typing. Until all of that is done the editor keeps checking in
// the worker.
//
// Which path a check takes is decided per check by chooseCheckPath: the main thread only when the
// check's expected cost, measured on this document, fits MAIN_THREAD_BUDGET_MS.
import type { CheckData, CheckDoc } from '../../../../shared/liveCheck';
import type * as LiveCheckModule from '../../../../shared/liveCheck';
import type { CheckResult, Template } from '../../../../shared/api';

/**
 * The most a main-thread check may be expected to cost (ms). The frame is 16.7 ms at 60 Hz; the
 * key's own work (CodeMirror's update, React, style, layout, paint) took about 5 ms of script and
 * as much again of rendering in the bench, so a check up to 4 ms still leaves the frame slack. A
 * one-page brief costs about 0.5-1 ms warm, a three-page one 1.5-3 ms.
 */
export const MAIN_THREAD_BUDGET_MS = 4;

/**
 * Documents longer than this (UTF-16 code units of section text, about 10 pages) always go to the
 * worker, whatever the measured speed: a bound on the worst case if a measurement was lucky.
 */
export const MAIN_THREAD_MAX_CHARS = 40_000;

export type CheckPath = 'main' | 'worker';

/**
 * Where the next check runs. `msPerChar` is the measured cost of a main-thread check of this
 * document per character of its text (null before any measurement). Pure; exported for its test.
 */
export function chooseCheckPath(opts: { mainReady: boolean; chars: number; msPerChar: number | null }): CheckPath {
  if (!opts.mainReady || opts.msPerChar === null) return 'worker';
  if (opts.chars > MAIN_THREAD_MAX_CHARS) return 'worker';
  return opts.chars * opts.msPerChar <= MAIN_THREAD_BUDGET_MS ? 'main' : 'worker';
}

/**
 * Where a check goes once the page's worker may have been stopped (useLiveCheck stops it when the
 * main thread checks the document): `path` is chooseCheckPath's answer; while a worker started
 * again is warming up (`workerWarming`), a document within MAIN_THREAD_MAX_CHARS stays on the main
 * thread (over its time budget, but in the key's frame) instead of waiting for the server. Pure;
 * exported for its test.
 */
export function checkPathWhileWorkerWarms(opts: {
  path: CheckPath;
  workerWarming: boolean;
  mainReady: boolean;
  chars: number;
}): CheckPath {
  if (opts.path === 'main') return 'main';
  return opts.workerWarming && opts.mainReady && opts.chars <= MAIN_THREAD_MAX_CHARS ? 'main' : 'worker';
}

/** How many recent checks the cost estimate remembers. */
export const COST_SAMPLES = 5;

/** A document's check cost per character, from its recent checks. */
export interface CostEstimate {
  /** Records a check of `chars` characters that took `ms` (main thread, or the worker's own time). */
  add: (ms: number, chars: number) => void;
  /** The median cost per character of the last COST_SAMPLES checks (ms), or null before any. */
  msPerChar: () => number | null;
}

/**
 * The running estimate behind chooseCheckPath: the median of the last COST_SAMPLES checks' cost
 * per character. A check's cost per character of one document changes slowly as it is edited, but
 * a single run can be slowed many times over by an unrelated task or a GC pause, or by another
 * process on a busy machine; the median ignores such one-off runs, and follows a slower machine
 * (or a document that became costlier) after three checks. The worker's own check time counts too
 * (the same function), so a document sent to the worker comes back when it is cheap again. A
 * document under 1,000 characters counts as 1,000: a check has a fixed cost, which must not read
 * as a high cost per character of a near-empty document. Pure; exported for its test.
 */
export function createCostEstimate(): CostEstimate {
  const recent: number[] = [];
  return {
    add: (ms, chars) => {
      recent.push(ms / Math.max(chars, 1_000));
      if (recent.length > COST_SAMPLES) recent.shift();
    },
    msPerChar: () => {
      if (recent.length === 0) return null;
      const sorted = [...recent].sort((a, b) => a - b);
      return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
    },
  };
}

/** Total length of a document's section texts. */
export function documentChars(sections: Record<string, string>): number {
  let n = 0;
  for (const text of Object.values(sections)) n += text.length;
  return n;
}

export interface MainThreadChecker {
  /** The check, synchronously: the same CheckResult as the worker's and the server's. */
  check: (template: Template, doc: CheckDoc) => CheckResult;
  /** Warm check time (ms) and length (characters) of the document it was warmed on. */
  warm: { ms: number; chars: number };
  /**
   * How long each step took on the main thread (ms): `module` from the import's start to its
   * module being evaluated (mostly fetching and evaluating the chunk), `packs`, `model` (wink's
   * model, 0 when an earlier checker built it), `firstCheck`. Each ran in an idle callback; the
   * longest is the longest a key typed meanwhile could wait.
   */
  steps: { module: number; packs: number; model: number; firstCheck: number };
}

let moduleLoad: Promise<typeof LiveCheckModule> | null = null;
let modelBuilt = false;

/**
 * How long the candidate must have stopped typing before a loading step runs (ms). The steps are
 * tasks of up to a few hundred milliseconds (evaluating the chunk, building wink's model, the first
 * check compiling its patterns) that cannot be split; a key typed during one waits for it. Typing
 * rarely pauses this long between keys, so the steps run in the pauses between bursts.
 */
export const QUIET_BEFORE_LOADING_MS = 750;

/** Resolves in an idle period of the main thread once `lastInputAt()` is QUIET_BEFORE_LOADING_MS old. */
async function idleAfterTyping(lastInputAt: () => number): Promise<void> {
  for (;;) {
    const wait = lastInputAt() + QUIET_BEFORE_LOADING_MS - performance.now();
    if (wait <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Makes a main-thread checker for one company's check data, each expensive step in an idle
 * callback of its own once the candidate has paused typing (`lastInputAt()`, performance.now() of
 * the newest input; see QUIET_BEFORE_LOADING_MS), and checks `sample()` (the open document) three
 * times: the first run warms the patterns, the cheaper of the other two is the warm cost.
 * `cancelled()` is polled between steps so a closed editor stops the work. Resolves null when
 * cancelled; rejects when the module cannot load.
 */
export async function loadMainThreadChecker(
  data: CheckData,
  sample: () => { template: Template; doc: CheckDoc },
  cancelled: () => boolean,
  lastInputAt: () => number = () => 0,
): Promise<MainThreadChecker | null> {
  const idle = () => idleAfterTyping(lastInputAt);
  await idle();
  if (cancelled()) return null;
  const steps = { module: 0, packs: 0, model: 0, firstCheck: 0 };
  let t = performance.now();
  moduleLoad ??= import('../../../../shared/liveCheck');
  const mod = await moduleLoad;
  steps.module = performance.now() - t;
  await idle();
  if (cancelled()) return null;
  t = performance.now();
  const check = mod.createLocalChecker(data);
  steps.packs = performance.now() - t;
  if (!modelBuilt) {
    await idle();
    if (cancelled()) return null;
    t = performance.now();
    mod.warmUpChecker();
    modelBuilt = true;
    steps.model = performance.now() - t;
  }
  // One run to warm up (the first run of some patterns compiles them), then the cheaper of two
  // measured runs, each in an idle callback of its own: a run that an unrelated task or a GC
  // interrupted must not send a small document to the worker.
  let best = Number.POSITIVE_INFINITY;
  let chars = 0;
  for (let run = 0; run < 3; run++) {
    await idle();
    if (cancelled()) return null;
    const { template, doc } = sample();
    const t0 = performance.now();
    check(template, doc);
    if (run > 0) best = Math.min(best, performance.now() - t0);
    else steps.firstCheck = performance.now() - t0;
    chars = documentChars(doc.sections);
  }
  return { check, warm: { ms: best, chars }, steps };
}
