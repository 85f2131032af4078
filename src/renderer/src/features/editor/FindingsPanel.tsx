// Findings grouped by section: message, why it matters, a suggestion, and actions (jump, fix,
// silence here, silence for this document). Silenced findings stay visible, dimmed.
import { memo, useMemo } from 'react';
import { countRender } from '../../lib/renderCount';
import type { Finding } from '../../../../shared/api';
import { ruleLabel } from '../../../../shared/ruleLabels';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { groupFindings } from './findingsToDiagnostics';
import { findingKeys } from './stableFindings';
import { canSilence, isTodo } from './emptyDocument';

export interface FindingActions {
  jump: (f: Finding) => void;
  fix: (f: Finding) => void;
  silenceHere: (f: Finding) => void;
  silenceForDocument: (rule: string) => void;
  unsilenceForDocument: (rule: string) => void;
}

const severityIcon = { error: 'error', warning: 'warning', info: 'info' } as const;
const severityLabel = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export const FindingsPanel = memo(function FindingsPanel(props: {
  findings: Finding[];
  sections: { id: string; label: string }[];
  silencedRules: string[];
  actions: FindingActions;
  error: string | null;
  /** False while no section has a word: empty required sections show as to-dos (emptyDocument.ts). */
  started?: boolean;
}) {
  countRender('FindingsPanel');
  const started = props.started ?? true;
  const { findings, sections } = props;
  const groups = useMemo(() => groupFindings(findings, sections), [findings, sections]);
  // Keys that survive offset changes, so an unchanged finding keeps its list item (FindingItem
  // is memoised and its finding keeps its object across checks: see stableFindings).
  const keys = useMemo(() => {
    const names = findingKeys(findings);
    return new Map(findings.map((f, i) => [f, names[i] ?? String(i)]));
  }, [findings]);
  const live = findings.filter((f) => !f.silenced).length;
  return (
    <div className="findings" data-testid="findings-panel">
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {!started && !props.error ? (
        <p className="findings-intro" data-testid="findings-not-started">
          Not started yet. The sections below are your to-do list; Dossier checks each one as you
          type.
        </p>
      ) : null}
      {live === 0 && !props.error ? (
        <div className="findings-clear" data-testid="findings-clear">
          <Icon name="check" size={20} />
          <span>
            No issues right now. Strong documents lead with numbers, baselines and how risk was
            handled.
          </span>
        </div>
      ) : null}
      {groups.map((g) => (
        <section key={g.section ?? '_doc'} className="finding-group">
          <h3>
            {g.label} <span className="muted">{g.findings.filter((f) => !f.silenced).length}</span>
          </h3>
          <ul>
            {g.findings.map((f, i) => (
              <FindingItem
                key={keys.get(f) ?? `${f.rule}-${i}`}
                f={f}
                docSilenced={props.silencedRules.includes(f.rule)}
                actions={props.actions}
                todo={isTodo(f, started)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});

/** One finding; re-renders only when its finding, its document silencing or the actions change. */
const FindingItem = memo(function FindingItem({
  f,
  docSilenced,
  actions,
  todo,
}: {
  f: Finding;
  docSilenced: boolean;
  actions: FindingActions;
  /** Shown as a to-do (neutral, no severity) instead of a problem. */
  todo: boolean;
}) {
  return (
    <li
      className={`finding ${todo ? 'finding-todo' : `finding-${f.severity}`}${f.silenced ? ' finding-silenced' : ''}`}
      data-testid="finding"
      data-rule={f.rule}
      data-section={f.section ?? ''}
      data-silenced={f.silenced ? 'true' : 'false'}
    >
      <button
        type="button"
        className="finding-jump"
        onClick={() => actions.jump(f)}
        disabled={f.section === null}
      >
        {todo ? (
          <span className="sev sev-todo" aria-label="To do">
            <Icon name="edit" size={15} />
          </span>
        ) : (
          <span className={`sev sev-${f.severity}`} aria-label={severityLabel[f.severity]}>
            <Icon name={severityIcon[f.severity]} size={15} />
          </span>
        )}
        <span className="finding-text">
          <span className="finding-message">
            {f.message}
            {f.silenced ? (
              <span className="badge finding-silenced-badge">Silenced</span>
            ) : null}
          </span>
          {f.excerpt ? <span className="finding-excerpt">“{f.excerpt}”</span> : null}
        </span>
      </button>
      {!f.silenced && !todo ? (
        <div className="finding-detail">
          {f.why ? (
            <p>
              <strong>Why it matters:</strong> {f.why}
            </p>
          ) : null}
          {f.suggestion ? (
            <p>
              <strong>Try:</strong> {f.suggestion}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="finding-actions">
        {f.fix && !f.silenced ? (
          <Button
            size="sm"
            variant="primary"
            icon={<Icon name="wand" size={13} />}
            onClick={() => actions.fix(f)}
            data-testid="finding-fix"
          >
            {f.fix.label}
          </Button>
        ) : null}
        {!f.silenced && f.section !== null && canSilence(f) ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => actions.silenceHere(f)}
            title="Adds a marker comment above this line"
          >
            Silence here
          </Button>
        ) : null}
        {docSilenced ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => actions.unsilenceForDocument(f.rule)}
          >
            Check again in this document
          </Button>
        ) : !f.silenced && canSilence(f) ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => actions.silenceForDocument(f.rule)}
          >
            Silence for this document
          </Button>
        ) : null}
        <span className="finding-rule" title={`Rule id: ${f.rule}`}>
          {ruleLabel(f.rule)}
        </span>
      </div>
    </li>
  );
});
