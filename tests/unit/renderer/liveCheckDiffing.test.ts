// The editor's per-keystroke diffing: which findings keep their objects (so React skips them),
// which diagnostics an editor can keep, and which sections are posted to the check worker.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/api';
import { findingKeys, sameValue, stableFindings } from '../../../src/renderer/src/features/editor/stableFindings';
import { sameDiagnostics } from '../../../src/renderer/src/features/editor/findingsToDiagnostics';
import type { DiagnosticLike } from '../../../src/renderer/src/features/editor/findingsToDiagnostics';
import { sectionsToSend } from '../../../src/renderer/src/features/editor/useLiveCheck';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'vague-language',
    severity: 'warning',
    section: 'impact',
    line: 1,
    column: 5,
    start: 4,
    end: 11,
    excerpt: 'various',
    message: 'Name who, not “various”.',
    why: 'Vague words hide scope.',
    suggestion: 'Say which teams.',
    silenced: false,
    ...over,
  };
}

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    ['a', 'b', false],
    [null, null, true],
    [null, {}, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    [{ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ fix: { label: 'x', start: 1, end: 2, text: 'y' } }, { fix: { label: 'x', start: 1, end: 2, text: 'z' } }, false],
  ])('sameValue(%j, %j) is %s', (a, b, want) => {
    expect(sameValue(a, b)).toBe(want);
  });
});

describe('findingKeys', () => {
  it('names a finding by section, rule and its place among that rule’s findings, not by offset', () => {
    const a = findingKeys([finding({ start: 4 }), finding({ start: 20 }), finding({ rule: 'baseline' })]);
    const b = findingKeys([finding({ start: 9 }), finding({ start: 25 }), finding({ rule: 'baseline', start: 50 })]);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
  });
});

describe('stableFindings', () => {
  it('returns the previous array when every finding is equal in value', () => {
    const prev = [finding(), finding({ rule: 'baseline', section: null })];
    const next = prev.map((f) => ({ ...f }));
    expect(stableFindings(prev, next)).toBe(prev);
  });

  it('keeps the unchanged findings’ objects and takes the changed ones', () => {
    const prev = [finding(), finding({ rule: 'baseline', section: 'outcome' })];
    const next = [{ ...finding() }, finding({ rule: 'baseline', section: 'outcome', start: 7, end: 9 })];
    const out = stableFindings(prev, next);
    expect(out).not.toBe(prev);
    expect(out[0]).toBe(prev[0]);
    expect(out[1]).toBe(next[1]);
    expect(out).toEqual(next);
  });

  it('takes a new list when a finding was added or removed', () => {
    const prev = [finding()];
    const added = [finding(), finding({ rule: 'baseline' })];
    const out = stableFindings(prev, added);
    expect(out).toEqual(added);
    expect(out[0]).toBe(prev[0]);
    const removed = stableFindings(added, [added[1] as Finding]);
    expect(removed).toEqual([added[1]]);
  });

  it('notices a change of silencing or message, not only of offsets', () => {
    const prev = [finding()];
    expect(stableFindings(prev, [finding({ silenced: true })])[0]?.silenced).toBe(true);
    expect(stableFindings(prev, [finding({ message: 'Other' })])).not.toBe(prev);
  });

  it('handles empty and first results', () => {
    const empty: Finding[] = [];
    expect(stableFindings(empty, [])).toBe(empty);
    const first = [finding()];
    expect(stableFindings(null, first)).toBe(first);
  });
});

describe('sameDiagnostics', () => {
  const d = (over: Partial<DiagnosticLike> = {}): DiagnosticLike => ({
    from: 1,
    to: 4,
    severity: 'warning',
    message: 'm',
    source: 'Vague language',
    ...over,
  });
  it('is true for the same diagnostics in another order', () => {
    expect(sameDiagnostics([d(), d({ from: 0, message: 'n' })], [d({ from: 0, message: 'n' }), d()])).toBe(true);
    expect(sameDiagnostics([], [])).toBe(true);
  });
  it.each([
    ['range', d({ to: 5 })],
    ['severity', d({ severity: 'hint' })],
    ['message', d({ message: 'other' })],
    ['source', d({ source: 'Baseline' })],
    ['mark class', d({ markClass: 'cm-silenced' })],
  ])('is false when the %s differs', (_name, other) => {
    expect(sameDiagnostics([d()], [other])).toBe(false);
  });
  it('is false when one list is longer', () => {
    expect(sameDiagnostics([d()], [d(), d()])).toBe(false);
  });
});

describe('sectionsToSend', () => {
  it('sends every section when the worker holds nothing', () => {
    const current = { a: 'x', b: 'y' };
    expect(sectionsToSend(null, current)).toEqual({ full: true, sections: current });
  });
  it('sends only the sections that changed', () => {
    expect(sectionsToSend({ a: 'x', b: 'y' }, { a: 'x', b: 'y!' })).toEqual({ full: false, sections: { b: 'y!' } });
    expect(sectionsToSend({ a: 'x' }, { a: 'x' })).toEqual({ full: false, sections: {} });
  });
  it('sends a section the worker has not seen', () => {
    expect(sectionsToSend({ a: 'x' }, { a: 'x', c: '' })).toEqual({ full: false, sections: { c: '' } });
  });
});
