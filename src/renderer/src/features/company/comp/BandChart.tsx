// A small inline chart: each base band a guide gives as a bar (Wells Fargo: the English and the
// Chinese guide's, which disagree), named by its guide, and the ask's range as a marker above.
import type { MoneyRange } from '../../../../../shared/api';
import { bandGeometry } from './bandGeometry';
import { formatMoney } from './parseAmount';

const W = 520;
const PAD = 24;
const ROW = 40;

/** One band to draw: its range and the name of the guide (or "Your edits") it comes from. */
export interface NamedBand extends MoneyRange {
  name: string | null;
}

export function BandChart(props: { bands: NamedBand[]; ask: MoneyRange | null }) {
  const inner = W - PAD * 2;
  const g = bandGeometry(props.bands, props.ask, inner);
  if (g.bands.length === 0 && !g.ask) return <p className="muted co-small">Enter a base ask to see it against the band.</p>;
  const outside = (b: MoneyRange): boolean => Boolean(props.ask && (props.ask.max > b.max || props.ask.min < b.min));
  const askOutside = props.bands.some(outside);
  const askWidth = g.ask ? Math.max(g.ask.x2 - g.ask.x1, 3) : 0;
  const top = 48;
  const height = top + Math.max(props.bands.length, 1) * ROW + 24;
  const describe = (b: NamedBand) =>
    `${formatMoney(b.min)} to ${formatMoney(b.max)}${b.name ? ` (${b.name})` : ''}${props.ask && outside(b) ? ', your ask is outside it' : ''}`;
  return (
    <svg
      className="co-band-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={`${props.bands.length > 1 ? 'Base bands' : 'Base band'} ${props.bands.length ? props.bands.map(describe).join('; ') : 'unknown'}; your ask ${props.ask ? `${formatMoney(props.ask.min)} to ${formatMoney(props.ask.max)}` : 'not set'}`}
      data-testid="band-chart"
    >
      <g transform={`translate(${PAD},0)`}>
        {g.ticks.map((t) => (
          <g key={t.value}>
            <line x1={t.x} x2={t.x} y1={26} y2={height - 22} className="co-chart-grid" />
            <text x={t.x} y={height - 8} textAnchor="middle" className="co-chart-tick">
              {formatMoney(t.value, true)}
            </text>
          </g>
        ))}
        {g.ask && props.ask && (
          <g>
            <rect x={g.ask.x1} y={28} width={askWidth} height={14} rx={3} className={askOutside ? 'co-chart-ask co-chart-ask-out' : 'co-chart-ask'} />
            <text x={(g.ask.x1 + g.ask.x2) / 2} y={20} textAnchor="middle" className="co-chart-label">
              Your ask {formatMoney(props.ask.min, true)}–{formatMoney(props.ask.max, true)}
            </text>
          </g>
        )}
        {props.bands.map((b, i) => {
          const geo = g.bands[i];
          if (!geo) return null;
          const y = top + i * ROW;
          return (
            <g key={`${b.name ?? ''}-${b.min}-${b.max}`} data-testid="band-chart-band">
              <rect x={geo.x1} y={y} width={Math.max(geo.x2 - geo.x1, 3)} height={16} rx={4} className={props.ask && outside(b) ? 'co-chart-band co-chart-band-broken' : 'co-chart-band'} />
              <text x={(geo.x1 + geo.x2) / 2} y={y + 29} textAnchor="middle" className="co-chart-label co-chart-label-muted">
                Band {formatMoney(b.min, true)}–{formatMoney(b.max, true)}
                {b.name ? ` · ${b.name}` : ''}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
