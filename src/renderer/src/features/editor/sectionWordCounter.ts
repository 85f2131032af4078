// Per-section word counts for the editor, kept off the keystroke path for very long sections.
// Counting a section's words segments all of it (the rubric's count, prepareSection.ts): about
// 1 µs a character, so a pasted 1 MB section cost 0.1-0.8 s of the main thread on every key. A
// section longer than LONG_SECTION_CHARS is counted once typing pauses for COUNT_DELAY_MS; a
// shorter one at once, as before.
import { MAIN_THREAD_MAX_CHARS } from './mainThreadCheck';

/** Sections longer than this (UTF-16 units) are counted after a pause: the size the main-thread check also leaves to the worker. */
export const LONG_SECTION_CHARS = MAIN_THREAD_MAX_CHARS;
/** How long typing must pause before a long section is counted again, in ms. */
export const COUNT_DELAY_MS = 400;

export interface SectionWordCounter {
  /** The section's text changed: report its count now (short text) or after the pause (long text). */
  update: (sectionId: string, text: string) => void;
  /** Drops pending counts (the editor closed, or every text was replaced). */
  cancel: () => void;
}

export function createSectionWordCounter(opts: {
  count: (text: string) => number;
  onCount: (sectionId: string, words: number) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}): SectionWordCounter {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const pending = new Map<string, { timer: unknown; text: string }>();
  return {
    update: (sectionId, text) => {
      const waiting = pending.get(sectionId);
      if (waiting) {
        clearTimer(waiting.timer);
        pending.delete(sectionId);
      }
      if (text.length <= LONG_SECTION_CHARS) {
        opts.onCount(sectionId, opts.count(text));
        return;
      }
      const entry = { text, timer: null as unknown };
      entry.timer = setTimer(() => {
        pending.delete(sectionId);
        opts.onCount(sectionId, opts.count(entry.text));
      }, COUNT_DELAY_MS);
      pending.set(sectionId, entry);
    },
    cancel: () => {
      for (const { timer } of pending.values()) clearTimer(timer);
      pending.clear();
    },
  };
}
