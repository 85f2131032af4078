// Where a yearly total-compensation ask (base, bonus and stock together: "a total package around
// $300k", 总包) stands against the totals the guides publish. Only the Chinese Wells Fargo guide
// states one: $190k–$340k for individual contributors, with the management track 20–40 % higher
// (so about $228k–$476k). A guide that states no total is not compared.
import type { TotalBand } from './types';
import { judgeBaseAsk } from './judgeBaseAsk';
import type { BaseAskVerdict } from './judgeBaseAsk';

export interface TotalVerdict extends BaseAskVerdict {
  /**
   * above-ic: above every individual-contributor total, but inside the management track's range
   * of every band it breaks, and the document does not say the role is management (a warning,
   * not an error: the guide allows it for managers).
   */
  reading: 'ic' | 'management' | 'above-ic';
  /** Each band as compared: the individual-contributor range, and the management range where stated. */
  compared: { band: TotalBand; ic: { min: number; max: number }; management: { min: number; max: number } | null }[];
}

/** The management track's range for a band: each end raised by the uplift (floor by the lower, top by the higher). */
export function managementRange(band: TotalBand): { min: number; max: number } | null {
  const up = band.managementUplift;
  if (!up) return null;
  return { min: Math.round(band.min * (1 + up.min / 100)), max: Math.round(band.max * (1 + up.max / 100)) };
}

/**
 * Judges a yearly total ask (whole dollars; a single figure has min = max) against every
 * published total. When the document says the role is management, a band's management range is
 * used where it has one; otherwise its individual-contributor range. Null when no total is published.
 */
export function judgeTotalAsk(ask: { min: number; max: number }, bands: readonly TotalBand[], management: boolean): TotalVerdict | null {
  if (bands.length === 0) return null;
  const compared = bands.map((band) => ({ band, ic: { min: band.min, max: band.max }, management: managementRange(band) }));
  const effective = compared.map((x) => ({ ...(management && x.management ? x.management : x.ic), source: x.band.source }));
  const verdict = judgeBaseAsk(ask, { base: effective, baseIsRigid: false });
  let reading: TotalVerdict['reading'] = management && compared.some((x) => x.management) ? 'management' : 'ic';
  if (reading === 'ic' && verdict.position === 'above' && compared.every((x) => x.management && ask.max <= x.management.max)) reading = 'above-ic';
  return { ...verdict, reading, compared };
}
