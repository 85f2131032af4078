// Live rubric check: every change is checked right away in a Web Worker running the same pure core
// check as the server (liveCheck.worker.ts, fed once per document with rubric.checkData), so a
// keystroke never waits for a round trip. While one check runs, later changes coalesce into a
// single follow-up with the newest text. Until the worker has its data, or where no worker can
// start, the check goes to the server's rubric.check instead. Saved scores stay the server's.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckResult, Template } from '../../../../shared/api';
import { call } from '../../api/client';
import { createCoalescer } from '../../lib/createCoalescer';
import type { LiveCheckReply, LiveCheckRequest } from './liveCheckMessages';

export interface LiveCheck {
  result: CheckResult;
  /** performance.now() of the newest input this result includes. */
  inputAt: number;
  /** How long the check took (worker round trip, or the rubric.check request). */
  requestMs: number;
  /** Where the result came from. */
  from: 'worker' | 'server';
  seq: number;
}

/** One worker for the page, started on first use; null when workers cannot run here. */
let worker: Worker | null | undefined;
const pending = new Map<number, (reply: LiveCheckReply) => void>();
let nextSeq = 1;
let nextKey = 1;

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

function post(w: Worker, msg: LiveCheckRequest): void {
  w.postMessage(msg);
}

function checkInWorker(w: Worker, key: string, template: Template, doc: { sections: Record<string, string>; silencedRules: string[] }): Promise<LiveCheckReply> {
  const seq = nextSeq++;
  return new Promise((resolve) => {
    pending.set(seq, resolve);
    post(w, { type: 'check', key, seq, template, doc });
  });
}

export function useLiveCheck(opts: {
  company: string;
  template: Template;
  sections: () => Record<string, string>;
  silencedRules: string[];
}): { check: LiveCheck | null; request: (inputAt: number) => void; error: string | null } {
  const [check, setCheck] = useState<LiveCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestInputAt = useRef(0);
  const seq = useRef(0);
  const alive = useRef(true);
  const params = useRef(opts);
  /** The key of the check data the worker holds for this editor, once it has it. */
  const workerKey = useRef<string | null>(null);
  useEffect(() => {
    params.current = opts;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Hand the worker this company's packs and settings once per document open.
  const { company } = opts;
  useEffect(() => {
    workerKey.current = null;
    const w = getWorker();
    if (!w) return;
    let current = true;
    void call('rubric.checkData', { company }).then((res) => {
      if (!current || !res.ok || worker !== w) return;
      const key = `${company}#${nextKey++}`;
      post(w, { type: 'data', key, data: res.data });
      workerKey.current = key;
    });
    return () => {
      current = false;
    };
  }, [company]);

  const coalescer = useMemo(
    () =>
      createCoalescer(async () => {
        const at = latestInputAt.current;
        const p = params.current;
        const sentAt = performance.now();
        const doc = { sections: p.sections(), silencedRules: p.silencedRules };
        const w = worker;
        const key = workerKey.current;
        let result: CheckResult | null = null;
        let from: LiveCheck['from'] = 'worker';
        if (w && key) {
          const reply = await checkInWorker(w, key, p.template, doc);
          if (reply.ok) result = reply.result;
        }
        if (!result) {
          from = 'server';
          const res = await call('rubric.check', { company: p.company, templateId: p.template.id, ...doc });
          if (!alive.current) return;
          if (!res.ok) {
            setError(res.error.message);
            return;
          }
          result = res.data;
        }
        if (!alive.current) return;
        setError(null);
        setCheck({ result, inputAt: at, requestMs: performance.now() - sentAt, from, seq: ++seq.current });
      }),
    [],
  );

  const request = useCallback(
    (inputAt: number) => {
      latestInputAt.current = inputAt;
      coalescer.request();
    },
    [coalescer],
  );

  return { check, request, error };
}
