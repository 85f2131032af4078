// A tiny data hook: runs a typed call, keeps its latest answer, and re-runs on demand.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpName, Req, Res } from '../../../shared/api';
import { call } from './client';
import type { ErrorPayload } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ErrorPayload | null;
  loading: boolean;
  reload: () => void;
}

/** Calls `name` with `req` whenever the request (compared as JSON) changes; `req` null skips. */
export function useQuery<K extends OpName>(name: K, req: Req<K> | null): QueryState<Res<K>> {
  const key = req === null ? null : JSON.stringify(req);
  const [state, setState] = useState<{
    data: Res<K> | null;
    error: ErrorPayload | null;
    loading: boolean;
  }>({
    data: null,
    error: null,
    loading: key !== null,
  });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    void call(name, JSON.parse(key) as Req<K>).then((result) => {
      if (ticket !== latest.current) return;
      if (result.ok) setState({ data: result.data, error: null, loading: false });
      else setState((s) => ({ data: s.data, error: result.error, loading: false }));
    });
  }, [name, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
