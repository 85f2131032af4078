// A question's own checks (the rubric rules it expects), each with its state in the candidate's
// words: "Met", "Missing", "Aim for" (not answered yet: what the answer should do), or "Check it
// yourself" (no rule judges it), then what the answer should do (or, when missing, what the check
// found). The rule's short name and id stay in a tooltip: the names describe the problem ("Model
// risk governance not mentioned"), which reads wrongly after "Met" or "Aim for".
import type { ExpectationResult } from '../../../../shared/api';

/** What the candidate reads for each state (shown in capitals by the stylesheet). */
export const CHECK_STATE_LABELS: Readonly<Record<ExpectationResult['state'], string>> = {
  met: 'Met',
  missing: 'Missing',
  unanswered: 'Aim for',
  manual: 'Check it yourself',
};

const STATE_CLASS: Readonly<Record<ExpectationResult['state'], string>> = {
  met: 'qs-met',
  missing: 'qs-missing',
  unanswered: 'qs-unknown',
  manual: 'qs-unknown',
};

export function QuestionChecks(props: { expectations: ExpectationResult[]; answered: boolean }) {
  if (props.expectations.length === 0) return null;
  return (
    <div className="qs-checks-block">
      <p className="qs-checks-lead">{props.answered ? 'Dossier checked your best answer for:' : 'Once you answer, Dossier checks it for:'}</p>
      <ul className="qs-checks" aria-label="This question's own checks">
        {props.expectations.map((e) => (
          <li key={e.rule} className={STATE_CLASS[e.state]} data-testid="expectation" data-state={e.state}>
            <span className="qs-check-state">{CHECK_STATE_LABELS[e.state]}</span>{' '}
            <span title={`Rubric rule: ${e.label} (${e.rule})`}>{e.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
