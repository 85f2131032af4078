import { describe, expect, it } from 'vitest';
import { createDelayedSave } from '../../../src/renderer/src/lib/createDelayedSave';

/** A hand-driven clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id: number) => void timers.delete(id),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
    },
    waiting: () => timers.size,
  };
}

function setup() {
  const clock = fakeClock();
  const saved: string[] = [];
  const d = createDelayedSave<string>({ delayMs: 500, save: (v) => saved.push(v), setTimer: clock.setTimer, clearTimer: clock.clearTimer });
  return { clock, saved, d };
}

describe('createDelayedSave', () => {
  it('saves once, the last value, 500 ms after the last edit', () => {
    const { clock, saved, d } = setup();
    d.schedule('a');
    clock.advance(300);
    d.schedule('ab');
    clock.advance(300);
    d.schedule('abc');
    clock.advance(499);
    expect(saved).toEqual([]);
    clock.advance(1);
    expect(saved).toEqual(['abc']);
    expect(clock.waiting()).toBe(0);
  });

  it('flush saves what waits now, and only once', () => {
    const { clock, saved, d } = setup();
    d.schedule('draft');
    d.flush();
    expect(saved).toEqual(['draft']);
    clock.advance(1_000);
    d.flush();
    expect(saved).toEqual(['draft']);
  });

  it('flush with nothing waiting saves nothing', () => {
    const { saved, d } = setup();
    d.flush();
    expect(saved).toEqual([]);
  });

  it('takePending hands back the waiting value unsaved and stops the timer', () => {
    const { clock, saved, d } = setup();
    d.schedule('leaving');
    expect(d.takePending()).toBe('leaving');
    clock.advance(1_000);
    expect(saved).toEqual([]);
    expect(d.takePending()).toBeNull();
  });

  it('keeps saving later edits after a save', () => {
    const { clock, saved, d } = setup();
    d.schedule('one');
    clock.advance(500);
    d.schedule('two');
    clock.advance(500);
    expect(saved).toEqual(['one', 'two']);
  });
});
