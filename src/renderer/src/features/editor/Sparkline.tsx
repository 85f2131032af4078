// The score at each snapshot as a tiny line, with the live score as the last point.

export interface ScoreHistory {
  values: number[];
  /** Short visible label, e.g. "+16 since first snapshot". */
  summary: string;
  /** Tooltip and accessible name: every point in words. */
  label: string;
}

/**
 * The score history to draw, or null with fewer than two snapshots (a line through one saved
 * point and the live score looks like a rendering mistake). `live` is the current score or null.
 */
export function scoreHistory(snapshots: readonly number[], live: number | null): ScoreHistory | null {
  if (snapshots.length < 2) return null;
  const values = live === null ? [...snapshots] : [...snapshots, live];
  const first = Math.round(values[0] ?? 0);
  const last = Math.round(values.at(-1) ?? 0);
  const delta = last - first;
  const summary = delta === 0 ? 'no change since first snapshot' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} since first snapshot`;
  const points = snapshots.map((v) => Math.round(v)).join(', ');
  const label = `Score at each of ${snapshots.length} snapshots: ${points}${live === null ? '' : `; now ${Math.round(live)}`}.`;
  return { values, summary, label };
}
export function sparklinePoints(values: readonly number[], width: number, height: number): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = values.length > 1 ? i * step : width / 2;
      const y = height - (Math.max(0, Math.min(100, v)) / 100) * height;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function Sparkline(props: {
  values: number[];
  width?: number;
  height?: number;
  label: string;
}) {
  const width = props.width ?? 72;
  const height = props.height ?? 22;
  if (props.values.length < 2) return null;
  const points = sparklinePoints(props.values, width, height - 4);
  const last = points.split(' ').pop()?.split(',') ?? ['0', '0'];
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`-2 -2 ${width + 4} ${height}`}
      role="img"
      aria-label={props.label}
      data-testid="score-history"
    >
      <title>{props.label}</title>
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={last[0]} cy={last[1]} r={2.5} fill="currentColor" />
    </svg>
  );
}
