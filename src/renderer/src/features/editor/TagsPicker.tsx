// Competency tags: which interview competencies this document gives evidence for. Each chip is a
// toggle that looks like one (a + to add, a ✓ when marked), under a label that says what it does.
import { memo } from 'react';
import type { Competency } from '../../../../shared/api';
import { competencyLabels } from '../../../../shared/competencyLabels';
import { Icon } from '../../ui/Icon';
import { countRender } from '../../lib/renderCount';

const all = Object.keys(competencyLabels) as Competency[];

// Memoised: nothing here depends on the text, so a keystroke does not re-render it.
export const TagsPicker = memo(function TagsPicker(props: {
  value: Competency[];
  onChange: (tags: Competency[]) => void;
}) {
  countRender('TagsPicker');
  return (
    <div className="tags" role="group" aria-labelledby="tags-label" aria-describedby="tags-hint">
      <span className="tags-label" id="tags-label">
        Competencies it shows
      </span>
      {all.map((c) => {
        const on = props.value.includes(c);
        return (
          <button
            key={c}
            type="button"
            className={`chip chip-toggle${on ? ' chip-on' : ''}`}
            aria-pressed={on}
            data-testid={`tag-${c}`}
            title={on ? 'Marked: click to unmark' : 'Click to mark this competency'}
            onClick={() =>
              props.onChange(on ? props.value.filter((t) => t !== c) : [...props.value, c])
            }
          >
            <Icon name={on ? 'check' : 'plus'} size={12} />
            {competencyLabels[c]}
          </button>
        );
      })}
      <span className="tags-hint" id="tags-hint">
        Mark what this document gives evidence for; the coverage tab counts them.
      </span>
    </div>
  );
});
