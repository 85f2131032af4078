// One computation of where a base-pay ask stands against a company's published bands, used by
// the comp-band rule (the memo, the pay tab's findings and therefore the dashboard's scores).
// Where sources disagree (Wells Fargo: the English guides' $150k–$210k and the Chinese guide's
// $135k–$195k), an ask is judged against each band, and a band it breaks is named.
import type { BandRange, CompBands } from './types';

export interface BrokenBand {
  band: BandRange;
  direction: 'above' | 'below';
  /** Whole dollars outside the band. */
  distance: number;
}

export interface BaseAskVerdict {
  /** above / below: outside every band; split: outside some bands, inside others. */
  position: 'inside' | 'above' | 'below' | 'split';
  broken: BrokenBand[];
  /** Bands the ask sits inside. */
  kept: BandRange[];
  /** Base is known to be rigid here (worth a note even inside the band). */
  rigid: boolean;
}

/**
 * Judges an ask (whole dollars; a single figure has min = max) against every band. A range
 * breaks a band when its top is above the band's top or its floor below the band's floor.
 */
export function judgeBaseAsk(ask: { min: number; max: number }, bands: Pick<CompBands, 'base' | 'baseIsRigid'>): BaseAskVerdict {
  const broken: BrokenBand[] = [];
  const kept: BandRange[] = [];
  for (const band of bands.base) {
    if (ask.max > band.max) broken.push({ band, direction: 'above', distance: ask.max - band.max });
    else if (ask.min < band.min) broken.push({ band, direction: 'below', distance: band.min - ask.min });
    else kept.push(band);
  }
  let position: BaseAskVerdict['position'] = 'inside';
  if (broken.length > 0 && kept.length > 0) position = 'split';
  else if (broken.length > 0) position = broken.every((b) => b.direction === 'above') ? 'above' : broken.every((b) => b.direction === 'below') ? 'below' : 'split';
  return { position, broken, kept, rigid: bands.baseIsRigid };
}
