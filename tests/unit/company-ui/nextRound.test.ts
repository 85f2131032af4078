import { describe, expect, it } from 'vitest';
import type { LoopRound } from '../../../src/shared/api';
import { nextRound } from '../../../src/renderer/src/features/company/loop/nextRound';

const now = Date.parse('2026-11-23T09:00:00Z');
const round = (id: string, over: Partial<LoopRound>): LoopRound => ({
  id,
  name: id,
  minutes: 30,
  interviewer: '',
  interviewerRole: '',
  focus: '',
  scheduledAt: null,
  timeZone: 'America/New_York',
  status: 'scheduled',
  notes: '',
  documentIds: [],
  competencies: [],
  ...over,
});

describe('nextRound', () => {
  it('picks the soonest future scheduled round, whatever the list order', () => {
    const rounds = [
      round('late', { scheduledAt: '2026-12-10T10:00' }),
      round('soon', { scheduledAt: '2026-11-28T10:00' }),
      round('past', { scheduledAt: '2026-11-20T10:00' }),
      round('done', { scheduledAt: '2026-11-24T10:00', status: 'done' }),
      round('undated', { scheduledAt: null }),
    ];
    expect(nextRound(rounds, now)).toEqual({ round: rounds[1], days: 5 });
  });
  it('compares instants across zones: 09:00 London comes before 08:00 New York the same day', () => {
    const rounds = [
      round('ny', { scheduledAt: '2026-12-01T08:00', timeZone: 'America/New_York' }),
      round('ldn', { scheduledAt: '2026-12-01T09:00', timeZone: 'Europe/London' }),
    ];
    expect(nextRound(rounds, now)?.round.id).toBe('ldn');
  });
  it('is null with nothing ahead', () => {
    expect(nextRound([round('past', { scheduledAt: '2026-11-01T10:00' })], now)).toBeNull();
    expect(nextRound([], now)).toBeNull();
  });
});
