// Saves the newest value a short while after the last edit, free of React: a quick series of
// edits becomes one save of the last one. Used by the company tabs (loop, compensation); the
// document editor has its own revision-aware autosaver.
export interface DelayedSaveDeps<T> {
  delayMs: number;
  save: (value: T) => void;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (handle: number) => void;
}

export interface DelayedSave<T> {
  /** Saves `value` `delayMs` after the last call; an earlier value still waiting is replaced. */
  schedule: (value: T) => void;
  /** Saves the waiting value now; does nothing when none waits. */
  flush: () => void;
  /** Stops the timer and hands back the waiting value unsaved (for a save on leaving). */
  takePending: () => T | null;
}

export function createDelayedSave<T>(deps: DelayedSaveDeps<T>): DelayedSave<T> {
  let timer: number | null = null;
  let pending: { value: T } | null = null;
  const stop = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  const flush = () => {
    stop();
    const waiting = pending;
    pending = null;
    if (waiting) deps.save(waiting.value);
  };
  return {
    schedule(value) {
      stop();
      pending = { value };
      timer = deps.setTimer(flush, deps.delayMs);
    },
    flush,
    takePending() {
      stop();
      const waiting = pending;
      pending = null;
      return waiting ? waiting.value : null;
    },
  };
}
