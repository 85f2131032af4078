// Positions for the band chart: the company's bands (one per guide that gives one) and the ask as
// bars on one dollar scale.
import type { MoneyRange } from '../../../../../shared/api';

export interface BandGeometry {
  scaleMin: number;
  scaleMax: number;
  /** x positions in 0..width of the first band (null without bands). */
  band: { x1: number; x2: number } | null;
  /** x positions of every band, in the order given. */
  bands: { x1: number; x2: number }[];
  ask: { x1: number; x2: number } | null;
  ticks: { x: number; value: number }[];
}

export function bandGeometry(
  band: MoneyRange | readonly MoneyRange[] | null,
  ask: MoneyRange | null,
  width: number,
): BandGeometry {
  const list: readonly MoneyRange[] = band === null ? [] : 'min' in band ? [band] : band;
  const values = [...list.flatMap((b) => [b.min, b.max]), ask?.min, ask?.max].filter(
    (v): v is number => typeof v === 'number',
  );
  if (values.length === 0) return { scaleMin: 0, scaleMax: 0, band: null, bands: [], ask: null, ticks: [] };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.15, hi * 0.05, 1000);
  const step = niceStep((hi - lo + 2 * pad) / 4);
  const scaleMin = Math.max(0, Math.floor((lo - pad) / step) * step);
  const scaleMax = Math.ceil((hi + pad) / step) * step;
  const x = (v: number): number => ((v - scaleMin) / (scaleMax - scaleMin)) * width;
  const ticks: { x: number; value: number }[] = [];
  for (let v = scaleMin; v <= scaleMax + 1e-9; v += step) ticks.push({ x: x(v), value: v });
  const bands = list.map((b) => ({ x1: x(b.min), x2: x(b.max) }));
  return {
    scaleMin,
    scaleMax,
    band: bands[0] ?? null,
    bands,
    ask: ask ? { x1: x(ask.min), x2: x(ask.max) } : null,
    ticks,
  };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}
