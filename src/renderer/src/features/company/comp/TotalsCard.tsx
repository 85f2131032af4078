// First-year and four-year-average totals for a package, as the core computes them.
import type { CompanyView } from '../../../../../shared/api';
import { formatMoney } from './parseAmount';

type Totals = NonNullable<CompanyView['compensation']['ask']>;

const range = (r: { min: number; max: number }, currency: string): string =>
  r.min === r.max ? formatMoney(r.min, false, currency) : `${formatMoney(r.min, false, currency)}–${formatMoney(r.max, false, currency)}`;

/** `currency`: the record's ISO 4217 code (the totals are in it). */
export function TotalsCard(props: { title: string; totals: Totals | null; testId: string; currency: string }) {
  return (
    <section className="card co-totals" data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.totals ? (
        <>
          <dl className="co-totals-grid">
            <dt>First year</dt>
            <dd>{range(props.totals.firstYear, props.currency)}</dd>
            <dt>Four-year average</dt>
            <dd>{range(props.totals.fourYearAverage, props.currency)}</dd>
          </dl>
          {props.totals.assumptions.length > 0 && (
            <details className="co-small muted">
              <summary>How this is counted</summary>
              <ul>
                {props.totals.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <p className="muted co-small">Not filled in yet.</p>
      )}
    </section>
  );
}
