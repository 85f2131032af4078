// The autosave state machine, free of React: edits are merged into one pending patch and saved
// `delayMs` after the last edit; one save at a time; a save names the revision it was based on,
// and a refused save (conflict) keeps the patch and reports it instead of overwriting.
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export interface PendingPatch {
  title?: string;
  tags?: string[];
  silencedRules?: string[];
  design?: 'classic' | 'modern' | null;
  /** Sections are read fresh at save time. */
  sections?: true;
}

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; code: string; message: string };

export interface AutosaverDeps {
  delayMs: number;
  save: (
    patch: PendingPatch,
    baseRevision: number | null,
    opts: { keepalive?: boolean },
  ) => Promise<SaveOutcome>;
  onStatus: (status: SaveStatus, message: string | null) => void;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (handle: number) => void;
}

export interface Autosaver {
  schedule: (patch: PendingPatch) => void;
  /** Saves what is pending now; resolves false if the save was refused. */
  flush: (opts?: { keepalive?: boolean }) => Promise<boolean>;
  /** After a conflict: overwrite the file with this window's version. */
  keepMine: () => Promise<boolean>;
  /** After reloading the file: take its revision and drop pending changes. */
  adopt: (revision: number) => void;
  /**
   * Pause timed saves while something else writes a new revision of the same text (export,
   * snapshot, rehearsal log); edits keep collecting.
   */
  hold: () => void;
  /** Resume; `revision` is the one that other write produced. Pending edits are saved on it. */
  release: (revision?: number) => void;
  revision: () => number;
  hasPending: () => boolean;
}

export function createAutosaver(initialRevision: number, deps: AutosaverDeps): Autosaver {
  let pending: PendingPatch = {};
  let revision = initialRevision;
  let timer: number | null = null;
  let saving: Promise<boolean> | null = null;
  let force = false;
  let status: SaveStatus = 'saved';
  let held = false;
  const setStatus = (next: SaveStatus, message: string | null = null) => {
    status = next;
    deps.onStatus(next, message);
  };
  const isEmpty = (p: PendingPatch) => Object.keys(p).length === 0;

  const flush = async (opts: { keepalive?: boolean } = {}): Promise<boolean> => {
    if (timer !== null) {
      deps.clearTimer(timer);
      timer = null;
    }
    while (saving) await saving;
    if (isEmpty(pending)) return status !== 'conflict' && status !== 'error';
    const patch = pending;
    pending = {};
    const run = (async () => {
      setStatus('saving');
      const outcome = await deps.save(patch, force ? null : revision, opts);
      if (outcome.ok) {
        force = false;
        revision = outcome.revision;
        setStatus(isEmpty(pending) ? 'saved' : 'unsaved');
        return true;
      }
      pending = { ...patch, ...pending };
      setStatus(outcome.code === 'conflict' ? 'conflict' : 'error', outcome.message);
      return false;
    })();
    saving = run;
    const ok = await run;
    saving = null;
    if (ok && !isEmpty(pending)) schedule({});
    return ok;
  };

  const schedule = (patch: PendingPatch) => {
    pending = { ...pending, ...patch };
    if (status !== 'conflict') setStatus('unsaved');
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = null;
      if (!held) void flush();
    }, deps.delayMs);
  };

  return {
    schedule,
    flush,
    keepMine: () => {
      force = true;
      if (isEmpty(pending)) pending = { sections: true };
      status = 'unsaved';
      return flush();
    },
    adopt: (rev) => {
      pending = {};
      revision = rev;
      force = false;
      if (timer !== null) {
        deps.clearTimer(timer);
        timer = null;
      }
      setStatus('saved');
    },
    hold: () => {
      held = true;
    },
    release: (rev) => {
      held = false;
      if (rev !== undefined) revision = rev;
      if (!isEmpty(pending)) schedule({});
    },
    revision: () => revision,
    hasPending: () => !isEmpty(pending),
  };
}
