import { describe, expect, it } from 'vitest';
import { savedAgo } from '../../../src/shared/savedAgo';

const now = new Date('2026-11-30T12:00:00Z');
describe('savedAgo', () => {
  it.each([
    ['2026-11-30T11:59:30Z', 'just now'],
    ['2026-11-30T11:59:00Z', '1 minute ago'],
    ['2026-11-30T11:15:00Z', '45 minutes ago'],
    ['2026-11-30T09:00:00Z', '3 hours ago'],
    ['2026-11-29T09:00:00Z', 'yesterday'],
    ['2026-11-20T12:00:00Z', '10 days ago'],
    ['not a date', 'at an unknown time'],
  ])('%s -> %s', (iso, words) => {
    expect(savedAgo(iso, now)).toBe(words);
  });
});
