// The section word counter explains its budget and what happens over it.
import { describe, expect, it } from 'vitest';
import { sectionBudgetView } from '../../../src/renderer/src/features/editor/sectionBudget';

const written = { share: 90, docWords: 450, spokenSeconds: null, noted: false };

describe('sectionBudgetView', () => {
  it('within its share: ok, names the share and the document budget', () => {
    const v = sectionBudgetView({ ...written, words: 62 });
    expect(v.tone).toBe('ok');
    expect(v.title).toContain('about 90 words');
    expect(v.title).toContain('450 words');
  });
  it('over its share with nothing flagged: says it is fine while the whole fits, and when a note comes', () => {
    const v = sectionBudgetView({ ...written, words: 116 });
    expect(v.tone).toBe('over');
    expect(v.title).toMatch(/at 116 it is over, which is fine while the whole document is checked against 450 words/);
    expect(v.title).toContain('note in Issues');
  });
  it('noted by the check: points to the note', () => {
    const v = sectionBudgetView({ ...written, words: 150, noted: true });
    expect(v.tone).toBe('noted');
    expect(v.title).toContain('Issues has a note');
  });
  it('spoken pieces talk about time and promise no section note', () => {
    const v = sectionBudgetView({ words: 80, share: 60, docWords: 280, spokenSeconds: 120, noted: false });
    expect(v.tone).toBe('over');
    expect(v.title).toContain('under 2:00 to say');
    expect(v.title).not.toContain('note in Issues');
  });
  it('a section without a share says so', () => {
    const v = sectionBudgetView({ ...written, share: 0, words: 500 });
    expect(v.tone).toBe('ok');
    expect(v.title).toContain('no budget of its own');
  });
});
