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
function useCompFindings(slug: string, ask: CompPackage | null, benchmarks: string[]): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const key = JSON.stringify([slug, ask, benchmarks]);
  useEffect(() => {
    let live = true;
    const [s, a, b] = JSON.parse(key) as [string, CompPackage | null, string[]];
    void call('companies.checkCompensation', { slug: s, ask: a, benchmarks: b }).then((r) => {
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
  const saver = useSaver(props.onSaved);
  const { state, save } = saver;
  const { schedule: scheduleSave, refuse } = useDelayedSave(saver, 'companies.updateCompensation');

  const currentResult = fromOptionalDraft(current);
  const askResult = fromOptionalDraft(ask);
  const offerResult = offerDraft ? fromDraft(offerDraft) : null;

  const schedule = (next: {
    current: PackageDraft;
    ask: PackageDraft;
    benchmarks: string;
    offers: CompPackage[];
  }) => {
    const c = fromOptionalDraft(next.current);
    const a = fromOptionalDraft(next.ask);
    const bad = Object.values(c.errors)[0] ?? Object.values(a.errors)[0];
    if (bad) refuse(bad);
    else
      scheduleSave({
        slug,
        current: c.pkg,
        ask: a.pkg,
        benchmarks: splitList(next.benchmarks),
        offers: next.offers,
      });
  };

  const state0 = { current, ask, benchmarks, offers };
  const change = (patch: Partial<typeof state0>) => {
    const next = { ...state0, ...patch };
    if (patch.current) setCurrent(patch.current);
    if (patch.ask) setAsk(patch.ask);
    if (patch.benchmarks !== undefined) setBenchmarks(patch.benchmarks);
    if (patch.offers) setOffers(patch.offers);
    schedule(next);
  };

  const findings = useCompFindings(slug, askResult.pkg, splitList(benchmarks));
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
          <PackageForm
            title="Your ask"
            hint="What you will propose. Amounts in US dollars; “$185k” works."
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
            <BandChart bands={chartBands(view)} ask={askResult.pkg?.base ?? null} />
            {totalCashReadings(view).map((r) => (
              <p key={r.id} className="co-small muted" data-testid="total-cash-reading">
                The {sourceName(r.source)} also gives {formatMoney(r.min)}–{formatMoney(r.max)} read as total cash (base and
                bonus together). If your recruiter means total cash, keep base plus bonus inside it.
              </p>
            ))}
            {!view.bands.base && (
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
            <TotalsCard title="Your ask" totals={view.compensation.ask} testId="ask-totals" />
            <TotalsCard
              title="Current pay"
              totals={view.compensation.current}
              testId="current-totals"
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
