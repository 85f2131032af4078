// Live rubric check: every change is checked right away in the page, never through a round trip,
// by the same pure core check as the server (src/shared/liveCheck.ts); saved scores stay the
// server's. Two places run it:
// - The main thread, in the key's own task (a microtask after CodeMirror's update), so the findings
//   are committed before the frame that paints the typed character and appear in that same frame.
//   Used once its module and wink's model have loaded in idle time while the candidate is not
//   typing (mainThreadCheck.ts), and only while this document's measured check cost fits
//   MAIN_THREAD_BUDGET_MS.
// - A Web Worker (liveCheck.worker.ts, fed once per document with rubric.checkData) for everything
//   else: large documents, and every check until the main thread is ready. The worker keeps the
//   document's text: each check posts only the sections that changed. While one worker check runs,
//   later changes coalesce into a single follow-up with the newest text. Until the worker has
//   answered a first check of the document, or where no worker can start, the check goes to the
//   server's rubric.check instead.
// Once the main thread checks this document, the worker is stopped (terminate(): its copy of the
// packs, the rubric and wink's model, about 35 MB of the page's process, is freed). A check that
// needs a worker again (the document grew past the budget) starts a new one, fed the same data;
// until it is ready such checks stay on the main thread (documents within MAIN_THREAD_MAX_CHARS)
// or go to the server (larger ones), and once it is, the newest text is checked there at once. A
// worker started again stays for the rest of the document.
// Every check is numbered when it reads the text; a result older than one already committed (a
// worker reply overtaken by a main-thread check) is dropped.
//
// The answer is committed in the task that receives it (flushSync), so it is painted in the next
// frame rather than after a separate React task; findings equal to the previous ones keep their
// objects (stableFindings), and a check that changes nothing visible does not re-render at all.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CheckResult, Template } from '../../../../shared/api';
import { call } from '../../api/client';
import { createCoalescer } from '../../lib/createCoalescer';
import type { LiveCheckReply, LiveCheckRequest } from './liveCheckMessages';
import { checkPathWhileWorkerWarms, chooseCheckPath, createCostEstimate, documentChars, loadMainThreadChecker } from './mainThreadCheck';
import type { MainThreadChecker } from './mainThreadCheck';
import type { CheckData } from '../../../../shared/liveCheck';
import { createResultGate } from './newestResultGate';
import { stableFindings } from './stableFindings';
import { countRender } from '../../lib/renderCount';

export interface LiveCheck {
  result: CheckResult;
  /** performance.now() of the newest input this result includes. */
  inputAt: number;
  /** How long the check took (the main-thread check, the worker round trip, or the rubric.check request). */
  requestMs: number;
  /** Where the result came from. */
  from: 'main' | 'worker' | 'server';
  /** The check itself, on the main thread or inside the worker (ms); null for the server. */
  computeMs: number | null;
  seq: number;
}

/** One worker for the page, started on first use; null when workers cannot run here. */
let worker: Worker | null | undefined;
const pending = new Map<number, (reply: LiveCheckReply) => void>();
let nextSeq = 1;
let nextKey = 1;
let nextDoc = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./liveCheck.worker.ts', import.meta.url), { type: 'module', name: 'dossier-live-check' });
    w.onmessage = (event: MessageEvent<LiveCheckReply>) => {
      const done = pending.get(event.data.seq);
      pending.delete(event.data.seq);
      done?.(event.data);
    };
    w.onerror = () => {
      // A worker that fails to load: fall back to the server for this page's lifetime.
      worker = null;
      for (const [seq, done] of pending) done({ seq, ok: false, error: 'The check worker stopped.' });
      pending.clear();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Ends the page's check worker and answers its pending checks with an error (their callers fall
 * back to the server); the next getWorker() starts a new one.
 */
function stopWorker(): void {
  const w = worker;
  if (!w) return;
  worker = undefined;
  w.terminate();
  for (const [seq, done] of pending) done({ seq, ok: false, error: 'The check worker was stopped.' });
  pending.clear();
}

function post(w: Worker, msg: LiveCheckRequest): void {
  w.postMessage(msg);
}

/**
 * What to send for this check: the sections that differ from what the worker holds (`held`), or
 * every section when it holds nothing. Pure; exported for its test.
 */
export function sectionsToSend(
  held: Record<string, string> | null,
  current: Record<string, string>,
): { full: boolean; sections: Record<string, string> } {
  if (!held) return { full: true, sections: current };
  const sections: Record<string, string> = {};
  for (const [id, text] of Object.entries(current)) if (held[id] !== text) sections[id] = text;
  return { full: false, sections };
}

export function useLiveCheck(opts: {
  company: string;
  template: Template;
  sections: () => Record<string, string>;
  silencedRules: string[];
  /** The document's title, read with its sections to choose the findings' language (findingsLanguage.ts). */
  title?: () => string;
  /**
   * Called in the task that delivers each result, after any React commit: the place to update
   * what React does not draw (the editors' underlines). `check` is the newest result, possibly
   * the same object as before when nothing changed.
   */
  onResult?: (check: LiveCheck) => void;
}): { check: LiveCheck | null; request: (inputAt: number) => void; error: string | null } {
  const [check, setCheck] = useState<LiveCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestInputAt = useRef(0);
  const seq = useRef(0);
  const alive = useRef(true);
  const params = useRef(opts);
  /** The key of the check data the worker holds for this editor, once it has it. */
  const workerKey = useRef<string | null>(null);
  /** The worker that holds workerKey's data (a stopped worker's key means nothing). */
  const workerFed = useRef<Worker | null>(null);
  /** This company's check data, kept to feed a new worker after the last one was stopped. */
  const checkData = useRef<CheckData | null>(null);
  /** Counts data hand-overs, so a stale worker's warm-up answer is ignored. */
  const feedGen = useRef(0);
  /** The worker was stopped once for this document; a worker started again after that stays. */
  const released = useRef(false);
  /**
   * True once the worker has answered its first check of this document: until then (module still
   * loading, packs compiling, model building: seconds on a busy machine) checks go to the server.
   */
  const workerReady = useRef(false);
  /** This editor's document name in the worker, and the texts and template the worker holds for it. */
  const docName = useRef(`doc#${nextDoc++}`);
  const held = useRef<{ sections: Record<string, string>; templateId: string } | null>(null);
  /** The newest result, for diffing (state may lag behind a skipped render). */
  const last = useRef<LiveCheck | null>(null);
  const lastError = useRef<string | null>(null);
  /** The main-thread checker for this company's data, once loaded and warm. */
  const mainChecker = useRef<MainThreadChecker | null>(null);
  /** Measured check cost per character of this document, for chooseCheckPath. */
  const cost = useRef(createCostEstimate());
  /** Numbers checks in the order they read the text; drops results older than one shown. */
  const gate = useRef(createResultGate());
  /** A main-thread check is queued for the end of this task. */
  const mainQueued = useRef(false);
  useEffect(() => {
    params.current = opts;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const { route, feedWorker } = useMemo(() => {
    /** Posts the check and resolves with the worker's reply (or null when it cannot be asked). */
    const askWorker = (p: typeof opts, sections: Record<string, string>): Promise<LiveCheckReply> | null => {
      const w = worker;
      const key = workerKey.current;
      if (!w || !key || workerFed.current !== w) return null;
      const h = held.current;
      const sameTemplate = h?.templateId === p.template.id;
      const send = sectionsToSend(sameTemplate ? (h?.sections ?? null) : null, sections);
      const s = nextSeq++;
      const reply = new Promise<LiveCheckReply>((resolve) => pending.set(s, resolve));
      post(w, {
        type: 'check',
        key,
        seq: s,
        doc: docName.current,
        ...(send.full ? { template: p.template } : {}),
        full: send.full,
        sections: send.sections,
        silencedRules: p.silencedRules,
        ...(p.title ? { title: p.title() } : {}),
      });
      held.current = { sections, templateId: p.template.id };
      return reply;
    };

    const commit = (next: LiveCheck, err: string | null) => {
      const prev = last.current;
      const visible =
        !prev ||
        err !== lastError.current ||
        next.result.findings !== prev.result.findings ||
        next.result.score !== prev.result.score ||
        next.result.speakingSeconds !== prev.result.speakingSeconds;
      last.current = next;
      lastError.current = err;
      if (visible) {
        countRender('CheckCommit');
        // Commit now, in this task: a separate React task could let a frame be drawn in between.
        flushSync(() => {
          setCheck(next);
          setError(err);
        });
      }
      params.current.onResult?.(next);
    };

    /** Commits a result unless a newer check's result is already on screen. */
    const deliver = (result: CheckResult, gen: number, meta: Omit<LiveCheck, 'result' | 'seq'>) => {
      if (!gate.current.accept(gen)) return;
      const prev = last.current?.result ?? null;
      const findings = stableFindings(prev?.findings ?? null, result.findings);
      commit({ result: findings === result.findings ? result : { ...result, findings }, ...meta, seq: ++seq.current }, null);
    };

    const run = createCoalescer(async () => {
      const at = latestInputAt.current;
      const p = params.current;
      const sentAt = performance.now();
      const sections = p.sections();
      const gen = gate.current.issue();
      let result: CheckResult | null = null;
      let from: LiveCheck['from'] = 'worker';
      let computeMs: number | null = null;
      const asked = workerReady.current ? askWorker(p, sections) : null;
      if (asked) {
        const reply = await asked;
        if (reply.ok) {
          result = reply.result;
          computeMs = reply.computeMs;
          // The same function's cost, measured in the worker: lets a document that shrank (or a
          // slow measurement) come back to the main thread.
          if (mainChecker.current) cost.current.add(reply.computeMs, documentChars(sections));
        }
        // The worker may not hold this document any more: send everything next time.
        else held.current = null;
      }
      if (!result) {
        from = 'server';
        const res = await call('rubric.check', { company: p.company, templateId: p.template.id, sections, silencedRules: p.silencedRules, ...(p.title ? { title: p.title() } : {}) });
        if (!alive.current) return;
        if (!res.ok) {
          lastError.current = res.error.message;
          setError(res.error.message);
          return;
        }
        result = res.data;
      }
      if (!alive.current) return;
      deliver(result, gen, { inputAt: at, requestMs: performance.now() - sentAt, from, computeMs });
    });

    /**
     * Starts (or reuses) the page's worker, hands it this company's check data and checks the
     * document there once: it takes in the text and warms up, and keystrokes use it from its
     * answer on. `deliverFirst`: once it has answered, the newest text is checked there at once (a
     * worker started again for a document that outgrew the main thread, whose checks went to the
     * server meanwhile), so the findings shown are the worker's without waiting for another key.
     */
    const feedWorker = (deliverFirst: boolean): void => {
      const data = checkData.current;
      const w = getWorker();
      if (!data || !w) return;
      const fed = ++feedGen.current;
      const p = params.current;
      const key = `${p.company}#${nextKey++}`;
      post(w, { type: 'data', key, data });
      workerKey.current = key;
      workerFed.current = w;
      workerReady.current = false;
      held.current = null;
      void askWorker(p, p.sections())?.then((reply) => {
        if (fed !== feedGen.current || !alive.current) return;
        if (!reply.ok) {
          held.current = null;
          return;
        }
        workerReady.current = true;
        // The server's answers to the checks made meanwhile may be newer than this one: check the
        // newest text again, now in the worker.
        if (deliverFirst) run.request();
      });
    };

    /** Stops the worker once the main thread checks this document (see the note at the top). */
    const releaseWorker = (): void => {
      if (released.current || !workerFed.current || workerFed.current !== worker) return;
      released.current = true;
      feedGen.current++;
      workerFed.current = null;
      workerKey.current = null;
      workerReady.current = false;
      held.current = null;
      stopWorker();
    };

    /** The check on the main thread, now; false when it cannot run here (then ask the worker). */
    const checkHere = (): boolean => {
      const checker = mainChecker.current;
      if (!checker || !alive.current) return false;
      const p = params.current;
      const at = latestInputAt.current;
      const sections = p.sections();
      const gen = gate.current.issue();
      const t0 = performance.now();
      let result: CheckResult;
      try {
        result = checker.check(p.template, { sections, silencedRules: p.silencedRules, ...(p.title ? { title: p.title() } : {}) });
      } catch {
        // Not expected (it is the worker's function); if it happens, the worker takes over.
        mainChecker.current = null;
        return false;
      }
      const ms = performance.now() - t0;
      cost.current.add(ms, documentChars(sections));
      deliver(result, gen, { inputAt: at, requestMs: ms, from: 'main', computeMs: ms });
      releaseWorker();
      return true;
    };

    /**
     * Checks the newest text on the main thread at the end of the current task when it fits the
     * budget, else in the worker. A microtask: CodeMirror is still inside its update when it
     * reports a change, and the underlines are a new transaction; microtasks still run before the
     * frame is rendered.
     */
    const route = () => {
      const p = params.current;
      const chars = documentChars(p.sections());
      const path = chooseCheckPath({
        mainReady: mainChecker.current !== null,
        chars,
        msPerChar: cost.current.msPerChar(),
      });
      // A document that outgrew the main thread's budget after its worker was stopped: start one
      // again. While it warms up (seconds on a busy machine), a document within the main thread's
      // size bound stays there, over its time budget but still in the key's frame, rather than
      // waiting for the server; a larger one goes to the server.
      if (path === 'worker' && released.current && workerFed.current === null) feedWorker(true);
      const where = checkPathWhileWorkerWarms({
        path,
        workerWarming: released.current && !workerReady.current,
        mainReady: mainChecker.current !== null,
        chars,
      });
      if (where === 'worker') {
        run.request();
        return;
      }
      if (mainQueued.current) return;
      mainQueued.current = true;
      queueMicrotask(() => {
        mainQueued.current = false;
        if (!checkHere()) run.request();
      });
    };
    return { route, feedWorker };
  }, []);

  // Hand the worker this company's packs and settings once per document open, and load the
  // main-thread checker for the same data in idle time.
  const { company } = opts;
  useEffect(() => {
    workerKey.current = null;
    workerFed.current = null;
    workerReady.current = false;
    held.current = null;
    checkData.current = null;
    released.current = false;
    mainChecker.current = null;
    cost.current = createCostEstimate();
    // Started now, so its module loads while the data is on its way.
    getWorker();
    let current = true;
    void call('rubric.checkData', { company }).then((res) => {
      if (!current || !res.ok) return;
      checkData.current = res.data;
      feedWorker(false);
      const sample = () => ({
        template: params.current.template,
        doc: { sections: params.current.sections(), silencedRules: params.current.silencedRules, ...(params.current.title ? { title: params.current.title() } : {}) },
      });
      loadMainThreadChecker(res.data, sample, () => !current || !alive.current, () => latestInputAt.current).then(
        (checker) => {
          if (!checker || !current) return;
          mainChecker.current = checker;
          cost.current.add(checker.warm.ms, checker.warm.chars);
          window.__dossierMainCheck = {
            readyAt: performance.now(),
            msPerChar: checker.warm.ms / Math.max(checker.warm.chars, 1_000),
            steps: checker.steps,
          };
        },
        () => {
          // The chunk did not load (offline file, old browser): the worker keeps every check.
        },
      );
    });
    return () => {
      current = false;
    };
  }, [company, feedWorker]);

  const request = useCallback(
    (inputAt: number) => {
      latestInputAt.current = inputAt;
      route();
    },
    [route],
  );

  return { check, request, error };
}
