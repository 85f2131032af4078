// A list marker typed at the start of an auto-continued item replaces the inserted one.
import { describe, expect, it } from 'vitest';
import { collapseDoubledMarker, endsList, markerBeforePaste } from '../../../src/renderer/src/features/editor/listContinuation';

describe('collapseDoubledMarker', () => {
  it.each([
    ['- -', '- '],
    ['* -', '- '],
    ['  - -', '  - '],
    ['2. 2.', '2. '],
    ['3. 1.', '1. '],
    ['- 1)', '1) '],
    ['> - -', '> - '],
  ])('collapses %j to %j', (before, kept) => {
    expect(collapseDoubledMarker(before)).toBe(kept);
  });
  it.each([['-'], ['- '], ['- item'], ['- x-'], ['Cut - -'], ['in 2020. -'], ['-- -'], ['']])(
    'leaves %j alone',
    (before) => {
      expect(collapseDoubledMarker(before)).toBeNull();
    },
  );
});

describe('endsList', () => {
  it.each([
    ['- ', null, true],
    ['-', '', true],
    ['3. ', '   ', true],
    ['- ', '- next item', false],
    ['- item', null, false],
    ['  - ', null, false],
    ['', null, false],
  ] as const)('%j followed by %j -> %s', (line, next, ends) => {
    expect(endsList(line, next)).toBe(ends);
  });
});

describe('markerBeforePaste', () => {
  it.each([
    ['- ', '- a\n- b', 0],
    ['  2. ', '1. first', 2],
    ['> - ', '- quoted', 2],
    ['- ', 'plain text', null],
    ['- item ', '- a', null],
    ['', '- a', null],
  ] as const)('%j + paste %j -> %s', (before, pasted, at) => {
    expect(markerBeforePaste(before, pasted)).toBe(at);
  });
});
