// A small inline chart: the company's base band as a bar, the ask's range as a marker above it.
import type { MoneyRange } from '../../../../../shared/api';
import { bandGeometry } from './bandGeometry';
import { formatMoney } from './parseAmount';

const W = 520;
const PAD = 24;

export function BandChart(props: { band: MoneyRange | null; ask: MoneyRange | null; bandSource: string | null }) {
  const inner = W - PAD * 2;
  const g = bandGeometry(props.band, props.ask, inner);
  if (!g.band && !g.ask) return <p className="muted co-small">Enter a base ask to see it against the band.</p>;
  const askOutside = Boolean(
    props.band && props.ask && (props.ask.max > props.band.max || props.ask.min < props.band.min),
  );
  const askWidth = g.ask ? Math.max(g.ask.x2 - g.ask.x1, 3) : 0;
  return (
    <svg
      className="co-band-chart"
      viewBox={`0 0 ${W} 112`}
      role="img"
      aria-label={`Base band ${props.band ? `${formatMoney(props.band.min)} to ${formatMoney(props.band.max)}` : 'unknown'}; your ask ${props.ask ? `${formatMoney(props.ask.min)} to ${formatMoney(props.ask.max)}` : 'not set'}`}
      data-testid="band-chart"
    >
      <g transform={`translate(${PAD},0)`}>
        {g.ticks.map((t) => (
          <g key={t.value}>
            <line x1={t.x} x2={t.x} y1={26} y2={86} className="co-chart-grid" />
            <text x={t.x} y={102} textAnchor="middle" className="co-chart-tick">
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
        {g.band && props.band && (
          <g>
            <rect x={g.band.x1} y={52} width={Math.max(g.band.x2 - g.band.x1, 3)} height={18} rx={4} className="co-chart-band" />
            <text x={(g.band.x1 + g.band.x2) / 2} y={84} textAnchor="middle" className="co-chart-label co-chart-label-muted">
              Band {formatMoney(props.band.min, true)}–{formatMoney(props.band.max, true)}
              {props.bandSource ? ` · ${props.bandSource}` : ''}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
