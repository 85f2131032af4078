// Competency tags: which interview competencies this document gives evidence for.
import type { Competency } from '../../../../shared/api';
import { competencyLabels } from '../../../../shared/competencyLabels';

const all = Object.keys(competencyLabels) as Competency[];

export function TagsPicker(props: { value: Competency[]; onChange: (tags: Competency[]) => void }) {
  return (
    <div className="tags" role="group" aria-label="Competencies this document shows">
      <span className="tags-label">Shows</span>
      {all.map((c) => {
        const on = props.value.includes(c);
        return (
          <button
            key={c}
            type="button"
            className={`chip${on ? ' chip-on' : ''}`}
            aria-pressed={on}
            onClick={() =>
              props.onChange(on ? props.value.filter((t) => t !== c) : [...props.value, c])
            }
          >
            {competencyLabels[c]}
          </button>
        );
      })}
    </div>
  );
}
