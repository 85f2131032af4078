// Year-by-year value of a compensation package, min and max of its tiered range.
// Counting rules (also returned as text with every result):
// - base and bonus every year; bonus = base x bonus percent;
// - a deferred part of the bonus is counted in the year it is paid, one year after it is earned;
// - equity vests evenly by month over the vesting period, nothing before the cliff, and
//   everything due by the cliff vests at the cliff (12-month cliff: year 1 gets the first tranche);
// - equity given as a percent of the company is valued at the stated assumed valuation;
// - sign-on and relocation in year 1 only; stipends every year.
import type { CompPackage, EquityGrant } from '../workspace/schemas';
import type { CompTotals, YearAmount } from './types';
import { currencyName, formatAmount } from './currency';

export const YEARS = 4;

type ComponentName = CompTotals['components'][number]['name'];

/** Dollars of the grant vested by the end of month `month`. */
function vestedBy(value: number, vestingYears: number, cliffMonths: number, month: number): number {
  const totalMonths = vestingYears * 12;
  if (month < cliffMonths || totalMonths <= 0) return 0;
  return (value * Math.min(month, totalMonths)) / totalMonths;
}

export function equityValue(grant: EquityGrant): number {
  return grant.kind === 'dollars' ? grant.value : (grant.percent / 100) * grant.assumedValuation;
}

/** Equity vesting in year `year` (1-based). */
export function equityInYear(grant: EquityGrant, year: number): number {
  const value = equityValue(grant);
  return (
    vestedBy(value, grant.vestingYears, grant.cliffMonths, year * 12) -
    vestedBy(value, grant.vestingYears, grant.cliffMonths, (year - 1) * 12)
  );
}

function equityAssumption(grant: EquityGrant, currency: string): string[] {
  const money = (n: number): string => formatAmount(n, currency);
  const value = equityValue(grant);
  const cliff =
    grant.cliffMonths > 0
      ? `nothing vests before month ${grant.cliffMonths}, then everything due by then vests at once and the rest monthly`
      : 'it vests monthly from the start';
  const out = [
    `Equity worth ${money(value)} vests evenly over ${grant.vestingYears} years: ${cliff}.`,
  ];
  if (grant.kind === 'percent') {
    out.push(
      `Equity of ${grant.percent} % of the company is valued at an assumed company valuation of ${money(grant.assumedValuation)}, so ${money(value)}. This is an assumption, not a price: the real value depends on what the company is worth when the shares vest.`,
    );
  }
  if (grant.vestingYears > YEARS) {
    out.push(`Only the part vesting within the first ${YEARS} years is counted.`);
  }
  return out;
}

/** `currency`: the record's ISO 4217 code, used only to write amounts in the assumptions (no conversion). */
export function totals(pkg: CompPackage, currency = 'USD'): CompTotals {
  const deferred = Math.min(Math.max(pkg.bonusDeferredPercent, 0), 100) / 100;
  const ends = (['min', 'max'] as const).map((end) => {
    const base = pkg.base[end];
    const bonus = (base * pkg.bonusPercent[end]) / 100;
    const perYear: Record<ComponentName, number[]> = {
      base: [],
      bonus: [],
      equity: [],
      signOn: [],
      relocation: [],
      stipend: [],
    };
    for (let year = 1; year <= YEARS; year++) {
      perYear.base.push(Math.round(base));
      perYear.bonus.push(Math.round(bonus * (1 - deferred) + (year > 1 ? bonus * deferred : 0)));
      perYear.equity.push(Math.round(pkg.equity ? equityInYear(pkg.equity, year) : 0));
      perYear.signOn.push(year === 1 ? Math.round(pkg.signOn) : 0);
      perYear.relocation.push(year === 1 ? Math.round(pkg.relocation) : 0);
      perYear.stipend.push(Math.round(pkg.stipendPerYear));
    }
    return perYear;
  });
  const [low, high] = ends as [Record<ComponentName, number[]>, Record<ComponentName, number[]>];
  const names: ComponentName[] = ['base', 'bonus', 'equity', 'signOn', 'relocation', 'stipend'];
  const components = names.map((name) => ({
    name,
    years: low[name].map((min, i): YearAmount => ({ year: i + 1, min, max: high[name][i] ?? 0 })),
  }));
  const years: YearAmount[] = [];
  for (let i = 0; i < YEARS; i++) {
    years.push({
      year: i + 1,
      min: names.reduce((sum, n) => sum + (low[n][i] ?? 0), 0),
      max: names.reduce((sum, n) => sum + (high[n][i] ?? 0), 0),
    });
  }
  const fourYearTotal = {
    min: years.reduce((s, y) => s + y.min, 0),
    max: years.reduce((s, y) => s + y.max, 0),
  };
  const first = years[0] ?? { min: 0, max: 0 };

  const assumptions = [
    ...(currency === 'USD' ? [] : [`Amounts are in ${currencyName(currency)} (${currency}), as entered.`]),
    'Ranges run from the floor of each part (min) to the stretch of each part (max).',
    'Bonus is counted at its percent of base, every year.',
  ];
  if (deferred > 0) {
    assumptions.push(
      `The deferred ${pkg.bonusDeferredPercent} % of each bonus is counted in the year it is paid, taken as one year after it is earned: year 1 has no deferred payout, and year ${YEARS}'s deferral falls after the ${YEARS} years.`,
    );
  }
  if (pkg.equity) assumptions.push(...equityAssumption(pkg.equity, currency));
  if (pkg.signOn > 0 || pkg.relocation > 0)
    assumptions.push('Sign-on and relocation are counted in year 1 only.');
  if (pkg.stipendPerYear > 0) assumptions.push('The stipend is counted every year.');

  return {
    firstYear: { min: first.min, max: first.max },
    fourYearAverage: {
      min: Math.round(fourYearTotal.min / YEARS),
      max: Math.round(fourYearTotal.max / YEARS),
    },
    fourYearTotal,
    years,
    components,
    assumptions,
  };
}
