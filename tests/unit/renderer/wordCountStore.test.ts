// The editor's word-count store (wordCountStore.ts): counts per section and their total, and
// listeners told only when a count really changes (each call re-renders a section header or the
// stats line).
import { describe, expect, it } from 'vitest';
import { createWordCountStore } from '../../../src/renderer/src/features/editor/wordCountStore';

describe('createWordCountStore', () => {
  it('keeps each section and the total', () => {
    const s = createWordCountStore({ problem: 10, outcome: 5 });
    expect(s.section('problem')).toBe(10);
    expect(s.section('missing')).toBe(0);
    expect(s.total()).toBe(15);
    s.set('outcome', 7);
    expect(s.section('outcome')).toBe(7);
    expect(s.total()).toBe(17);
    s.set('new', 3);
    expect(s.total()).toBe(20);
  });

  it('tells listeners only when a count changes', () => {
    const s = createWordCountStore({ problem: 10 });
    let calls = 0;
    const off = s.subscribe(() => {
      calls += 1;
    });
    s.set('problem', 10);
    expect(calls).toBe(0);
    s.set('problem', 11);
    expect(calls).toBe(1);
    s.replace({ problem: 11 });
    expect(calls).toBe(1);
    s.replace({ problem: 2, outcome: 4 });
    expect(calls).toBe(2);
    expect(s.total()).toBe(6);
    off();
    s.set('problem', 3);
    expect(calls).toBe(2);
  });

  it('a replace drops sections that are gone from the total', () => {
    const s = createWordCountStore({ a: 1, b: 2 });
    s.replace({ a: 5 });
    expect(s.total()).toBe(5);
    expect(s.section('b')).toBe(0);
  });

  it('a section not seen before is recorded and told, even at zero words', () => {
    const s = createWordCountStore({});
    let calls = 0;
    s.subscribe(() => {
      calls += 1;
    });
    s.set('a', 0);
    expect(calls).toBe(1);
    expect(s.total()).toBe(0);
  });
});
