// The score at each snapshot as a tiny line, with the live score as the last point.
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
