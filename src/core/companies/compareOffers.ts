// Several offers side by side, with the strongest guaranteed first year and four-year average.
import type { CompPackage } from '../workspace/schemas';
import type { OfferComparison } from './types';
import { totals } from './compTotals';

function bestIndex(values: number[]): number | null {
  let best: number | null = null;
  values.forEach((v, i) => {
    if (best === null || v > (values[best] ?? -Infinity)) best = i;
  });
  return best;
}

export function compareOffers(offers: CompPackage[], currency = 'USD'): OfferComparison {
  const rows = offers.map((pkg, i) => ({
    label: pkg.label.trim() || `Offer ${i + 1}`,
    totals: totals(pkg, currency),
  }));
  return {
    rows,
    bestFirstYear: bestIndex(rows.map((r) => r.totals.firstYear.min)),
    bestFourYearAverage: bestIndex(rows.map((r) => r.totals.fourYearAverage.min)),
    rule: 'Offers are ranked on their guaranteed floor (the min of each range), not on the stretch.',
  };
}
