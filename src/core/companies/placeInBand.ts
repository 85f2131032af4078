// Where an ask falls against a band: below, inside or above, and by how much.
import type { MoneyRange } from '../workspace/schemas';
import type { BandPlacement } from './types';
import { formatUsd } from './formatUsd';

export function placeInBand(
  ask: number,
  band: MoneyRange,
  unit: 'usd' | 'percent' = 'usd',
): BandPlacement {
  const show = (n: number) =>
    unit === 'usd' ? formatUsd(n) : `${Math.round(n * 100) / 100} points`;
  const range =
    unit === 'usd' ? `${formatUsd(band.min)}–${formatUsd(band.max)}` : `${band.min}–${band.max} %`;
  if (ask < band.min) {
    const distance = band.min - ask;
    return { position: 'below', distance, message: `${show(distance)} below the band (${range}).` };
  }
  if (ask > band.max) {
    const distance = ask - band.max;
    return { position: 'above', distance, message: `${show(distance)} above the band (${range}).` };
  }
  return { position: 'inside', distance: 0, message: `Inside the band (${range}).` };
}
