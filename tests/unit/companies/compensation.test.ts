import { describe, expect, it } from 'vitest';
import { CompPackage } from '../../../src/core/workspace/schemas';
import { equityInYear, totals } from '../../../src/core/companies/compTotals';
import { placeInBand } from '../../../src/core/companies/placeInBand';
import { compareOffers } from '../../../src/core/companies/compareOffers';

const pkg = (p: Partial<CompPackage> & { base: CompPackage['base'] }): CompPackage =>
  CompPackage.parse(p);

describe('totals', () => {
  it('adds base and bonus for a plain package', () => {
    const t = totals(
      pkg({ base: { min: 150000, max: 210000 }, bonusPercent: { min: 10, max: 20 } }),
    );
    expect(t.firstYear).toEqual({ min: 165000, max: 252000 });
    expect(t.fourYearAverage).toEqual({ min: 165000, max: 252000 });
    expect(t.years).toHaveLength(4);
  });

  it('puts a 12-month-cliff grant in year 1 as the cliff tranche, then evenly', () => {
    const t = totals(
      pkg({
        base: { min: 100000, max: 100000 },
        equity: { kind: 'dollars', value: 20000, vestingYears: 4, cliffMonths: 12 },
      }),
    );
    expect(t.years.map((y) => y.min)).toEqual([105000, 105000, 105000, 105000]);
    expect(t.fourYearAverage.min).toBe(105000);
    expect(t.assumptions.join(' ')).toMatch(/month 12/);
  });

  it.each([
    // [vesting years, cliff months, year amounts of a $48,000 grant]
    [4, 0, [12000, 12000, 12000, 12000]],
    [4, 12, [12000, 12000, 12000, 12000]],
    [4, 18, [0, 24000, 12000, 12000]],
    [3, 12, [16000, 16000, 16000, 0]],
    [2, 36, [0, 0, 48000, 0]],
    [6, 12, [8000, 8000, 8000, 8000]],
  ])('vests %i years with a %i-month cliff', (vestingYears, cliffMonths, expected) => {
    const grant = { kind: 'dollars' as const, value: 48000, vestingYears, cliffMonths };
    expect([1, 2, 3, 4].map((y) => Math.round(equityInYear(grant, y)))).toEqual(expected);
  });

  it('values percent equity at the stated valuation and says so', () => {
    const t = totals(
      pkg({
        base: { min: 170000, max: 210000 },
        equity: {
          kind: 'percent',
          percent: 0.05,
          assumedValuation: 2_000_000_000,
          vestingYears: 4,
          cliffMonths: 12,
        },
      }),
    );
    // 0.05 % of $2B = $1,000,000 over 4 years = $250,000 a year
    expect(t.firstYear).toEqual({ min: 420000, max: 460000 });
    expect(t.assumptions.join(' ')).toMatch(
      /assumed company valuation of \$2,000,000,000, so \$1,000,000/,
    );
  });

  it('counts sign-on and relocation in year 1 only, stipends every year', () => {
    const t = totals(
      pkg({
        base: { min: 100000, max: 100000 },
        signOn: 30000,
        relocation: 10000,
        stipendPerYear: 5000,
      }),
    );
    expect(t.years.map((y) => y.min)).toEqual([145000, 105000, 105000, 105000]);
    expect(t.fourYearAverage.min).toBe(115000);
    expect(t.fourYearTotal.min).toBe(460000);
  });

  it('counts a deferred bonus part in the year it is paid', () => {
    const t = totals(
      pkg({
        base: { min: 100000, max: 100000 },
        bonusPercent: { min: 20, max: 20 },
        bonusDeferredPercent: 50,
      }),
    );
    const bonus = t.components.find((c) => c.name === 'bonus');
    expect(bonus?.years.map((y) => y.min)).toEqual([10000, 20000, 20000, 20000]);
    expect(t.assumptions.join(' ')).toMatch(/year it is paid/);
  });

  it('handles the American Express example end to end', () => {
    const t = totals(
      pkg({
        label: 'Amex',
        base: { min: 170000, max: 210000 },
        bonusPercent: { min: 10, max: 15 },
        equity: {
          kind: 'percent',
          percent: 0.04,
          assumedValuation: 1_000_000_000,
          vestingYears: 4,
          cliffMonths: 12,
        },
        signOn: 25000,
        stipendPerYear: 5000,
      }),
    );
    // min: 170000 + 17000 + 100000 + 25000 + 5000
    expect(t.firstYear.min).toBe(317000);
    // max: 210000 + 31500 + 100000 + 25000 + 5000
    expect(t.firstYear.max).toBe(371500);
    expect(t.fourYearAverage.min).toBe(Math.round((317000 + 3 * 292000) / 4));
  });
});

describe('placeInBand', () => {
  const band = { min: 150000, max: 210000 };
  it.each([
    [140000, 'below', 10000],
    [150000, 'inside', 0],
    [180000, 'inside', 0],
    [210000, 'inside', 0],
    [260000, 'above', 50000],
  ] as const)('%i is %s by %i', (ask, position, distance) => {
    const p = placeInBand(ask, band);
    expect(p.position).toBe(position);
    expect(p.distance).toBe(distance);
  });

  it('writes the distance and the band in the message', () => {
    expect(placeInBand(260000, band).message).toBe('$50,000 above the band ($150,000–$210,000).');
    expect(placeInBand(20, { min: 12, max: 18 }, 'percent').message).toBe(
      '2 points above the band (12–18 %).',
    );
  });
});

describe('compareOffers', () => {
  it('ranks offers on their guaranteed floor', () => {
    const c = compareOffers([
      pkg({ label: 'Bank', base: { min: 180000, max: 200000 } }),
      pkg({ label: '', base: { min: 170000, max: 260000 }, signOn: 20000 }),
    ]);
    expect(c.rows.map((r) => r.label)).toEqual(['Bank', 'Offer 2']);
    expect(c.bestFirstYear).toBe(1);
    expect(c.bestFourYearAverage).toBe(0);
  });

  it('is empty with no offers', () => {
    expect(compareOffers([])).toMatchObject({
      rows: [],
      bestFirstYear: null,
      bestFourYearAverage: null,
    });
  });
});
