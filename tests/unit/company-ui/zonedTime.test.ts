import { describe, expect, it } from 'vitest';
import {
  calendarDaysUntil,
  describeDays,
  isValidTimeZone,
  parseLocal,
  zonedTimeToInstant,
} from '../../../src/renderer/src/features/company/loop/zonedTime';

describe('zonedTimeToInstant', () => {
  it.each([
    ['2026-12-03T14:00', 'America/New_York', '2026-12-03T19:00:00.000Z'], // EST, UTC-5
    ['2026-07-03T14:00', 'America/New_York', '2026-07-03T18:00:00.000Z'], // EDT, UTC-4
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // first hour after the spring-forward gap
    ['2026-07-03T09:00', 'Europe/London', '2026-07-03T08:00:00.000Z'], // BST
    ['2026-12-03T09:00', 'Europe/London', '2026-12-03T09:00:00.000Z'], // GMT
    ['2026-12-03T09:00', 'Asia/Shanghai', '2026-12-03T01:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, iso) => {
    expect(new Date(zonedTimeToInstant(local, zone) ?? 0).toISOString()).toBe(iso);
  });

  it('refuses impossible dates and unknown zones', () => {
    expect(zonedTimeToInstant('2026-02-30T10:00', 'America/New_York')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03T25:00', 'America/New_York')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03', 'America/New_York')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03T10:00', 'Mars/Olympus')).toBeNull();
  });
});

describe('isValidTimeZone / parseLocal', () => {
  it('knows real zones only', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Not/AZone')).toBe(false);
  });
  it('accepts seconds, rejects junk', () => {
    expect(parseLocal('2026-12-03T14:00:30')).toEqual({ year: 2026, month: 12, day: 3, hour: 14, minute: 0, second: 30 });
    expect(parseLocal('tomorrow at 2')).toBeNull();
  });
});

describe('calendarDaysUntil', () => {
  const now = Date.parse('2026-11-23T09:00:00Z');
  it('counts calendar days in the round zone', () => {
    expect(calendarDaysUntil('2026-11-23T18:00', 'America/New_York', now)).toBe(0);
    expect(calendarDaysUntil('2026-11-24T08:00', 'America/New_York', now)).toBe(1);
    expect(calendarDaysUntil('2026-12-03T14:00', 'America/New_York', now)).toBe(10);
    expect(calendarDaysUntil('2026-11-20T14:00', 'America/New_York', now)).toBe(-3);
  });
  it('uses the zone date: just after midnight UTC is still the previous day in New York', () => {
    const lateEvening = Date.parse('2026-11-24T02:00:00Z'); // 21:00 on the 23rd in New York
    expect(calendarDaysUntil('2026-11-24T10:00', 'America/New_York', lateEvening)).toBe(1);
  });
  it('describes days plainly', () => {
    expect(describeDays(0)).toBe('today');
    expect(describeDays(1)).toBe('tomorrow');
    expect(describeDays(5)).toBe('in 5 days');
    expect(describeDays(-2)).toBe('2 days ago');
  });
});
