// An RFC 5545 calendar of a company's scheduled rounds. Each start is written as wall-clock time
// in the round's own IANA zone (DTSTART;TZID=America/New_York:20261203T140000), and the calendar
// carries one VTIMEZONE per zone used, built from Intl alone: the zone's UTC-offset transitions
// from a year before its earliest round to a year after its latest, found by daily sampling and a
// binary search to the minute, one dated STANDARD/DAYLIGHT component per transition (no RRULE).
// The offset in force before the first transition (all of it, for a zone with no transition in
// the window, such as Asia/Kolkata or UTC) is one component dated 19700101T000000, emitted only
// when a round would otherwise fall before every component.
// The wall time written is the one the round's instant (zonedToUtc) shows in its zone, so a time
// skipped by spring-forward is written as the time it moves to and every reader agrees on it; a
// wall time that occurs twice (the hour repeated when clocks go back) is written in UTC instead,
// since readers disagree on which of the two it means.
// DTSTAMP stays in UTC; the local time and zone are also repeated in the description.
import type { CompanyFile, LoopRound } from '../workspace/schemas';
import { zonedToUtc, zoneOffsetMs } from './zonedTime';

const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a character (3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** 20261203T190000Z */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** 20261203T140000: the wall-clock time an offset (ms east of UTC) shows at an instant. */
export function icsLocal(instantMs: number, offsetMs: number): string {
  return icsUtc(new Date(instantMs + offsetMs)).slice(0, -1);
}

/** -0500, +0530 (seconds only when there are any). */
export function icsOffset(offsetMs: number): string {
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const ss = total % 60;
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(total / 3600))}${pad(Math.floor(total / 60) % 60)}${ss ? pad(ss) : ''}`;
}

export interface ZoneTransition {
  /** First instant (UTC ms, on a whole minute) at which `to` applies. */
  at: number;
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;

/**
 * The instants in [fromMs, toMs] at which the zone's UTC offset changes, found by sampling once
 * a day and binary-searching each change down to the minute.
 */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const offset = (ms: number) => zoneOffsetMs(new Date(ms), timeZone);
  const end = Math.floor(toMs / MINUTE) * MINUTE;
  const out: ZoneTransition[] = [];
  let lo = Math.floor(fromMs / MINUTE) * MINUTE;
  let loOffset = offset(lo);
  while (lo < end) {
    const next = Math.min(lo + DAY, end);
    if (offset(next) === loOffset) {
      lo = next;
      continue;
    }
    // offset(lo) === loOffset and offset(hi) !== loOffset; narrow to adjacent minutes.
    let hi = next;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
      if (offset(mid) === loOffset) lo = mid;
      else hi = mid;
    }
    const to = offset(hi);
    out.push({ at: hi, from: loOffset, to });
    lo = hi;
    loOffset = to;
  }
  return out;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * EST, GMT, BST, CEST…: Intl's short name in en-US, else en-GB (which knows BST and CET);
 * "+0530" where both only say "GMT+5:30".
 */
function zoneName(instantMs: number, offsetMs: number, timeZone: string): string {
  for (const locale of ['en-US', 'en-GB']) {
    const key = `${locale}|${timeZone}`;
    let f = nameFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      nameFormatters.set(key, f);
    }
    const name = f.formatToParts(new Date(instantMs)).find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return icsOffset(offsetMs);
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: string,
  from: number,
  to: number,
  name: string,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${icsOffset(from)}`,
    `TZOFFSETTO:${icsOffset(to)}`,
    `TZNAME:${escapeText(name)}`,
    `END:${kind}`,
  ];
}

export interface ZoneRules {
  timeZone: string;
  /** The earliest round in the zone (UTC ms). */
  first: number;
  /** The zone's offset changes from a year before its earliest round to a year after its latest. */
  transitions: ZoneTransition[];
}

export function zoneRules(timeZone: string, instants: number[]): ZoneRules {
  const first = Math.min(...instants);
  const transitions = zoneTransitions(timeZone, first - YEAR, Math.max(...instants) + YEAR);
  return { timeZone, first, transitions };
}

/**
 * The VTIMEZONE of a zone: one dated component per offset change (a change to a larger offset
 * is DAYLIGHT, to a smaller one STANDARD), led by a 1970 component holding the offset at the
 * window's start when no change comes before the earliest round.
 */
export function vtimezone({ timeZone, first, transitions }: ZoneRules): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(timeZone)}`];
  const head = transitions[0];
  if (!head || head.at > first) {
    const windowStart = first - YEAR;
    const initial = zoneOffsetMs(new Date(windowStart), timeZone);
    const name = zoneName(windowStart, initial, timeZone);
    const kind = head && head.to < initial ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(kind, '19700101T000000', initial, initial, name));
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    const name = zoneName(t.at, t.to, timeZone);
    lines.push(...observance(kind, icsLocal(t.at, t.from), t.from, t.to, name));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * The DTSTART of a round: its wall-clock time in its zone, or UTC when that wall time occurs
 * twice (the hour repeated when clocks go back), which readers resolve differently (RFC 5545
 * says the first; node-ical, for one, takes the second).
 */
export function icsStart(rules: ZoneRules, start: Date): string {
  const offset = zoneOffsetMs(start, rules.timeZone);
  const wall = start.getTime() + offset;
  const repeated = rules.transitions.some(
    (t) => t.to < t.from && wall >= t.at + t.to && wall < t.at + t.from,
  );
  if (repeated) return `DTSTART:${icsUtc(start)}`;
  return `DTSTART;TZID=${tzidParam(rules.timeZone)}:${icsLocal(start.getTime(), offset)}`;
}

export function icsDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/** A TZID parameter value, quoted if it holds a character a bare one cannot (3.2). */
function tzidParam(timeZone: string): string {
  return /[:;,]/.test(timeZone) ? `"${timeZone.replace(/"/g, '')}"` : timeZone;
}

function uidPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '-');
}

let knownZones: Map<string, string> | null = null;

/**
 * The zone as calendar apps spell it: "america/new_york" becomes America/New_York. Only the letter
 * case is corrected; aliases such as US/Eastern or Asia/Kolkata are kept as the candidate chose them.
 */
function zoneSpelling(timeZone: string): string {
  knownZones ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  const listed = knownZones.get(timeZone.toLowerCase());
  if (listed) return listed;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

/** The rounds that go into the calendar: every round with a valid date that was not declined. */
export function calendarRounds(rounds: LoopRound[]): { round: LoopRound; start: Date; zone: string }[] {
  const out: { round: LoopRound; start: Date; zone: string }[] = [];
  for (const round of rounds) {
    if (!round.scheduledAt || round.status === 'declined') continue;
    const start = zonedToUtc(round.scheduledAt, round.timeZone);
    if (start) out.push({ round, start, zone: zoneSpelling(round.timeZone) });
  }
  return out;
}

function describe(company: Pick<CompanyFile, 'name'>, round: LoopRound): string {
  const lines: string[] = [];
  if (round.focus.trim()) lines.push(`Focus: ${round.focus.trim()}`);
  const who = [round.interviewer.trim(), round.interviewerRole.trim()].filter(Boolean).join(', ');
  if (who) lines.push(`Interviewer: ${who}`);
  lines.push(`Local start: ${round.scheduledAt ?? ''} (${round.timeZone})`);
  lines.push(`${round.minutes} minutes with ${company.name}. Prepared in Dossier.`);
  return lines.join('\n');
}

export function toIcs(
  company: Pick<CompanyFile, 'slug' | 'name'>,
  rounds: LoopRound[],
  now: Date,
): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dossier//Interview loop//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${company.name} interviews`)}`,
  ];
  const entries = calendarRounds(rounds);
  const instants = new Map<string, number[]>();
  for (const { zone, start } of entries) {
    instants.set(zone, [...(instants.get(zone) ?? []), start.getTime()]);
  }
  const rules = new Map<string, ZoneRules>();
  for (const zone of [...instants.keys()].sort()) {
    const zr = zoneRules(zone, instants.get(zone) ?? []);
    rules.set(zone, zr);
    lines.push(...vtimezone(zr));
  }
  for (const { round, start, zone } of entries) {
    const zr = rules.get(zone) ?? zoneRules(zone, [start.getTime()]);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(company.slug)}.${uidPart(round.id)}@dossier.local`,
      `DTSTAMP:${icsUtc(now)}`,
      icsStart(zr, start),
      `DURATION:${icsDuration(round.minutes)}`,
      `SUMMARY:${escapeText(`${company.name}: ${round.name}`)}`,
      `DESCRIPTION:${escapeText(describe(company, round))}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
