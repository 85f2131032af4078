// The compensation workbench: current pay and the ask as typed packages, totals from the core,
// the ask against the band, comp findings, offers side by side, and the company's bands.
import { useEffect, useState } from 'react';
import type { CompanyView, CompPackage, DocumentSummary, Finding } from '../../../../../shared/api';
import { ruleLabel } from '../../../../../shared/ruleLabels';
import { call } from '../../../api/client';
import { SaveStatus } from '../SaveStatus';
import { useDelayedSave, useSaver } from '../useSaver';
import { BandChart } from './BandChart';
import type { NamedBand } from './BandChart';
import { formatMoney } from './parseAmount';
import { currencyName } from '../../../../../shared/currency';
import { sourceName } from '../../../../../shared/sourceNames';
import { BandsEditor } from './BandsEditor';
import { MemoFindings } from './MemoFindings';
import { OffersTable } from './OffersTable';
import { PackageForm } from './PackageForm';
import { TotalsCard } from './TotalsCard';
import { emptyDraft, fromDraft, fromOptionalDraft, toDraft } from './packageDraft';
import type { PackageDraft } from './packageDraft';

/** Every base band to draw: the default reading's, then the other guides' (unless you set your own). */
export function chartBands(view: CompanyView): NamedBand[] {
  const b = view.bands;
  const out: NamedBand[] = [];
  if (b.base) out.push({ ...b.base, name: b.source ? sourceName(b.source) : null });
  if (!view.company.bandsOverride)
    for (const a of b.alternatives) if (a.base) out.push({ ...a.base, name: sourceName(a.source) });
  return out;
}

/** Readings that state pay as total cash (JPMorgan), shown under the chart. */
function totalCashReadings(view: CompanyView): { id: string; source: string; min: number; max: number }[] {
  if (view.company.bandsOverride) return [];
  const b = view.bands;
  const out: { id: string; source: string; min: number; max: number }[] = [];
  if (b.totalCash && b.source && b.readingId) out.push({ id: b.readingId, source: b.source, ...b.totalCash });
  for (const a of b.alternatives) if (a.totalCash) out.push({ id: a.id, source: a.source, ...a.totalCash });
  return out;
}

/** Currencies offered first in the menu; every other ISO 4217 code the runtime knows follows. */
const COMMON = ['USD', 'GBP', 'EUR', 'CAD', 'CHF', 'CNY', 'HKD', 'SGD', 'AUD', 'JPY', 'INR'];

function currencyChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return [...new Set([current, ...COMMON, ...all])];
}

const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .slice(0, 20)
    .map((s) => s.slice(0, 200));

/**
 * The ask and benchmarks as typed, checked by the rubric's own comp-band, comp-range and
 * comp-benchmark rules in core (one implementation for the workbench and the memo).
 */
function useCompFindings(slug: string, ask: CompPackage | null, benchmarks: string[], currency: string): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const key = JSON.stringify([slug, ask, benchmarks, currency]);
  useEffect(() => {
    let live = true;
    const [s, a, b, c] = JSON.parse(key) as [string, CompPackage | null, string[], string];
    void call('companies.checkCompensation', { slug: s, ask: a, benchmarks: b, currency: c }).then((r) => {
      if (live && r.ok) setFindings(r.data.filter((f) => !f.silenced));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return findings;
}

export function CompWorkbench(props: {
  view: CompanyView;
  documents: DocumentSummary[];
  onOpenDocument: (id: string) => void;
  onSaved: () => void;
}) {
  const { view } = props;
  const slug = view.company.slug;
  const saved = view.company.compensation;
  const [current, setCurrent] = useState<PackageDraft>(() => toDraft(saved.current, 'Current pay'));
  const [ask, setAsk] = useState<PackageDraft>(() => toDraft(saved.ask, 'Ask'));
  const [benchmarks, setBenchmarks] = useState(saved.benchmarks.join(', '));
  const [offers, setOffers] = useState<CompPackage[]>(saved.offers);
  const [offerDraft, setOfferDraft] = useState<PackageDraft | null>(null);
  const [offerTried, setOfferTried] = useState(false);
  // One currency for the record (companies/currency.ts). A record saved before currencies keeps
  // none on disk until the candidate picks one here; a new record saves the default it shows.
  const recorded = view.compensation.currency;
  const [currency, setCurrency] = useState(recorded.code);
  const [currencyPicked, setCurrencyPicked] = useState(false);
  const saver = useSaver(props.onSaved);
  const { state, save } = saver;
  const { schedule: scheduleSave, refuse } = useDelayedSave(saver, 'companies.updateCompensation');

  const currentResult = fromOptionalDraft(current, currency);
  const askResult = fromOptionalDraft(ask, currency);
  const offerResult = offerDraft ? fromDraft(offerDraft, currency) : null;

  const schedule = (next: {
    current: PackageDraft;
    ask: PackageDraft;
    benchmarks: string;
    offers: CompPackage[];
    currency: string;
    picked: boolean;
  }) => {
    const c = fromOptionalDraft(next.current, next.currency);
    const a = fromOptionalDraft(next.ask, next.currency);
    const bad = Object.values(c.errors)[0] ?? Object.values(a.errors)[0];
    if (bad) refuse(bad);
    else
      scheduleSave({
        slug,
        ...(next.picked || recorded.from !== 'saved-before-currencies' ? { currency: next.currency } : {}),
        current: c.pkg,
        ask: a.pkg,
        benchmarks: splitList(next.benchmarks),
        offers: next.offers,
      });
  };

  const state0 = { current, ask, benchmarks, offers, currency, picked: currencyPicked };
  const change = (patch: Partial<typeof state0>) => {
    const next = { ...state0, ...patch };
    if (patch.current) setCurrent(patch.current);
    if (patch.ask) setAsk(patch.ask);
    if (patch.benchmarks !== undefined) setBenchmarks(patch.benchmarks);
    if (patch.offers) setOffers(patch.offers);
    if (patch.currency) setCurrency(patch.currency);
    if (patch.picked) setCurrencyPicked(true);
    schedule(next);
  };

  const findings = useCompFindings(slug, askResult.pkg, splitList(benchmarks), currency);
  const inDollars = currency === 'USD';
  const currencyLabel = `${currencyName(currency)} (${currency})`;
  const memo = props.documents.find((d) => d.templateId === 'comp-memo') ?? null;
  const isCustom = view.company.profileId === null;

  return (
    <div className="co-page" data-testid="comp-view">
      <header className="co-page-head">
        <div>
          <h2>Compensation</h2>
          <p className="muted co-small">
            Ask as a tiered range (floor, target, stretch), anchored on the market for AI talent in
            financial services.
          </p>
        </div>
        <SaveStatus state={state} />
      </header>

      <div className="co-comp-layout">
        <div className="co-comp-forms">
          <label className="field card">
            <span className="field-label">Currency of these figures</span>
            <select
              className="select"
              value={currency}
              data-testid="comp-currency"
              onChange={(e) => change({ currency: e.target.value, picked: true })}
            >
              {currencyChoices(currency).map((code) => (
                <option key={code} value={code}>
                  {code} — {currencyName(code)}
                </option>
              ))}
            </select>
            <span className="field-hint" data-testid="comp-currency-note">
              {currencyPicked || recorded.from === 'recorded'
                ? `Your ask, current pay and offers are all in ${currencyLabel}. Dossier never converts between currencies.`
                : recorded.note}
            </span>
          </label>
          <PackageForm
            title="Your ask"
            hint={`What you will propose, in ${currencyLabel}; “${formatMoney(185_000, true, currency)}” works.`}
            draft={ask}
            errors={askResult.errors}
            pending={askResult.pending}
            warnings={askResult.warnings}
            onChange={(d) => change({ ask: d })}
            testIdPrefix="ask"
          />
          <PackageForm
            title="Current pay"
            hint="Your package today, for the comparison and for sign-on to replace unvested equity."
            draft={current}
            errors={currentResult.errors}
            pending={currentResult.pending}
            warnings={currentResult.warnings}
            onChange={(d) => change({ current: d })}
            testIdPrefix="current"
          />
          <label className="field card">
            <span className="field-label">Companies you compare with</span>
            <input
              className="input"
              value={benchmarks}
              placeholder="Chase, Citi, Bank of America"
              data-testid="benchmarks"
              onChange={(e) => change({ benchmarks: e.target.value })}
            />
            <span className="field-hint">
              Separate names with commas. Banks weigh other banks and insurers, not big tech.
            </span>
          </label>
        </div>

        <aside className="co-comp-side">
          <section className="card">
            <h3>Your base ask against the band</h3>
            {inDollars ? (
              <BandChart bands={chartBands(view)} ask={askResult.pkg?.base ?? null} />
            ) : (
              <p className="co-small muted" data-testid="comp-other-currency">
                {view.bands.base
                  ? `The published bands are in US dollars and your figures are in ${currencyLabel}, so your ask is not placed in them: Dossier uses no exchange rates. Ask the recruiter for the band in ${currency}.`
                  : `No band in ${currencyLabel} is known for this company. Ask the recruiter for the band for this location.`}
              </p>
            )}
            {totalCashReadings(view).map((r) => (
              <p key={r.id} className="co-small muted" data-testid="total-cash-reading">
                The {sourceName(r.source)} also gives {formatMoney(r.min)}–{formatMoney(r.max)} read as total cash (base and
                bonus together). If your recruiter means total cash, keep base plus bonus inside it.
              </p>
            ))}
            {!view.bands.base && inDollars && (
              <p className="co-small muted">
                {isCustom
                  ? 'Enter this company’s band below to see where your ask falls.'
                  : 'The profile has no published base band.'}
              </p>
            )}
          </section>
          <section className="card" data-testid="comp-findings">
            <h3>What an interviewer will notice</h3>
            {findings.length === 0 ? (
              askResult.pkg ? (
                <p className="co-small co-good">No band, range or benchmark issues in your ask.</p>
              ) : (
                <p className="co-small muted">Fill in your ask to check it against the band.</p>
              )
            ) : (
              <ul className="co-findings">
                {findings.map((f) => (
                  <li
                    key={`${f.rule}-${f.message}`}
                    className={`co-finding co-sev-${f.severity}`}
                    data-rule={f.rule}
                  >
                    <strong title={`Rule id: ${f.rule}`}>{ruleLabel(f.rule)}:</strong> {f.message}
                    <span className="co-small muted"> {f.suggestion}</span>
                  </li>
                ))}
              </ul>
            )}
            {memo && (
              <MemoFindings
                company={slug}
                memo={memo}
                refreshKey={view.company.updatedAt}
                onOpenDocument={props.onOpenDocument}
              />
            )}
          </section>
          <div className="co-grid-2">
            <TotalsCard title="Your ask" totals={view.compensation.ask} testId="ask-totals" currency={view.compensation.currency.code} />
            <TotalsCard
              title="Current pay"
              totals={view.compensation.current}
              testId="current-totals"
              currency={view.compensation.currency.code}
            />
          </div>
        </aside>
      </div>

      <section className="co-section">
        <div className="co-section-head">
          <h3>Offers side by side</h3>
          {!offerDraft && (
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => setOfferDraft(emptyDraft(''))}
            >
              Add an offer
            </button>
          )}
        </div>
        <OffersTable
          offers={offers}
          comparison={view.compensation.offers}
          onRemove={(i) => change({ offers: offers.filter((_, j) => j !== i) })}
          currency={view.compensation.currency.code}
        />
        {offerDraft && offerResult && (
          <form
            className="co-offer-form"
            onSubmit={(e) => {
              e.preventDefault();
              setOfferTried(true);
              if (!offerResult.pkg) return;
              const pkg = {
                ...offerResult.pkg,
                label: offerResult.pkg.label || `Offer ${offers.length + 1}`,
              };
              change({ offers: [...offers, pkg] });
              setOfferDraft(null);
              setOfferTried(false);
            }}
          >
            <PackageForm
              title="New offer"
              hint="Copy the figures from the offer letter."
              draft={offerDraft}
              errors={offerTried ? offerResult.errors : {}}
              pending={offerResult.pending}
              warnings={offerResult.warnings}
              onChange={setOfferDraft}
              testIdPrefix="offer"
              showLabel
            />
            <div className="co-actions">
              <button type="submit" className="btn btn-primary btn-sm">
                Add to the comparison
              </button>
              <button type="button" className="btn btn-sm" onClick={() => setOfferDraft(null)}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </section>

      <BandsEditor
        key={JSON.stringify(view.company.bandsOverride)}
        bands={view.bands}
        hasOverride={view.company.bandsOverride !== null}
        isCustom={isCustom}
        onSave={(bands) => void save('companies.updateBands', { slug, bands })}
      />
    </div>
  );
}
