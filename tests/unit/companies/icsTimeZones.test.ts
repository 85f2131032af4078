// The calendar export writes starts in each round's own zone with a VTIMEZONE built from Intl.
// node-ical resolves an IANA TZID by name and ignores the VTIMEZONE, so the VTIMEZONE text is
// checked here on its own: each dated component must sit exactly on an offset change Intl
// reports, and the components must map every written start to the instant node-ical reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoopRound } from '../../../src/core/workspace/schemas';
import { toIcs, zoneTransitions } from '../../../src/core/companies/toIcs';
import { zoneOffsetMs, zonedToUtc } from '../../../src/core/companies/zonedTime';
import { parseEvents } from './parseEvents';

const company = { slug: 'acme', name: 'Acme' };
const now = new Date('2026-11-23T09:00:00Z');

const round = (id: string, scheduledAt: string, timeZone: string): LoopRound =>
  LoopRound.parse({
    id,
    name: `Round ${id}`,
    minutes: 45,
    scheduledAt,
    timeZone,
    status: 'scheduled',
  });

/** A wall-clock time "YYYY-MM-DDTHH:mm" from ms read as if UTC. */
const wallClock = (ms: number) => new Date(ms).toISOString().slice(0, 16);

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

interface Observance {
  kind: string;
  dtstart: string;
  from: string;
  to: string;
  name: string;
}

/** The VTIMEZONE blocks of a calendar, by TZID. */
function vtimezones(text: string): Map<string, Observance[]> {
  const out = new Map<string, Observance[]>();
  for (const block of unfold(text).match(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE/g) ?? []) {
    const tzid = /^TZID:(.*)$/m.exec(block)?.[1] ?? '';
    const observances = [...block.matchAll(/BEGIN:(STANDARD|DAYLIGHT)\r\n([\s\S]*?)END:\1/g)].map(
      ([, kind = '', body = '']) => {
        const field = (name: string) => new RegExp(`^${name}:(.*)\r$`, 'm').exec(body)?.[1] ?? '';
        return {
          kind,
          dtstart: field('DTSTART'),
          from: field('TZOFFSETFROM'),
          to: field('TZOFFSETTO'),
          name: field('TZNAME'),
        };
      },
    );
    out.set(tzid, observances);
  }
  return out;
}

/** "-0500" -> -5 h in ms. */
function offsetMs(text: string): number {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text);
  if (!m) throw new Error(`bad offset ${text}`);
  const abs = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -abs : abs;
}

/** "20260308T020000" read as if it were UTC, in ms. */
function wallMs(text: string): number {
  const ms = Date.parse(
    text.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  if (Number.isNaN(ms)) throw new Error(`bad date-time ${text}`);
  return ms;
}

/** The UTC instant at which each observance begins (its DTSTART read in its TZOFFSETFROM). */
const onset = (o: Observance) => wallMs(o.dtstart) - offsetMs(o.from);

/**
 * Checks a calendar as an app that knows only its VTIMEZONEs would read it: every dated
 * component lies on a change Intl reports, and each event's wall time, read with the
 * observance in force at the instant node-ical parsed, is that instant.
 */
function expectConsistent(text: string): void {
  const zones = vtimezones(text);
  for (const [zone, observances] of zones) {
    for (const o of observances) {
      expect(o.name).not.toBe('');
      if (o.dtstart === '19700101T000000') {
        expect(o.from).toBe(o.to);
        continue;
      }
      expect(o.kind).toBe(offsetMs(o.to) > offsetMs(o.from) ? 'DAYLIGHT' : 'STANDARD');
      const at = onset(o);
      expect(zoneOffsetMs(new Date(at - 60_000), zone), `${zone} before ${o.dtstart}`).toBe(
        offsetMs(o.from),
      );
      expect(zoneOffsetMs(new Date(at), zone), `${zone} at ${o.dtstart}`).toBe(offsetMs(o.to));
    }
  }
  const lines = unfold(text).split('\r\n');
  for (const event of parseEvents(text)) {
    const uidLine = lines.indexOf(`UID:${event.uid}`);
    const dtstart = lines.slice(uidLine).find((l) => l.startsWith('DTSTART'));
    const instant = new Date(event.start).getTime();
    if (dtstart === `DTSTART:${new Date(instant).toISOString().replace(/[-:]|\.\d{3}/g, '')}`)
      continue; // a repeated wall time, written in UTC
    const m = /^DTSTART;TZID=([^:]+):(\d{8}T\d{6})$/.exec(dtstart ?? '');
    if (!m) throw new Error(`no zoned DTSTART for ${event.uid}: ${dtstart}`);
    const [, zone = '', wall = ''] = m;
    const observances = zones.get(zone) ?? [];
    const inForce = observances
      .filter((o) => onset(o) <= instant)
      .sort((a, b) => onset(b) - onset(a))[0];
    if (!inForce) throw new Error(`no observance of ${zone} covers ${event.uid}`);
    expect(wallMs(wall) - offsetMs(inForce.to), event.uid).toBe(instant);
  }
}

function expectWellFormed(text: string): void {
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
}

/** Exports the rounds and returns the text with each event's parsed start and zone by round id. */
function exportRounds(rounds: LoopRound[]) {
  const text = toIcs(company, rounds, now);
  expectWellFormed(text);
  expectConsistent(text);
  const starts = Object.fromEntries(
    parseEvents(text).map((e) => [
      e.uid.replace(/^acme\.|@dossier\.local$/g, ''),
      { utc: new Date(e.start).toISOString(), tz: e.start.tz },
    ]),
  );
  return { text, starts };
}

describe('toIcs time zones', () => {
  it('New York in December (EST) and July (EDT) parse back to the right instants and zone', () => {
    const { text, starts } = exportRounds([
      round('dec', '2026-12-03T14:00', 'America/New_York'),
      round('jul', '2026-07-01T14:00', 'America/New_York'),
    ]);
    expect(text).toContain('DTSTART;TZID=America/New_York:20261203T140000\r\n');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260701T140000\r\n');
    expect(text).not.toMatch(/^DTSTART:\d{8}T\d{6}Z/m);
    expect(starts).toEqual({
      dec: { utc: '2026-12-03T19:00:00.000Z', tz: 'America/New_York' },
      jul: { utc: '2026-07-01T18:00:00.000Z', tz: 'America/New_York' },
    });
    expect(text.match(/^BEGIN:VTIMEZONE/gm)).toHaveLength(1);
  });

  it('the New York VTIMEZONE for 2026 holds the March and November changes', () => {
    const { text } = exportRounds([round('r', '2026-06-15T10:00', 'America/New_York')]);
    const block = unfold(text).match(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE/)?.[0] ?? '';
    expect(block).toContain(
      [
        'BEGIN:DAYLIGHT',
        'DTSTART:20260308T020000',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'TZNAME:EDT',
        'END:DAYLIGHT',
      ].join('\r\n'),
    );
    expect(block).toContain(
      [
        'BEGIN:STANDARD',
        'DTSTART:20261101T020000',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'TZNAME:EST',
        'END:STANDARD',
      ].join('\r\n'),
    );
    // A year either side of the round: 2025-06-15 .. 2027-06-15, four changes, no RRULE.
    expect(
      vtimezones(text)
        .get('America/New_York')
        ?.map((o) => o.dtstart),
    ).toEqual(['20251102T020000', '20260308T020000', '20261101T020000', '20270314T020000']);
    expect(block).not.toContain('RRULE');
    expect(block).not.toContain('19700101');
  });

  it('London across the October change', () => {
    const { text, starts } = exportRounds([
      round('bst', '2026-10-24T10:00', 'Europe/London'),
      round('repeated', '2026-10-25T01:30', 'Europe/London'), // clocks go back at 02:00 BST
      round('gmt', '2026-10-26T10:00', 'Europe/London'),
    ]);
    expect(starts).toEqual({
      bst: { utc: '2026-10-24T09:00:00.000Z', tz: 'Europe/London' },
      repeated: {
        utc: zonedToUtc('2026-10-25T01:30', 'Europe/London')?.toISOString(),
        tz: 'Etc/UTC',
      },
      gmt: { utc: '2026-10-26T10:00:00.000Z', tz: 'Europe/London' },
    });
    // 01:30 happens twice; zonedToUtc takes the first (BST) one, written in UTC so no reader
    // can pick the other.
    expect(starts.repeated?.utc).toBe('2026-10-25T00:30:00.000Z');
    expect(text).toContain('DTSTART:20261025T003000Z\r\n');
    expect(vtimezones(text).get('Europe/London')).toContainEqual({
      kind: 'STANDARD',
      dtstart: '20261025T020000',
      from: '+0100',
      to: '+0000',
      name: 'GMT',
    });
    expect(vtimezones(text).get('Europe/London')).toContainEqual({
      kind: 'DAYLIGHT',
      dtstart: '20260329T010000',
      from: '+0000',
      to: '+0100',
      name: 'BST',
    });
  });

  it.each([
    ['Asia/Kolkata', '+0530', '2026-12-03T10:00', '2026-12-03T04:30:00.000Z'],
    ['Asia/Shanghai', '+0800', '2026-12-03T09:00', '2026-12-03T01:00:00.000Z'],
    ['UTC', '+0000', '2026-12-03T09:00', '2026-12-03T09:00:00.000Z'],
    ['Etc/UTC', '+0000', '2026-12-03T09:00', '2026-12-03T09:00:00.000Z'],
  ])('%s (no DST) gets one STANDARD component from 1970 at %s', (zone, offset, local, utc) => {
    const { text, starts } = exportRounds([round('r', local, zone)]);
    expect(text).toContain(`DTSTART;TZID=${zone}:${local.replace(/[-:]/g, '')}00\r\n`);
    expect(starts.r?.utc).toBe(utc);
    const observances = vtimezones(text).get(zone);
    expect(observances).toHaveLength(1);
    expect(observances?.[0]).toMatchObject({
      kind: 'STANDARD',
      dtstart: '19700101T000000',
      from: offset,
      to: offset,
    });
  });

  it('labels zones Intl only names "GMT+x" by their offset', () => {
    const { text } = exportRounds([
      round('in', '2026-12-03T10:00', 'Asia/Kolkata'),
      round('cn', '2026-12-03T10:00', 'Asia/Shanghai'),
      round('utc', '2026-12-03T10:00', 'UTC'),
    ]);
    const zones = vtimezones(text);
    expect(zones.get('Asia/Kolkata')?.[0]?.name).toBe('+0530');
    expect(zones.get('Asia/Shanghai')?.[0]?.name).toBe('+0800');
    expect(zones.get('UTC')?.[0]?.name).toBe('UTC');
  });

  it('times skipped by spring-forward or repeated at fall-back read back as zonedToUtc says', () => {
    const { text, starts } = exportRounds([
      round('gap', '2026-03-08T02:30', 'America/New_York'),
      round('overlap', '2026-11-01T01:30', 'America/New_York'),
    ]);
    expect(starts.gap?.utc).toBe(zonedToUtc('2026-03-08T02:30', 'America/New_York')?.toISOString());
    expect(starts.overlap?.utc).toBe(
      zonedToUtc('2026-11-01T01:30', 'America/New_York')?.toISOString(),
    );
    // 02:30 does not exist that day; zonedToUtc gives 07:30Z, which New York shows as 03:30 EDT.
    expect(text).toContain('DTSTART;TZID=America/New_York:20260308T033000\r\n');
    // 01:30 on 1 November happens twice: written in UTC (the first, EDT, one), since node-ical
    // reads a repeated TZID time as the second while RFC 5545 says the first.
    expect(text).toContain('DTSTART:20261101T053000Z\r\n');
    expect(unfold(text)).toContain('Local start: 2026-03-08T02:30 (America/New_York)');
  });

  it('writes one VTIMEZONE per zone used, before the events, and skips undated and declined rounds', () => {
    const { text } = exportRounds([
      round('a', '2026-12-03T14:00', 'America/New_York'),
      round('b', '2027-02-03T14:00', 'America/New_York'),
      round('c', '2026-12-03T14:00', 'Asia/Kolkata'),
      LoopRound.parse({
        id: 'd',
        name: 'Declined',
        minutes: 30,
        scheduledAt: '2026-12-04T10:00',
        timeZone: 'Europe/Paris',
        status: 'declined',
      }),
      LoopRound.parse({ id: 'e', name: 'Undated', minutes: 30, timeZone: 'Europe/Berlin' }),
    ]);
    expect([...vtimezones(text).keys()]).toEqual(['America/New_York', 'Asia/Kolkata']);
    expect(text.lastIndexOf('END:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
    expect(
      parseEvents(text)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(['acme.a@dossier.local', 'acme.b@dossier.local', 'acme.c@dossier.local']);
  });

  it('corrects the letter case of a zone name, one VTIMEZONE for both spellings; keeps aliases', () => {
    const { text, starts } = exportRounds([
      round('a', '2026-12-03T14:00', 'america/new_york'),
      round('b', '2026-12-04T14:00', 'AMERICA/NEW_YORK'),
      round('c', '2026-12-05T14:00', 'America/New_York'),
      round('d', '2026-12-05T14:00', 'Asia/Kolkata'),
    ]);
    expect([...vtimezones(text).keys()]).toEqual(['America/New_York', 'Asia/Kolkata']);
    expect(text).toContain('DTSTART;TZID=America/New_York:20261203T140000\r\n');
    expect(text).toContain('DTSTART;TZID=America/New_York:20261204T140000\r\n');
    expect(starts.b).toEqual({ utc: '2026-12-04T19:00:00.000Z', tz: 'America/New_York' });
  });

  it('finds half-hour and southern-hemisphere changes to the minute', () => {
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    // Lord Howe Island moves by 30 minutes: +11 in summer, +10:30 in winter.
    expect(zoneTransitions('Australia/Lord_Howe', from, to)).toEqual([
      { at: Date.UTC(2026, 3, 4, 15, 0), from: 11 * 3_600_000, to: 10.5 * 3_600_000 },
      { at: Date.UTC(2026, 9, 3, 15, 30), from: 10.5 * 3_600_000, to: 11 * 3_600_000 },
    ]);
    expect(zoneTransitions('Asia/Kolkata', from, to)).toEqual([]);
  });

  it('any round in any zone reads back as zonedToUtc, by node-ical and by the VTIMEZONE', () => {
    const zones = [
      'America/New_York',
      'America/Los_Angeles',
      'America/Sao_Paulo',
      'Europe/London',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Asia/Shanghai',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            ms: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
            zone: fc.constantFrom(...zones),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (picks) => {
          const rounds = picks.map(({ ms, zone }, i) => {
            const local = wallClock(ms);
            return round(String(i), local, zone);
          });
          const { starts } = exportRounds(rounds);
          rounds.forEach((r, i) => {
            expect(starts[String(i)]?.utc).toBe(
              zonedToUtc(r.scheduledAt ?? '', r.timeZone)?.toISOString(),
            );
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('wall times next to an offset change, in gaps and repeats, read back as zonedToUtc says', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe'];
    const changes = zones.flatMap((zone) =>
      zoneTransitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((t) => ({ zone, t })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -150, max: 150 }),
        ({ zone, t }, minutes) => {
          // The wall clock just before the change plus up to 2.5 h either way.
          const local = wallClock(t.at + t.from + minutes * 60_000);
          const { starts } = exportRounds([round('r', local, zone)]);
          expect(starts.r?.utc).toBe(zonedToUtc(local, zone)?.toISOString());
        },
      ),
      { numRuns: 60 },
    );
  });
});
