// Offers side by side: each package's parts and its totals, the best guaranteed totals marked.
import type { CompanyView, CompPackage } from '../../../../../shared/api';
import { formatMoney } from './parseAmount';

const range = (min: number, max: number, fmt: (n: number) => string): string =>
  min === max ? fmt(min) : `${fmt(min)}–${fmt(max)}`;

function equityText(pkg: CompPackage, currency: string): string {
  const e = pkg.equity;
  if (!e) return '—';
  if (e.kind === 'dollars') return `${formatMoney(e.value, true, currency)} / ${e.vestingYears} y`;
  return `${e.percent} % @ ${formatMoney(e.assumedValuation, true, currency)}`;
}

export function OffersTable(props: {
  offers: CompPackage[];
  comparison: CompanyView['compensation']['offers'];
  onRemove: (index: number) => void;
  /** The record's ISO 4217 code: every offer's amounts are in it. */
  currency: string;
}) {
  if (props.offers.length === 0) {
    return <p className="muted co-small">No offers yet. Add each offer you receive to compare them on the same terms.</p>;
  }
  const short = (n: number) => formatMoney(n, true, props.currency);
  return (
    <div className="co-table-wrap">
      <table className="co-table" data-testid="offers-table">
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Base</th>
            <th scope="col">Bonus</th>
            <th scope="col">Equity</th>
            <th scope="col">Sign-on</th>
            <th scope="col">First year</th>
            <th scope="col">4-year average</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.offers.map((pkg, i) => {
            const totals = props.comparison.rows[i]?.totals ?? null;
            return (
              <tr key={`${pkg.label}-${i}`}>
                <th scope="row">{pkg.label || `Offer ${i + 1}`}</th>
                <td>{range(pkg.base.min, pkg.base.max, short)}</td>
                <td>{range(pkg.bonusPercent.min, pkg.bonusPercent.max, (n) => `${n} %`)}</td>
                <td>{equityText(pkg, props.currency)}</td>
                <td>{pkg.signOn ? short(pkg.signOn) : '—'}</td>
                <td className={props.comparison.bestFirstYear === i ? 'co-best' : undefined}>
                  {totals ? range(totals.firstYear.min, totals.firstYear.max, short) : '…'}
                  {props.comparison.bestFirstYear === i && <span className="co-tag co-tag-good">best</span>}
                </td>
                <td className={props.comparison.bestFourYearAverage === i ? 'co-best' : undefined}>
                  {totals ? range(totals.fourYearAverage.min, totals.fourYearAverage.max, short) : '…'}
                  {props.comparison.bestFourYearAverage === i && <span className="co-tag co-tag-good">best</span>}
                </td>
                <td>
                  <button type="button" className="btn btn-ghost btn-sm btn-danger" aria-label={`Remove ${pkg.label || `offer ${i + 1}`}`} onClick={() => props.onRemove(i)}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.comparison.rule && <p className="co-small muted">{props.comparison.rule}</p>}
    </div>
  );
}
