// The open document's word counts per section, outside React state. A space that finishes a word
// changes one section's count; the components that show a count (the section's header, the stats
// line) read it from here and re-render alone, instead of the whole editor body re-rendering on
// every word. Read through useSyncExternalStore, so a change is rendered in the same task
// (synchronously), never in a later frame.
import { useCallback, useSyncExternalStore } from 'react';

export interface WordCountStore {
  /** Words in one section (0 for an unknown id). */
  section: (sectionId: string) => number;
  /** Words in the whole document: the sum over its sections. */
  total: () => number;
  /** One section's new count; listeners run only when it differs from the last. */
  set: (sectionId: string, words: number) => void;
  /** Every section's count at once (the text was replaced); listeners run once if anything differs. */
  replace: (counts: Readonly<Record<string, number>>) => void;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

/** A store holding `initial` (section id -> words). O(1) per change; total() is kept, not summed. */
export function createWordCountStore(initial: Readonly<Record<string, number>>): WordCountStore {
  let counts: Record<string, number> = { ...initial };
  let total = Object.values(counts).reduce((a, b) => a + b, 0);
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of [...listeners]) l();
  };
  return {
    section: (id) => counts[id] ?? 0,
    total: () => total,
    set: (id, words) => {
      const was = counts[id] ?? 0;
      if (was === words && id in counts) return;
      counts = { ...counts, [id]: words };
      total += words - was;
      emit();
    },
    replace: (next) => {
      const same = Object.keys(next).length === Object.keys(counts).length && Object.entries(next).every(([k, v]) => counts[k] === v);
      if (same) return;
      counts = { ...next };
      total = Object.values(counts).reduce((a, b) => a + b, 0);
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One section's word count; the calling component re-renders only when that count changes. */
export function useSectionWords(store: WordCountStore, sectionId: string): number {
  const read = useCallback(() => store.section(sectionId), [store, sectionId]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** `select(total words)`; the calling component re-renders only when the selected value changes (Object.is). */
export function useTotalWords<T = number>(store: WordCountStore, select?: (total: number) => T): T {
  const read = useCallback(() => (select ? select(store.total()) : (store.total() as T)), [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}
