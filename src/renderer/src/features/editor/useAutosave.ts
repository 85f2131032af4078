// Autosave for the editor: a React wrapper over createAutosaver that saves with documents.update
// ~400 ms after the last edit and on close.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentFile } from '../../../../shared/api';
import { call } from '../../api/client';
import { createAutosaver } from './createAutosaver';
import type { SaveStatus } from './createAutosaver';

export type { PendingPatch, SaveStatus } from './createAutosaver';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(opts: {
  company: string;
  id: string;
  revision: number;
  sections: () => Record<string, string>;
  onSaved: (doc: DocumentFile) => void;
}) {
  const [state, setState] = useState<{ status: SaveStatus; message: string | null }>({
    status: 'saved',
    message: null,
  });
  const params = useRef(opts);
  useEffect(() => {
    params.current = opts;
  });
  const initialRevision = useRef(opts.revision);

  const saver = useMemo(
    () =>
      createAutosaver(initialRevision.current, {
        delayMs: AUTOSAVE_DELAY_MS,
        setTimer: (fn, ms) => window.setTimeout(fn, ms),
        clearTimer: (h) => window.clearTimeout(h),
        // Every keystroke reports 'unsaved': keep the same state then, so the editor does not re-render.
        onStatus: (status, message) =>
          setState((s) => (s.status === status && s.message === message ? s : { status, message })),
        save: async (patch, baseRevision, callOpts) => {
          const p = params.current;
          const { sections, tags, ...rest } = patch;
          const result = await call(
            'documents.update',
            {
              company: p.company,
              id: p.id,
              baseRevision,
              patch: {
                ...rest,
                ...(tags ? { tags: tags as DocumentFile['tags'] } : {}),
                ...(sections ? { sections: p.sections() } : {}),
              },
            },
            callOpts,
          );
          if (!result.ok)
            return { ok: false, code: result.error.code, message: result.error.message };
          p.onSaved(result.data);
          return { ok: true, revision: result.data.revision };
        },
      }),
    [],
  );

  // Save what is pending when the editor closes, and when the page is being closed or reloaded.
  useEffect(() => {
    const onHide = () => void saver.flush({ keepalive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saver.flush();
    };
  }, [saver]);

  return {
    status: state.status,
    message: state.message,
    schedule: saver.schedule,
    flush: saver.flush,
    keepMine: saver.keepMine,
    adopt: saver.adopt,
    hold: saver.hold,
    release: saver.release,
  };
}
