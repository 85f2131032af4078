// Table tests: a title's level depends on the firm's ladder. The Chinese Wells Fargo guide
// (wf-zh) says base within its $135k–$195k band depends on the level, naming associate, VP and
// SVP: at Wells Fargo, Vice President is a level inside the band a product manager is hired
// into, not a senior role by itself. So in the Wells Fargo pack a bare VP title ("The title is VP
// of Product", 职位是VP, "20% if VP") does not make the role senior (its bonus may reach the guide's
// 50 %+) nor management; Senior/Executive Vice President, Director and the other senior titles
// still do. The other guides say nothing about bank titles (the American Express guide names a VP
// only as a leader in a hiring debrief), so the other packs keep reading VP as senior.
import { describe, expect, it } from 'vitest';
import { compBandFindings, run } from './ruleHarness';
import type { CompBands } from '../../../src/core/rubric/types';

/** A 45% bonus (between the Chinese guide's 35% and its senior 50%): read as senior unless the warning says nothing states it. */
const wfReadsSenior = (anchor: string, bonus = 'I am asking for a 45% bonus.') =>
  !compBandFindings('wells-fargo', { anchor, 'bonus-equity': bonus }).some((f) => f.message.includes('Nothing here says the role is senior'));
/** A $400k total (above $340k for ICs, inside the management track's range): read as management when nothing is flagged. */
const wfReadsManagement = (anchor: string) => compBandFindings('wells-fargo', { anchor, close: 'I am asking for a total of $400k a year.' }).length === 0;

describe('Wells Fargo: Vice President is a level inside the band, not a senior role', () => {
  it.each([
    'The title is VP of Product.',
    'The title is Vice President, AI Product.',
    'I would join as a VP.',
    'The role is VP-level.',
    '职位是VP。',
    '职位是副总裁。',
    '这是副总裁级别的职位。',
  ])('must not read senior: %s', (anchor) => {
    expect(wfReadsSenior(anchor)).toBe(false);
  });

  it.each([
    'The title is SVP of Product.',
    'The title is Senior Vice President, AI Product.',
    'The role is Executive Director, Model Risk Products.',
    'The role is Director of AI Product.',
    'I am interviewing for a Senior PM role.',
    '职位是高级副总裁。',
    '我应聘的是资深AI产品经理。',
  ])('must still read senior: %s', (anchor) => {
    expect(wfReadsSenior(anchor)).toBe(true);
  });

  it('an alternative conditioned on VP is not a senior one', () => {
    expect(wfReadsSenior('I am a product manager.', 'A bonus of 15%, or 45% if VP.')).toBe(false);
    expect(wfReadsSenior('I am a product manager.', 'A bonus of 15%, or 45% if SVP.')).toBe(true);
  });

  it('a VP title is not the management track', () => {
    expect(wfReadsManagement('The title is VP of Product.')).toBe(false);
    expect(wfReadsManagement('The role is on the management track.')).toBe(true);
  });

  it('says why a VP title does not count as senior, naming the guide', () => {
    const f = compBandFindings('wells-fargo', { anchor: 'The title is VP of Product.', 'bonus-equity': 'I am asking for a 45% bonus.' });
    const says = f.find((x) => x.message.includes('Nothing here says the role is senior'));
    expect(says?.message).toContain('Vice President');
    expect(says?.message).toContain('Wells Fargo guide (Chinese)');
    expect(says?.message).not.toMatch(/\bwf-zh\b/);
  });
});

describe('a firm on the product ladder keeps Vice President as a senior title', () => {
  // JPMorgan with a senior bonus figure the candidate recorded themselves (no guide publishes one
  // there): its pack keeps the default ladder, so "VP of Product" still reads senior.
  const bands: CompBands = {
    base: [{ min: 150_000, max: 210_000, source: 'jpmorgan' }],
    baseIsRigid: false,
    components: [{ component: 'bonus', measure: 'percent-of-base', min: 15, max: 35, source: 'profile', seniorReach: 50 }],
  };
  const readsSenior = (anchor: string) =>
    !run({ text: '', template: 'comp-memo', company: 'jpmorgan', sections: { anchor, 'bonus-equity': 'I am asking for a 45% bonus.' }, bands })
      .findings.some((f) => f.rule === 'comp-band' && f.message.includes('Nothing here says the role is senior'));

  it.each(['The title is VP of Product.', '职位是副总裁。'])('reads senior: %s', (anchor) => {
    expect(readsSenior(anchor)).toBe(true);
  });
  it('and not without a title', () => {
    expect(readsSenior('I am a product manager.')).toBe(false);
  });
});
