// A pausable stopwatch: elapsed seconds, ticking a few times a second while running.
import { useCallback, useEffect, useRef, useState } from 'react';

export type StopwatchState = 'ready' | 'running' | 'paused';

export function useStopwatch() {
  const [state, setState] = useState<StopwatchState>('ready');
  const [elapsed, setElapsed] = useState(0);
  const accumulated = useRef(0);
  const startedAt = useRef<number | null>(null);

  const read = useCallback(
    () => accumulated.current + (startedAt.current === null ? 0 : (performance.now() - startedAt.current) / 1000),
    [],
  );

  useEffect(() => {
    if (state !== 'running') return;
    const id = window.setInterval(() => setElapsed(read()), 200);
    return () => window.clearInterval(id);
  }, [state, read]);

  const start = useCallback(() => {
    if (startedAt.current !== null) return;
    startedAt.current = performance.now();
    setState('running');
  }, []);
  const pause = useCallback(() => {
    accumulated.current = read();
    startedAt.current = null;
    setElapsed(accumulated.current);
    setState('paused');
  }, [read]);
  /** Stops and resets; returns the seconds timed. */
  const stop = useCallback((): number => {
    const total = read();
    accumulated.current = 0;
    startedAt.current = null;
    setElapsed(0);
    setState('ready');
    return total;
  }, [read]);

  return { state, elapsed, start, pause, stop };
}
