import { describe, expect, it } from 'vitest';
import { createAutosaver } from '../../../src/renderer/src/features/editor/createAutosaver';
import type {
  PendingPatch,
  SaveOutcome,
  SaveStatus,
} from '../../../src/renderer/src/features/editor/createAutosaver';

function harness(answers: SaveOutcome[] = []) {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const saves: { patch: PendingPatch; base: number | null }[] = [];
  const statuses: SaveStatus[] = [];
  let revision = 10;
  const saver = createAutosaver(revision, {
    delayMs: 400,
    setTimer: (fn) => {
      const id = nextTimer++;
      timers.set(id, fn);
      return id;
    },
    clearTimer: (id) => void timers.delete(id),
    onStatus: (s) => statuses.push(s),
    save: async (patch, base) => {
      saves.push({ patch, base });
      const answer = answers.shift();
      if (answer) return answer;
      revision += 1;
      return { ok: true, revision };
    },
  });
  const fireTimers = async () => {
    const fns = [...timers.values()];
    timers.clear();
    fns.forEach((fn) => fn());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { saver, saves, statuses, timers, fireTimers };
}

describe('createAutosaver', () => {
  it('debounces edits into one save based on the current revision', async () => {
    const h = harness();
    h.saver.schedule({ sections: true });
    h.saver.schedule({ title: 'A' });
    h.saver.schedule({ title: 'B' });
    expect(h.timers.size).toBe(1);
    expect(h.statuses.at(-1)).toBe('unsaved');
    await h.fireTimers();
    expect(h.saves).toEqual([{ patch: { sections: true, title: 'B' }, base: 10 }]);
    expect(h.statuses.slice(-2)).toEqual(['saving', 'saved']);
    expect(h.saver.revision()).toBe(11);
  });

  it('bases the next save on the revision the last one produced', async () => {
    const h = harness();
    h.saver.schedule({ title: 'A' });
    await h.saver.flush();
    h.saver.schedule({ title: 'B' });
    await h.saver.flush();
    expect(h.saves.map((s) => s.base)).toEqual([10, 11]);
  });

  it('flush with nothing pending saves nothing and reports success', async () => {
    const h = harness();
    expect(await h.saver.flush()).toBe(true);
    expect(h.saves).toHaveLength(0);
  });

  it('keeps the patch and reports a conflict; keepMine overwrites without a base revision', async () => {
    const h = harness([{ ok: false, code: 'conflict', message: 'Changed elsewhere' }]);
    h.saver.schedule({ title: 'Mine' });
    expect(await h.saver.flush()).toBe(false);
    expect(h.statuses.at(-1)).toBe('conflict');
    expect(h.saver.hasPending()).toBe(true);
    // Further typing does not hide the conflict.
    h.saver.schedule({ sections: true });
    expect(h.statuses.at(-1)).toBe('conflict');
    expect(await h.saver.keepMine()).toBe(true);
    expect(h.saves.at(-1)).toEqual({ patch: { title: 'Mine', sections: true }, base: null });
    expect(h.statuses.at(-1)).toBe('saved');
  });

  it('adopt drops pending changes and takes the file revision', async () => {
    const h = harness([{ ok: false, code: 'conflict', message: 'x' }]);
    h.saver.schedule({ title: 'Mine' });
    await h.saver.flush();
    h.saver.adopt(42);
    expect(h.saver.hasPending()).toBe(false);
    expect(h.statuses.at(-1)).toBe('saved');
    h.saver.schedule({ title: 'Next' });
    await h.saver.flush();
    expect(h.saves.at(-1)?.base).toBe(42);
  });

  it('reports other failures as errors and retries them on the next flush', async () => {
    const h = harness([{ ok: false, code: 'unavailable', message: 'Server gone' }]);
    h.saver.schedule({ title: 'A' });
    expect(await h.saver.flush()).toBe(false);
    expect(h.statuses.at(-1)).toBe('error');
    expect(await h.saver.flush()).toBe(true);
    expect(h.saves.at(-1)?.patch).toEqual({ title: 'A' });
  });

  it('runs one save at a time; edits made during a save follow in a second save', async () => {
    let release: () => void = () => undefined;
    const saves: PendingPatch[] = [];
    const saver = createAutosaver(1, {
      delayMs: 400,
      setTimer: () => 1,
      clearTimer: () => undefined,
      onStatus: () => undefined,
      save: async (patch) => {
        saves.push(patch);
        if (saves.length === 1) await new Promise<void>((r) => (release = r));
        return { ok: true, revision: saves.length + 1 };
      },
    });
    saver.schedule({ title: 'A' });
    const first = saver.flush();
    await new Promise((r) => setTimeout(r, 0));
    saver.schedule({ title: 'B' });
    const second = saver.flush();
    release();
    await Promise.all([first, second]);
    expect(saves).toEqual([{ title: 'A' }, { title: 'B' }]);
  });

  it('holds timed saves while another write makes a revision, then saves on top of it', async () => {
    const h = harness();
    h.saver.hold();
    h.saver.schedule({ sections: true });
    await h.fireTimers();
    expect(h.saves).toHaveLength(0);
    h.saver.release(20);
    await h.fireTimers();
    expect(h.saves).toEqual([{ patch: { sections: true }, base: 20 }]);
  });

  it('release without pending edits saves nothing', async () => {
    const h = harness();
    h.saver.hold();
    h.saver.release(15);
    await h.fireTimers();
    expect(h.saves).toHaveLength(0);
    expect(h.saver.revision()).toBe(15);
  });
});
