// Autosave: changes are saved ~400 ms after the last edit with documents.update, naming the
// revision they were based on. A save refused because the file moved on shows a conflict.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Competency, DocumentFile } from '../../../../shared/api';
import { call } from '../../api/client';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export interface PendingPatch {
  title?: string;
  tags?: Competency[];
  silencedRules?: string[];
  design?: 'classic' | 'modern' | null;
  /** Sections are read fresh at save time. */
  sections?: true;
}

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(opts: {
  company: string;
  id: string;
  revision: number;
  sections: () => Record<string, string>;
  onSaved: (doc: DocumentFile) => void;
}) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef<PendingPatch>({});
  const revision = useRef(opts.revision);
  const timer = useRef<number | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);
  const force = useRef(false);
  const params = useRef(opts);
  useEffect(() => {
    params.current = opts;
  });

  const flush = useCallback(async (opts: { keepalive?: boolean } = {}): Promise<boolean> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    while (saving.current) await saving.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return true;
    pending.current = {};
    const p = params.current;
    const run = (async () => {
      setStatus('saving');
      const { sections, ...rest } = patch;
      const result = await call(
        'documents.update',
        {
          company: p.company,
          id: p.id,
          baseRevision: force.current ? null : revision.current,
          patch: { ...rest, ...(sections ? { sections: p.sections() } : {}) },
        },
        opts,
      );
      if (result.ok) {
        force.current = false;
        revision.current = result.data.revision;
        setMessage(null);
        setStatus(Object.keys(pending.current).length > 0 ? 'unsaved' : 'saved');
        p.onSaved(result.data);
        return true;
      }
      pending.current = { ...patch, ...pending.current };
      setMessage(result.error.message);
      setStatus(result.error.code === 'conflict' ? 'conflict' : 'error');
      return false;
    })();
    saving.current = run;
    const ok = await run;
    saving.current = null;
    if (ok && Object.keys(pending.current).length > 0) schedule({});
    return ok;
    // schedule is stable (declared below with useCallback and no changing deps)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const schedule = useCallback(
    (patch: PendingPatch) => {
      pending.current = { ...pending.current, ...patch };
      setStatus((s) => (s === 'conflict' ? s : 'unsaved'));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** After a conflict: overwrite the file with this window's text. */
  const keepMine = useCallback(async () => {
    force.current = true;
    if (Object.keys(pending.current).length === 0) pending.current = { sections: true };
    return flush();
  }, [flush]);

  /** After a conflict reload: adopt the file's revision and drop pending changes. */
  const adopt = useCallback((rev: number) => {
    pending.current = {};
    revision.current = rev;
    force.current = false;
    setStatus('saved');
    setMessage(null);
  }, []);

  // Save what is pending when the editor closes, and when the page is being closed or reloaded.
  useEffect(() => {
    const onHide = () => void flush({ keepalive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { status, message, schedule, flush, keepMine, adopt, revision };
}
