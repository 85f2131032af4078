// The section editor's underline gate (underlineGate.ts): it lets a section skip rebuilding its
// underlines only while its text is untouched and its findings are the same objects as last time.
import { describe, expect, it } from 'vitest';
import { finding } from '../fixtures/finding';
import { createUnderlineGate, findingsBySection } from '../../../src/renderer/src/features/editor/underlineGate';


describe('createUnderlineGate', () => {
  it('asks for the first update, then skips the same finding objects on untouched text', () => {
    const gate = createUnderlineGate();
    const a = [finding({})];
    expect(gate.needsUpdate(a)).toBe(true);
    gate.applied(a);
    expect(gate.needsUpdate(a)).toBe(false);
    // A new array holding the same objects (the next check's list for this section) is the same.
    expect(gate.needsUpdate([...a])).toBe(false);
  });

  it('asks again after an edit, or when any finding object differs, even if equal in value', () => {
    const gate = createUnderlineGate();
    const a = [finding({})];
    gate.applied(a);
    gate.edited();
    expect(gate.needsUpdate(a)).toBe(true);
    gate.applied(a);
    expect(gate.needsUpdate([finding({})])).toBe(true);
    expect(gate.needsUpdate([])).toBe(true);
    expect(gate.needsUpdate([...a, finding({ start: 5, end: 9 })])).toBe(true);
  });
});

describe('findingsBySection', () => {
  it('splits findings by section in order and leaves whole-document findings out', () => {
    const f1 = finding({ section: 'outcome', start: 1 });
    const f2 = finding({ section: 'problem' });
    const f3 = finding({ section: 'outcome', start: 9 });
    const doc = finding({ section: null });
    const m = findingsBySection([f1, doc, f2, f3]);
    expect([...m.keys()]).toEqual(['outcome', 'problem']);
    expect(m.get('outcome')).toEqual([f1, f3]);
    expect(m.get('outcome')?.[0]).toBe(f1);
  });
});
