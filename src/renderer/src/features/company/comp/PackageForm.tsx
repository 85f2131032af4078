// Typed inputs for one package: base range, bonus, deferral, equity, one-off and yearly extras,
// with core's warnings about the package under them (they do not block saving).
import type { DraftField, EquityKind, PackageDraft } from './packageDraft';
import { MoneyField } from './MoneyField';

export function PackageForm(props: {
  title: string;
  hint: string;
  draft: PackageDraft;
  errors: Partial<Record<DraftField, string>>;
  /** Fields chosen but not filled in yet (saved without them): a neutral note beside each. */
  pending?: Partial<Record<DraftField, string>>;
  /** Core's warnings about the package (shown, not blocking). */
  warnings: string[];
  onChange: (draft: PackageDraft) => void;
  testIdPrefix: string;
  showLabel?: boolean;
}) {
  const { draft, errors, warnings } = props;
  const set = (field: DraftField) => (value: string) => props.onChange({ ...draft, [field]: value });
  const tid = (name: string) => `${props.testIdPrefix}-${name}`;
  return (
    <fieldset className="card co-package" data-testid={props.testIdPrefix}>
      <legend className="co-package-title">{props.title}</legend>
      <p className="co-small muted">{props.hint}</p>
      {props.showLabel && (
        <label className="field">
          <span className="field-label">Company or offer name</span>
          <input className="input" value={draft.label} maxLength={200} data-testid={tid('label')} onChange={(e) => set('label')(e.target.value)} />
        </label>
      )}
      <div className="co-grid-2">
        <MoneyField label="Base, minimum" value={draft.baseMin} error={errors.baseMin} onChange={set('baseMin')} placeholder="e.g. 170,000" testId={tid('base-min')} />
        <MoneyField label="Base, maximum" value={draft.baseMax} error={errors.baseMax} onChange={set('baseMax')} placeholder="e.g. 200,000" testId={tid('base-max')} />
        <MoneyField label="Bonus, minimum" value={draft.bonusMin} error={errors.bonusMin} onChange={set('bonusMin')} suffix="% of base" testId={tid('bonus-min')} />
        <MoneyField label="Bonus, maximum" value={draft.bonusMax} error={errors.bonusMax} onChange={set('bonusMax')} suffix="% of base" testId={tid('bonus-max')} />
        <MoneyField label="Deferred part of the bonus" value={draft.deferred} error={errors.deferred} onChange={set('deferred')} suffix="% of bonus" testId={tid('deferred')} />
        <div className="field">
          <span className="field-label">Equity</span>
          <select
            className="select"
            aria-label={`${props.title}: equity`}
            value={draft.equityKind}
            data-testid={tid('equity-kind')}
            onChange={(e) => props.onChange({ ...draft, equityKind: e.target.value as EquityKind })}
          >
            <option value="none">None</option>
            <option value="dollars">Grant in dollars</option>
            <option value="percent">Percent of the company</option>
          </select>
        </div>
        {draft.equityKind === 'dollars' && (
          <MoneyField label="Grant value (whole vesting period)" value={draft.equityValue} error={errors.equityValue} note={props.pending?.equityValue} onChange={set('equityValue')} placeholder="e.g. 25,000" testId={tid('equity-value')} />
        )}
        {draft.equityKind === 'percent' && (
          <>
            <MoneyField label="Percent of the company" value={draft.equityPercent} error={errors.equityPercent} note={props.pending?.equityPercent} onChange={set('equityPercent')} suffix="%" placeholder="e.g. 0.05" testId={tid('equity-percent')} />
            <MoneyField label="Assumed company valuation" value={draft.valuation} error={errors.valuation} onChange={set('valuation')} placeholder="e.g. 2B" testId={tid('valuation')} />
          </>
        )}
        {draft.equityKind !== 'none' && (
          <>
            <MoneyField label="Vesting" value={draft.vestingYears} error={errors.vestingYears} onChange={set('vestingYears')} suffix="years" testId={tid('vesting')} />
            <MoneyField label="Cliff" value={draft.cliffMonths} error={errors.cliffMonths} onChange={set('cliffMonths')} suffix="months" testId={tid('cliff')} />
          </>
        )}
        <MoneyField label="Sign-on bonus" value={draft.signOn} error={errors.signOn} onChange={set('signOn')} testId={tid('sign-on')} />
        <MoneyField label="Relocation" value={draft.relocation} error={errors.relocation} onChange={set('relocation')} testId={tid('relocation')} />
        <MoneyField label="Stipend per year" value={draft.stipend} error={errors.stipend} onChange={set('stipend')} placeholder="e.g. development budget" testId={tid('stipend')} />
        {warnings.map((w) => (
          <p key={w} className="co-warning co-span-2" role="status" data-testid={tid('warning')}>
            {w}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
