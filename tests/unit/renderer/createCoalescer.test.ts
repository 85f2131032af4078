import { describe, expect, it } from 'vitest';
import { createCoalescer } from '../../../src/renderer/src/lib/createCoalescer';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createCoalescer', () => {
  it('runs at once when idle', async () => {
    let runs = 0;
    const c = createCoalescer(async () => {
      runs++;
    });
    c.request();
    await tick();
    expect(runs).toBe(1);
  });

  it('folds every request made during a run into one follow-up run', async () => {
    const gates = [deferred(), deferred()];
    let runs = 0;
    const c = createCoalescer(() => gates[runs++]?.promise ?? Promise.resolve());
    c.request();
    expect(c.busy()).toBe(true);
    for (let i = 0; i < 5; i++) c.request();
    expect(runs).toBe(1);
    gates[0]?.resolve();
    await tick();
    expect(runs).toBe(2);
    gates[1]?.resolve();
    await tick();
    expect(runs).toBe(2);
    expect(c.busy()).toBe(false);
  });

  it('keeps going after a failed run', async () => {
    let runs = 0;
    const c = createCoalescer(async () => {
      runs++;
      if (runs === 1) throw new Error('offline');
    });
    c.request();
    await tick();
    c.request();
    await tick();
    expect(runs).toBe(2);
  });
});
