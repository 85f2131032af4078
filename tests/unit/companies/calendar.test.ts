import { describe, expect, it } from 'vitest';
import { LoopRound } from '../../../src/core/workspace/schemas';
import { escapeText, foldLine, icsDuration, toIcs } from '../../../src/core/companies/toIcs';
import { calendarDaysBetween, zonedToUtc } from '../../../src/core/companies/zonedTime';
import { nextRound, upcomingRounds } from '../../../src/core/companies/nextRound';
import { parseEvents } from './parseEvents';

const round = (p: Partial<LoopRound> & { id: string }): LoopRound =>
  LoopRound.parse({ name: 'Round', minutes: 45, ...p });

const company = { slug: 'wells-fargo', name: 'Wells Fargo' };
const now = new Date('2026-11-23T09:00:00Z');

describe('zonedToUtc', () => {
  it.each([
    ['2026-12-03T14:00', 'America/New_York', '2026-12-03T19:00:00.000Z'], // EST, UTC-5
    ['2026-07-01T14:00', 'America/New_York', '2026-07-01T18:00:00.000Z'], // EDT, UTC-4
    ['2026-12-03T14:00', 'Europe/London', '2026-12-03T14:00:00.000Z'], // GMT
    ['2026-07-01T14:00', 'Europe/London', '2026-07-01T13:00:00.000Z'], // BST
    ['2026-03-09T10:00', 'America/New_York', '2026-03-09T14:00:00.000Z'], // day after spring forward
    ['2026-03-29T10:00', 'Europe/London', '2026-03-29T09:00:00.000Z'], // London's DST day
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // skipped hour moves forward
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'], // repeated hour: first one
    ['2026-12-03T09:00', 'Asia/Shanghai', '2026-12-03T01:00:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(zonedToUtc(local, zone)?.toISOString()).toBe(utc);
  });

  it('returns null for a bad date or zone', () => {
    expect(zonedToUtc('2026-02-30T10:00', 'America/New_York')).toBeNull();
    expect(zonedToUtc('tomorrow', 'America/New_York')).toBeNull();
    expect(zonedToUtc('2026-12-03T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('counts calendar days in the zone', () => {
    // 23:30 in New York on the 23rd is 04:30Z on the 24th
    expect(
      calendarDaysBetween(
        new Date('2026-11-24T04:30:00Z'),
        new Date('2026-11-24T15:00:00Z'),
        'America/New_York',
      ),
    ).toBe(1);
    expect(
      calendarDaysBetween(
        new Date('2026-11-24T04:30:00Z'),
        new Date('2026-11-24T15:00:00Z'),
        'Europe/London',
      ),
    ).toBe(0);
  });
});

describe('toIcs', () => {
  const rounds = [
    round({
      id: 'ny',
      name: 'PM case study',
      status: 'scheduled',
      scheduledAt: '2026-12-03T14:00',
      timeZone: 'America/New_York',
      minutes: 60,
      focus: 'Three-Stage Impact Model; design, compliance, outcome',
      interviewer: 'Dana Lee',
      interviewerRole: 'Product director',
    }),
    round({
      id: 'ldn',
      name: 'Compliance interview',
      status: 'scheduled',
      scheduledAt: '2026-12-10T09:30',
      timeZone: 'Europe/London',
      minutes: 45,
    }),
    round({
      id: 'dst',
      name: 'Executive panel',
      status: 'scheduled',
      scheduledAt: '2027-03-15T10:00',
      timeZone: 'America/New_York',
      minutes: 90,
    }),
    round({
      id: 'bst',
      name: 'VP round',
      status: 'scheduled',
      scheduledAt: '2027-03-29T16:00',
      timeZone: 'Europe/London',
      minutes: 45,
    }),
    round({ id: 'none', name: 'Recruiter screen' }),
    round({ id: 'no', name: 'Declined', status: 'declined', scheduledAt: '2026-12-04T10:00' }),
  ];
  const text = toIcs(company, rounds, now);
  const events = parseEvents(text);

  it('has one event per dated, not declined round with the right UTC start', () => {
    const starts = Object.fromEntries(events.map((e) => [e.uid, new Date(e.start).toISOString()]));
    expect(starts).toEqual({
      'wells-fargo.ny@dossier.local': '2026-12-03T19:00:00.000Z',
      'wells-fargo.ldn@dossier.local': '2026-12-10T09:30:00.000Z',
      'wells-fargo.dst@dossier.local': '2027-03-15T14:00:00.000Z', // after US spring-forward: UTC-4
      'wells-fargo.bst@dossier.local': '2027-03-29T15:00:00.000Z', // after UK clocks change: UTC+1
    });
  });

  it('writes each start as wall-clock time in its own zone, with one VTIMEZONE per zone', () => {
    expect(text.match(/^DTSTART;.*$/gm)).toEqual([
      'DTSTART;TZID=America/New_York:20261203T140000',
      'DTSTART;TZID=Europe/London:20261210T093000',
      'DTSTART;TZID=America/New_York:20270315T100000',
      'DTSTART;TZID=Europe/London:20270329T160000',
    ]);
    expect(Object.fromEntries(events.map((e) => [e.uid, e.start.tz]))).toEqual({
      'wells-fargo.ny@dossier.local': 'America/New_York',
      'wells-fargo.ldn@dossier.local': 'Europe/London',
      'wells-fargo.dst@dossier.local': 'America/New_York',
      'wells-fargo.bst@dossier.local': 'Europe/London',
    });
    expect(text.match(/^TZID:.*$/gm)).toEqual(['TZID:America/New_York', 'TZID:Europe/London']);
    expect(text).not.toMatch(/^DTSTART:\d{8}T\d{6}Z/m);
  });

  it('carries duration, summary and description with focus and interviewer', () => {
    const ny = events.find((e) => e.uid.startsWith('wells-fargo.ny'));
    if (!ny) throw new Error('missing event');
    expect(ny.end && new Date(ny.end).getTime() - new Date(ny.start).getTime()).toBe(60 * 60_000);
    expect(String(ny.summary)).toBe('Wells Fargo: PM case study');
    const description = String(ny.description);
    expect(description).toContain('Focus: Three-Stage Impact Model; design, compliance, outcome');
    expect(description).toContain('Interviewer: Dana Lee, Product director');
  });

  it('uses CRLF, stamps the time and keeps every line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('DTSTAMP:20261123T090000Z');
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('keeps UIDs stable when the loop is edited', () => {
    const again = toIcs(company, [...rounds].reverse(), new Date('2026-11-25T09:00:00Z'));
    const uids = (s: string) => s.match(/^UID:.*$/gm)?.sort();
    expect(uids(again)).toEqual(uids(text));
  });

  it('escapes text and folds long multi-byte lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'面试'.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(long);
    const chinese = toIcs(
      { slug: 'x', name: '富国银行' },
      [
        round({
          id: 'r',
          name: '合规面试，模型风险'.repeat(5),
          scheduledAt: '2026-12-03T14:00',
          status: 'scheduled',
        }),
      ],
      now,
    );
    const event = parseEvents(chinese)[0];
    expect(String(event?.summary)).toBe(`富国银行: ${'合规面试，模型风险'.repeat(5)}`);
  });

  it('writes durations', () => {
    expect([30, 60, 90, 0].map(icsDuration)).toEqual(['PT30M', 'PT1H', 'PT1H30M', 'PT0M']);
  });
});

describe('nextRound', () => {
  const rounds = [
    round({ id: 'past', status: 'scheduled', scheduledAt: '2026-11-20T10:00' }),
    round({ id: 'later', status: 'scheduled', scheduledAt: '2026-12-10T10:00' }),
    round({ id: 'soon', status: 'scheduled', scheduledAt: '2026-11-26T10:00' }),
    round({ id: 'done', status: 'done', scheduledAt: '2026-11-24T10:00' }),
    round({ id: 'undated' }),
  ];

  it('finds the soonest open round ahead and the days until it', () => {
    expect(nextRound(rounds, now)).toMatchObject({
      roundId: 'soon',
      daysUntil: 3,
      startsAt: '2026-11-26T15:00:00.000Z',
    });
    expect(upcomingRounds(rounds, now).map((r) => r.roundId)).toEqual(['soon', 'later']);
  });

  it('says 0 days on the day itself and null when nothing is ahead', () => {
    expect(
      nextRound([round({ id: 'today', status: 'scheduled', scheduledAt: '2026-11-23T15:00' })], now)
        ?.daysUntil,
    ).toBe(0);
    expect(nextRound([round({ id: 'x' })], now)).toBeNull();
  });
});
