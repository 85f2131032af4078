import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../../src/core/companies/toIcs';
import { partsInZone, zonedToUtc } from '../../../src/core/companies/zonedTime';

const zones = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Shanghai',
  'Australia/Sydney',
  'UTC',
];
const pad = (n: number) => String(n).padStart(2, '0');

describe('properties', () => {
  it('a wall-clock time read from an instant converts back to the same wall-clock time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const p = partsInZone(new Date(Math.floor(ms / 60000) * 60000), zone);
          const local = `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
          const back = zonedToUtc(local, zone);
          expect(back).not.toBeNull();
          expect(partsInZone(back ?? new Date(0), zone)).toEqual(p);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('folding keeps every line within 75 octets and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, ' ')}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const part of parts)
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(parts.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
      }),
      { numRuns: 200 },
    );
  });
});
