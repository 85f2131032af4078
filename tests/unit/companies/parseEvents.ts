// Parses .ics text with node-ical and returns its events (test helper).
import ical from 'node-ical';
import type { VEvent } from 'node-ical';

export function parseEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (c): c is VEvent => c !== undefined && c.type === 'VEVENT',
  );
}
