import { describe, expect, it } from 'vitest';
import type { LoopRound } from '../../../src/shared/api';
import { checkRound, hasErrors } from '../../../src/renderer/src/features/company/loop/checkRound';
import { moveItem } from '../../../src/renderer/src/features/company/loop/moveItem';

const now = Date.parse('2026-11-23T09:00:00Z');
const round = (over: Partial<LoopRound> = {}): LoopRound => ({
  id: 'r1',
  name: 'Recruiter screen',
  minutes: 30,
  interviewer: '',
  interviewerRole: '',
  focus: '',
  scheduledAt: null,
  timeZone: 'America/New_York',
  status: 'not-scheduled',
  notes: '',
  documentIds: [],
  competencies: [],
  ...over,
});

describe('checkRound', () => {
  it('a plain unscheduled round is fine', () => {
    const p = checkRound(round(), now);
    expect(hasErrors(p)).toBe(false);
    expect(p.warnings).toEqual([]);
  });
  it.each([
    [{ name: '  ' }, 'name'],
    [{ minutes: 0 }, 'minutes'],
    [{ minutes: -5 }, 'minutes'],
    [{ minutes: 12.5 }, 'minutes'],
    [{ minutes: 900 }, 'minutes'],
    [{ timeZone: 'Atlantis/Lost' }, 'timeZone'],
    [{ scheduledAt: '2026-13-01T10:00' }, 'scheduledAt'],
    [{ scheduledAt: '2026-12-0' }, 'scheduledAt'],
  ] as const)('%o is an error on %s', (over, field) => {
    const p = checkRound(round(over), now);
    expect(Object.keys(p.errors)).toContain(field);
    expect(p.errors[field]).toMatch(/\w/);
  });
  it('warns (but does not block) a scheduled round in the past', () => {
    const p = checkRound(round({ scheduledAt: '2026-11-20T10:00', status: 'scheduled' }), now);
    expect(hasErrors(p)).toBe(false);
    expect(p.warnings.join(' ')).toMatch(/already passed/);
  });
  it('warns about a year typo (more than two years away)', () => {
    const p = checkRound(round({ scheduledAt: '2062-12-03T10:00', status: 'scheduled' }), now);
    expect(hasErrors(p)).toBe(false);
    expect(p.warnings.join(' ')).toMatch(/two years away/);
  });
  it('does not warn about a past round already done', () => {
    expect(checkRound(round({ scheduledAt: '2026-11-20T10:00', status: 'done' }), now).warnings).toEqual([]);
  });
  it('future scheduled round has no warning; scheduled without a date has one', () => {
    expect(checkRound(round({ scheduledAt: '2026-12-03T10:00', status: 'scheduled' }), now).warnings).toEqual([]);
    expect(checkRound(round({ status: 'scheduled' }), now).warnings.join(' ')).toMatch(/no date/);
  });
});

describe('moveItem', () => {
  it('moves without touching the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 5, 0)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
