// Where the editor checks a keystroke (main thread or worker), the running cost estimate behind
// that choice, and the gate that keeps an older result from replacing a newer one.
import { describe, expect, it } from 'vitest';
import {
  MAIN_THREAD_BUDGET_MS,
  MAIN_THREAD_MAX_CHARS,
  checkPathWhileWorkerWarms,
  chooseCheckPath,
  documentChars,
  createCostEstimate,
} from '../../../src/renderer/src/features/editor/mainThreadCheck';
import { createResultGate } from '../../../src/renderer/src/features/editor/newestResultGate';

describe('chooseCheckPath', () => {
  const onePage = 3_000;
  const warm = 1 / 3_000; // 1 ms for a one-page brief
  it.each([
    ['main thread not loaded yet', { mainReady: false, chars: onePage, msPerChar: warm }, 'worker'],
    ['no measurement yet', { mainReady: true, chars: onePage, msPerChar: null }, 'worker'],
    ['one page, 1 ms', { mainReady: true, chars: onePage, msPerChar: warm }, 'main'],
    ['three pages, 3 ms', { mainReady: true, chars: 3 * onePage, msPerChar: warm }, 'main'],
    ['exactly the budget', { mainReady: true, chars: 1_000, msPerChar: MAIN_THREAD_BUDGET_MS / 1_000 }, 'main'],
    ['just over the budget', { mainReady: true, chars: 1_001, msPerChar: MAIN_THREAD_BUDGET_MS / 1_000 }, 'worker'],
    ['a slow machine: one page at 6 ms', { mainReady: true, chars: onePage, msPerChar: 6 / onePage }, 'worker'],
    ['fast, but over the size cap', { mainReady: true, chars: MAIN_THREAD_MAX_CHARS + 1, msPerChar: 1e-6 }, 'worker'],
    ['fast, at the size cap', { mainReady: true, chars: MAIN_THREAD_MAX_CHARS, msPerChar: 1e-6 }, 'main'],
  ] as const)('%s -> %s', (_name, opts, want) => {
    expect(chooseCheckPath(opts)).toBe(want);
  });
});

describe('checkPathWhileWorkerWarms', () => {
  const onePage = 3_000;
  it.each([
    ['the main thread fits: stays there', { path: 'main', workerWarming: false, mainReady: true, chars: onePage }, 'main'],
    ['over budget, a warm worker: the worker', { path: 'worker', workerWarming: false, mainReady: true, chars: onePage }, 'worker'],
    ['over budget, the worker warming: the main thread', { path: 'worker', workerWarming: true, mainReady: true, chars: onePage }, 'main'],
    ['at the size cap, the worker warming: the main thread', { path: 'worker', workerWarming: true, mainReady: true, chars: MAIN_THREAD_MAX_CHARS }, 'main'],
    ['over the size cap, the worker warming: not the main thread', { path: 'worker', workerWarming: true, mainReady: true, chars: MAIN_THREAD_MAX_CHARS + 1 }, 'worker'],
    ['main thread not loaded, the worker warming: not the main thread', { path: 'worker', workerWarming: true, mainReady: false, chars: onePage }, 'worker'],
  ] as const)('%s', (_name, opts, want) => {
    expect(checkPathWhileWorkerWarms(opts)).toBe(want);
  });
});

describe('createCostEstimate', () => {
  const est = (runs: [number, number][]) => {
    const c = createCostEstimate();
    for (const [ms, chars] of runs) c.add(ms, chars);
    return c.msPerChar();
  };
  it('knows nothing before a check', () => {
    expect(est([])).toBeNull();
  });
  it('is the cost per character of a single check', () => {
    expect(est([[3, 3_000]])).toBeCloseTo(0.001);
  });
  it('counts a near-empty document as 1,000 characters (a check has a fixed cost)', () => {
    expect(est([[0.5, 10]])).toBeCloseTo(0.0005);
  });
  it('ignores one slow run (a GC pause, a busy machine): the path stays the main thread', () => {
    const x = est([[1, 3_000], [1, 3_000], [40, 3_000], [1.2, 3_000], [0.9, 3_000]]);
    expect(x).toBeCloseTo(1 / 3_000);
    expect(chooseCheckPath({ mainReady: true, chars: 3_000, msPerChar: x })).toBe('main');
  });
  it('follows a lasting slowdown after three slow checks, and remembers only the last five', () => {
    const runs: [number, number][] = [[1, 3_000], [1, 3_000], [9, 3_000], [9, 3_000]];
    expect(chooseCheckPath({ mainReady: true, chars: 3_000, msPerChar: est(runs) })).toBe('main');
    runs.push([9, 3_000]);
    expect(chooseCheckPath({ mainReady: true, chars: 3_000, msPerChar: est(runs) })).toBe('worker');
    // Five fast checks later (the worker's own times), the first slow ones are forgotten.
    runs.push([1, 3_000], [1, 3_000], [1, 3_000]);
    expect(chooseCheckPath({ mainReady: true, chars: 3_000, msPerChar: est(runs) })).toBe('main');
  });
  it('scales with the document: the same cost per character over a pasted page more', () => {
    const x = est([[1, 3_000]]);
    expect(chooseCheckPath({ mainReady: true, chars: 6_000, msPerChar: x })).toBe('main');
    expect(chooseCheckPath({ mainReady: true, chars: 15_000, msPerChar: x })).toBe('worker');
  });
});

describe('documentChars', () => {
  it('adds up every section', () => {
    expect(documentChars({ a: 'abc', b: '', c: '我们' })).toBe(5);
  });
});

describe('createResultGate', () => {
  it('shows results in order and drops one overtaken by a later check', () => {
    const gate = createResultGate();
    const worker = gate.issue(); // a worker check reads the text, its reply is on its way
    const main = gate.issue(); // the next key is checked on the main thread, in its own task
    expect(gate.accept(main)).toBe(true);
    expect(gate.accept(worker)).toBe(false);
    const next = gate.issue();
    expect(gate.accept(next)).toBe(true);
  });
  it('accepts the same check again (a repeated commit of one result)', () => {
    const gate = createResultGate();
    const n = gate.issue();
    expect(gate.accept(n)).toBe(true);
    expect(gate.accept(n)).toBe(true);
  });
});
