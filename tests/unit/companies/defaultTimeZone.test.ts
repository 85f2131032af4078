// New interview rounds start in the zone of a city the folder's name mentions, else the
// candidate's own zone, never a fixed America/New_York (newcomer trial: a London folder's .ics
// was five hours off).
import { describe, expect, it } from 'vitest';
import { defaultTimeZone } from '../../../src/core/companies/defaultTimeZone';
import { seedLoop } from '../../../src/core/companies/seed';
import { toIcs } from '../../../src/core/companies/toIcs';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { appRoot } from '../rubric/ruleHarness';

describe('defaultTimeZone', () => {
  it.each([
    ['Revolut — Senior PM, Credit ML, London', 'Europe/London'],
    ['Revolut Senior PM Credit ML London', 'Europe/London'],
    ['HSBC Hong Kong', 'Asia/Hong_Kong'],
    ['Stripe (Dublin)', 'Europe/Dublin'],
    ['Plaid — San Francisco', 'America/Los_Angeles'],
    ['Wells Fargo Charlotte', 'America/New_York'],
    ['JPMorgan Chase NYC', 'America/New_York'],
    ['Grab Singapore', 'Asia/Singapore'],
    ['蚂蚁集团 杭州', 'Asia/Shanghai'],
    ['汇丰 香港', 'Asia/Hong_Kong'],
    ['Revolut 伦敦', 'Europe/London'],
    ['Amex Phoenix', 'America/Phoenix'],
    ['RBC Toronto', 'America/Toronto'],
    // Breaker 9: Plano (Texas) is Central time; the city named first wins.
    ['Capital One — Plano', 'America/Chicago'],
    ['Revolut London (recruiter in Boston)', 'Europe/London'],
    ['Boston office, London team', 'America/New_York'],
  ])('%s starts in %s', (name, zone) => expect(defaultTimeZone(name, 'Asia/Tokyo')).toBe(zone));

  it.each([
    ['Wells Fargo', 'Europe/Berlin'],
    ['Morgan Stanley', 'Europe/Berlin'],
    ['New Jersey fintech', 'Europe/Berlin'],
    ['American Express', 'Europe/Berlin'],
  ])('%s names no city: the candidate’s own zone (%s)', (name, zone) => expect(defaultTimeZone(name, zone)).toBe(zone));

  it('falls back to UTC when the runtime gives no valid zone', () => {
    expect(defaultTimeZone('Wells Fargo', undefined)).toBe('UTC');
    expect(defaultTimeZone('Wells Fargo', 'Mars/Olympus_Mons')).toBe('UTC');
  });

  it('seeded rounds carry the zone, and the .ics writes 10:00 in it', () => {
    const profile = findProfile(appRoot, 'fintech');
    const { loop } = seedLoop(profile, defaultTimeZone('Revolut London', 'Etc/UTC'));
    expect(loop.length).toBeGreaterThan(0);
    expect(new Set(loop.map((r) => r.timeZone))).toEqual(new Set(['Europe/London']));
    const round = { ...loop[0]!, scheduledAt: '2026-12-10T10:00', status: 'scheduled' as const };
    const ics = toIcs({ slug: 'revolut-london', name: 'Revolut London' }, [round], new Date('2026-12-01T00:00:00Z'));
    expect(ics).toMatch(/DTSTART;TZID=Europe\/London:20261210T100000/);
    expect(ics).not.toMatch(/America\/New_York/);
  });
});
