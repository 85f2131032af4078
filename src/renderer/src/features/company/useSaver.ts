// Saves through the API and tracks what the candidate should see: saving, saved, or why not.
// Saves run one after another, so a quick series of edits reaches the disk in the order made.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { OpName, Req, Res } from '../../../../shared/api';
import { call } from '../../api/client';
import { createDelayedSave } from '../../lib/createDelayedSave';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

export interface Saver {
  state: SaveState;
  save: <K extends OpName>(name: K, req: Req<K>) => Promise<Res<K> | null>;
  markInvalid: (message: string) => void;
}

/**
 * Told when a save is refused because another program (a sync tool, another window) changed the
 * company's file since this page read it: the page shows that version again and says why.
 */
export const SaveConflictContext = createContext<(message: string) => void>(() => undefined);

export function useSaver(onSaved: () => void): Saver {
  const onConflict = useContext(SaveConflictContext);
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
        if (result.error.code === 'conflict') onConflict(result.error.message);
        return null;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [onSaved, onConflict],
  );
  const markInvalid = useCallback((message: string) => {
    ticket.current += 1;
    setState({ kind: 'invalid', message });
  }, []);
  return { state, save, markInvalid };
}

/**
 * One API operation saved `delayMs` after the last edit, through a saver from useSaver (so the
 * save status stays one). `refuse` is for an edit that cannot be saved: the last valid edit
 * still waiting is saved at once, then the status says why the newest is not. Leaving the view
 * saves whatever still waits.
 */
export function useDelayedSave<K extends OpName>(
  saver: Pick<Saver, 'save' | 'markInvalid'>,
  name: K,
  delayMs = 500,
) {
  const { save, markInvalid } = saver;
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);
  const [delayed] = useState(() =>
    createDelayedSave<Req<K>>({
      delayMs,
      save: (req) => void latestSave.current(name, req),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (handle) => window.clearTimeout(handle),
    }),
  );
  useEffect(
    () => () => {
      const req = delayed.takePending();
      if (req) void call(name, req);
    },
    [delayed, name],
  );
  const refuse = useCallback(
    (message: string) => {
      delayed.flush();
      markInvalid(message);
    },
    [delayed, markInvalid],
  );
  return { schedule: delayed.schedule, refuse };
}
