// An RFC 5545 calendar of a company's scheduled rounds. Start times are converted from the
// round's wall clock and IANA zone to UTC with Intl, so any calendar app places them right
// without needing a VTIMEZONE; the local time and zone are repeated in the description.
import type { CompanyFile, LoopRound } from '../workspace/schemas';
import { zonedToUtc } from './zonedTime';

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

export function icsDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

function uidPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The rounds that go into the calendar: every round with a valid date that was not declined. */
export function calendarRounds(rounds: LoopRound[]): { round: LoopRound; start: Date }[] {
  const out: { round: LoopRound; start: Date }[] = [];
  for (const round of rounds) {
    if (!round.scheduledAt || round.status === 'declined') continue;
    const start = zonedToUtc(round.scheduledAt, round.timeZone);
    if (start) out.push({ round, start });
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
  for (const { round, start } of calendarRounds(rounds)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(company.slug)}.${uidPart(round.id)}@dossier.local`,
      `DTSTAMP:${icsUtc(now)}`,
      `DTSTART:${icsUtc(start)}`,
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
