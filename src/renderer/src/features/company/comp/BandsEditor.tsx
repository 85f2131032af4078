// The company's pay bands: read from the profile (with each source), or the candidate's own for
// a custom company. Invalid bands show a message and are not saved; core's band checks decide.
import { useState } from 'react';
import type { CompanyView } from '../../../../../shared/api';
import { MoneyField } from './MoneyField';
import { formatMoney } from './parseAmount';
import { bandsFromDraft } from './packageDraft';
import { sourceName } from '../../../../../shared/sourceNames';
import { SourceLabel } from '../../../ui/SourceLabel';

type Bands = CompanyView['bands'];

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function BandsEditor(props: {
  bands: Bands;
  hasOverride: boolean;
  isCustom: boolean;
  onSave: (bands: { base: { min: number; max: number } | null; bonusPercent: { min: number; max: number } | null; baseIsRigid: boolean } | null) => void;
}) {
  const { bands } = props;
  const [baseMin, setBaseMin] = useState(text(bands.base?.min));
  const [baseMax, setBaseMax] = useState(text(bands.base?.max));
  const [bonusMin, setBonusMin] = useState(text(bands.bonusPercent?.min));
  const [bonusMax, setBonusMax] = useState(text(bands.bonusPercent?.max));
  const [rigid, setRigid] = useState(bands.baseIsRigid);
  const [tried, setTried] = useState(false);
  const result = bandsFromDraft({ baseMin, baseMax, bonusMin, bonusMax });
  // Errors show once saving was tried (then they follow the typing); warnings show at once.
  const errors = tried ? result.errors : {};

  const submit = () => {
    setTried(true);
    if (result.bands) props.onSave({ ...result.bands, baseIsRigid: rigid });
  };

  return (
    <details className="card co-bands" open={props.isCustom && !bands.base} data-testid="bands-editor">
      <summary>
        <strong>{props.isCustom ? 'This company’s pay bands' : 'Adjust the bands'}</strong>
        <span className="muted co-small">
          {' '}
          · {bands.base ? `${formatMoney(bands.base.min)}–${formatMoney(bands.base.max)}` : 'no base band yet'}
          {bands.source ? ` (${sourceName(bands.source)})` : ''}
        </span>
      </summary>
      {bands.alternatives.length > 0 && (
        <div className="co-small">
          <p>
            <strong>Other readings of the guides:</strong>
          </p>
          <ul>
            {bands.alternatives.map((a) => (
              <li key={a.id}>
                <SourceLabel>{sourceName(a.source)}</SourceLabel> {a.reading}:{' '}
                {a.base ? `base ${formatMoney(a.base.min)}–${formatMoney(a.base.max)}` : a.totalCash ? `total cash ${formatMoney(a.totalCash.min)}–${formatMoney(a.totalCash.max)}` : 'no base given'}
                {a.bonusPercent ? `, bonus ${a.bonusPercent.min}–${a.bonusPercent.max} %` : ''}
                {a.bonusPercent && a.bonusSeniorPercent ? ` (${a.bonusSeniorPercent} % or more for senior roles)` : ''}
                {a.total
                  ? `, total ${formatMoney(a.total.min)}–${formatMoney(a.total.max)} a year for individual contributors${
                      a.totalManagementUpliftPercent
                        ? ` (management track ${a.totalManagementUpliftPercent.min}–${a.totalManagementUpliftPercent.max} % higher)`
                        : ''
                    }`
                  : ''}
                {a.baseIsRigid ? ', base is rigid' : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="co-grid-2"
        onSubmit={(ev) => {
          ev.preventDefault();
          submit();
        }}
      >
        <MoneyField label="Band base minimum" value={baseMin} error={errors.baseMin} onChange={setBaseMin} testId="band-base-min" />
        <MoneyField label="Band base maximum" value={baseMax} error={errors.baseMax} onChange={setBaseMax} testId="band-base-max" />
        <MoneyField label="Band bonus minimum" value={bonusMin} error={errors.bonusMin} onChange={setBonusMin} suffix="%" />
        <MoneyField label="Band bonus maximum" value={bonusMax} error={errors.bonusMax} onChange={setBonusMax} suffix="%" />
        {result.warnings.map((w) => (
          <p key={w} className="co-warning co-span-2" role="status" data-testid="band-warning">
            {w}
          </p>
        ))}
        <label className="co-inline co-span-2">
          <input type="checkbox" checked={rigid} onChange={(e) => setRigid(e.target.checked)} /> Base pay is rigid here (strict bands)
        </label>
        <div className="co-actions co-span-2">
          <button type="submit" className="btn btn-primary btn-sm">
            Save bands
          </button>
          {props.hasOverride && !props.isCustom && (
            <button type="button" className="btn btn-sm" onClick={() => props.onSave(null)}>
              Back to the profile’s bands
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
