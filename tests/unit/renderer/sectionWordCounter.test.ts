// The editor's word counts: a short section is counted on every change; a very long one only once
// typing pauses (counting segments the whole section, too slow for every key of a pasted 1 MB).
import { describe, expect, it } from 'vitest';
import { COUNT_DELAY_MS, LONG_SECTION_CHARS, createSectionWordCounter } from '../../../src/renderer/src/features/editor/sectionWordCounter';

function harness() {
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const counted: string[] = [];
  const reported: [string, number][] = [];
  const counter = createSectionWordCounter({
    count: (text) => {
      counted.push(text);
      return text.split(/\s+/).filter(Boolean).length;
    },
    onCount: (id, n) => reported.push([id, n]),
    setTimer: (fn, ms) => {
      timers.set(next, { fn, ms });
      return next++;
    },
    clearTimer: (h) => timers.delete(h as number),
  });
  const fire = () => {
    for (const [h, t] of [...timers]) {
      timers.delete(h);
      t.fn();
    }
  };
  return { counter, timers, counted, reported, fire };
}

const long = (extra: string) => 'word '.repeat(LONG_SECTION_CHARS / 5 + 1) + extra;

describe('section word counter', () => {
  it('counts a short section at once, on every change', () => {
    const h = harness();
    h.counter.update('problem', 'one two');
    h.counter.update('problem', 'one two three');
    expect(h.reported).toEqual([['problem', 2], ['problem', 3]]);
    expect(h.timers.size).toBe(0);
  });

  it('counts a long section once, with the newest text, after typing pauses', () => {
    const h = harness();
    for (const extra of ['a', 'a b', 'a b c']) h.counter.update('problem', long(extra));
    expect(h.counted).toEqual([]);
    expect([...h.timers.values()].map((t) => t.ms)).toEqual([COUNT_DELAY_MS]);
    h.fire();
    expect(h.counted).toEqual([long('a b c')]);
    expect(h.reported).toEqual([['problem', LONG_SECTION_CHARS / 5 + 1 + 3]]);
  });

  it('a section that becomes short again is counted at once and its pending count dropped', () => {
    const h = harness();
    h.counter.update('outcome', long('x'));
    h.counter.update('outcome', 'now short');
    expect(h.timers.size).toBe(0);
    expect(h.reported).toEqual([['outcome', 2]]);
  });

  it('cancel drops every pending count', () => {
    const h = harness();
    h.counter.update('problem', long('x'));
    h.counter.update('outcome', long('y'));
    h.counter.cancel();
    expect(h.timers.size).toBe(0);
    h.fire();
    expect(h.reported).toEqual([]);
  });
});
