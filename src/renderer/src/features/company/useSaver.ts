// Saves through the API and tracks what the candidate should see: saving, saved, or why not.
// Saves run one after another, so a quick series of edits reaches the disk in the order made.
import { useCallback, useRef, useState } from 'react';
import type { OpName, Req, Res } from '../../../../shared/api';
import { call } from '../../api/client';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

export function useSaver(onSaved: () => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const ticket = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = useCallback(
    <K extends OpName>(name: K, req: Req<K>): Promise<Res<K> | null> => {
      const mine = ++ticket.current;
      setState({ kind: 'saving' });
      const run = queue.current.then(async () => {
        const result = await call(name, req);
        if (mine !== ticket.current) return result.ok ? result.data : null;
        if (result.ok) {
          setState({ kind: 'saved' });
          onSaved();
          return result.data;
        }
        setState({ kind: 'failed', message: result.error.message });
        return null;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [onSaved],
  );
  const markInvalid = useCallback((message: string) => {
    ticket.current += 1;
    setState({ kind: 'invalid', message });
  }, []);
  return { state, save, markInvalid };
}
