// The company's pay bands: read from the profile (with each source), or the candidate's own for
// a custom company. Invalid bands show a message and are not saved.
import { useState } from 'react';
import type { CompanyView } from '../../../../../shared/api';
import { MoneyField } from './MoneyField';
import { formatMoney, parseMoney, parsePercent } from './parseAmount';
import { LIMITS } from './packageDraft';

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
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const e: Record<string, string> = {};
    const bMin = parseMoney(baseMin, { max: LIMITS.base, label: 'Band minimum' });
    const bMax = parseMoney(baseMax, { max: LIMITS.base, label: 'Band maximum' });
    const pMin = parsePercent(bonusMin, { max: LIMITS.bonusPercent, label: 'Bonus minimum' });
    const pMax = parsePercent(bonusMax, { max: LIMITS.bonusPercent, label: 'Bonus maximum' });
    if (!bMin.ok) e.baseMin = bMin.message;
    if (!bMax.ok) e.baseMax = bMax.message;
    if (!pMin.ok) e.bonusMin = pMin.message;
    if (!pMax.ok) e.bonusMax = pMax.message;
    if (bMin.ok && bMax.ok && bMin.value > bMax.value) e.baseMax = `Band maximum (${formatMoney(bMax.value)}) is below the minimum (${formatMoney(bMin.value)}).`;
    if (pMin.ok && pMax.ok && pMin.value > pMax.value) e.bonusMax = `Bonus maximum (${pMax.value} %) is below the minimum (${pMin.value} %).`;
    setErrors(e);
    if (Object.keys(e).length > 0 || !bMin.ok || !bMax.ok || !pMin.ok || !pMax.ok) return;
    const hasBase = baseMin.trim() !== '' || baseMax.trim() !== '';
    const hasBonus = bonusMin.trim() !== '' || bonusMax.trim() !== '';
    props.onSave({
      base: hasBase ? { min: bMin.value, max: baseMax.trim() === '' ? bMin.value : bMax.value } : null,
      bonusPercent: hasBonus ? { min: pMin.value, max: bonusMax.trim() === '' ? pMin.value : pMax.value } : null,
      baseIsRigid: rigid,
    });
  };

  return (
    <details className="co-card co-bands" open={props.isCustom && !bands.base} data-testid="bands-editor">
      <summary>
        <strong>{props.isCustom ? 'This company’s pay bands' : 'Adjust the bands'}</strong>
        <span className="muted co-small">
          {' '}
          · {bands.base ? `${formatMoney(bands.base.min)}–${formatMoney(bands.base.max)}` : 'no base band yet'}
          {bands.source ? ` (${bands.source})` : ''}
        </span>
      </summary>
      {bands.alternatives.length > 0 && (
        <div className="co-small">
          <p>
            <strong>The sources disagree:</strong>
          </p>
          <ul>
            {bands.alternatives.map((a) => (
              <li key={a.source}>
                <span className="co-source">{a.source}</span> base {a.base ? `${formatMoney(a.base.min)}–${formatMoney(a.base.max)}` : 'not given'}
                {a.bonusPercent ? `, bonus ${a.bonusPercent.min}–${a.bonusPercent.max} %` : ''}
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
