// Runs an async task at most once at a time: a request made while the task runs marks it dirty,
// and one follow-up run (with whatever is newest by then) starts when the current run ends.
export interface Coalescer {
  request: () => void;
  /** True while a run is in flight. */
  busy: () => boolean;
}

export function createCoalescer(run: () => Promise<void>): Coalescer {
  let inflight = false;
  let dirty = false;
  const start = async (): Promise<void> => {
    inflight = true;
    dirty = false;
    try {
      await run();
    } catch {
      // The task reports its own failures; a failed run must not stop later ones.
    }
    inflight = false;
    if (dirty) void start();
  };
  return {
    request: () => {
      dirty = true;
      if (!inflight) void start();
    },
    busy: () => inflight,
  };
}
