// The toast stack: a toast with the key of one on screen replaces it (a re-export of the same file
// does not stack a second "Exported PDF"), and at most MAX_TOASTS show at once.
import { describe, expect, it } from 'vitest';
import { MAX_TOASTS, stackToasts } from '../../../src/renderer/src/ui/Toast';

type T = { id: number; key?: string };

const showAll = (items: T[]): T[] => items.reduce<T[]>((all, t) => stackToasts(all, t), []);

describe('stackToasts', () => {
  it('replaces a toast with the same key, keeping the newest last', () => {
    const out = showAll([{ id: 1, key: 'export:a/1:pdf' }, { id: 2, key: 'export:a/1:docx' }, { id: 3, key: 'export:a/1:pdf' }]);
    expect(out.map((t) => t.id)).toEqual([2, 3]);
  });
  it('keeps toasts without a key apart, even if they look alike', () => {
    expect(showAll([{ id: 1 }, { id: 2 }]).map((t) => t.id)).toEqual([1, 2]);
  });
  it('shows at most three, dropping the oldest', () => {
    expect(MAX_TOASTS).toBe(3);
    const out = showAll([1, 2, 3, 4, 5].map((id) => ({ id })));
    expect(out.map((t) => t.id)).toEqual([3, 4, 5]);
  });
  it('the newcomer trial: PDF, tighter PDF, Word, Markdown -> three toasts, one per file', () => {
    const out = showAll([
      { id: 1, key: 'export:wf/d1:pdf' },
      { id: 2, key: 'export:wf/d1:pdf' },
      { id: 3, key: 'export:wf/d1:docx' },
      { id: 4, key: 'export:wf/d1:md' },
    ]);
    expect(out.map((t) => t.id)).toEqual([2, 3, 4]);
  });
});
