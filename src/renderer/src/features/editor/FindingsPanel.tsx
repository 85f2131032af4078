// Findings in tiers by severity, the big mistakes first (panelCards.ts): message, the section it is
// in, why it matters, a suggestion, and actions (jump, fix, silence here, silence for this
// document). Many vague words share one card. Silenced findings stay visible, dimmed, last. What
// the draft does well (rules it passed: strengths.ts) is said too, once there is no big mistake.
import { memo, useMemo } from 'react';
import { countRender } from '../../lib/renderCount';
import type { Finding } from '../../../../shared/api';
import { ruleLabelIn } from '../../../../shared/ruleLabels';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { findingKeys } from './stableFindings';
import { canSilence } from './emptyDocument';
import { arrangeFindings } from './panelCards';
import type { PanelCard } from './panelCards';
import type { Strength } from '../../../../shared/strengths';
import { findingsWords } from '../../../../shared/findingsWords';

export interface FindingActions {
  jump: (f: Finding) => void;
  fix: (f: Finding) => void;
  silenceHere: (f: Finding) => void;
  silenceForDocument: (rule: string) => void;
  unsilenceForDocument: (rule: string) => void;
}

const severityIcon = { error: 'error', warning: 'warning', info: 'info' } as const;
export const FindingsPanel = memo(function FindingsPanel(props: {
  findings: Finding[];
  sections: { id: string; label: string }[];
  silencedRules: string[];
  actions: FindingActions;
  error: string | null;
  /** False while no section has a word: empty required sections show as to-dos (emptyDocument.ts). */
  started?: boolean;
  /** What the draft does well (strengths.ts), said once there is no big mistake. */
  strengths?: readonly Strength[];
  /** What the check could not judge (pay figures with no band to compare: payCaveat.ts). */
  caveat?: string | null;
  /** The language the findings are written in (CheckResult.language): the words around them follow it. */
  language?: 'en' | 'zh';
}) {
  countRender('FindingsPanel');
  const started = props.started ?? true;
  const { findings, sections } = props;
  const language = props.language ?? 'en';
  const words = findingsWords(language);
  const tiers = useMemo(() => arrangeFindings(findings, sections, started, language), [findings, sections, started, language]);
  const good = props.strengths ?? [];
  // Keys that survive offset changes, so an unchanged finding keeps its list item (FindingItem
  // is memoised and its finding keeps its object across checks: see stableFindings).
  const keys = useMemo(() => {
    const names = findingKeys(findings);
    return new Map(findings.map((f, i) => [f, names[i] ?? String(i)]));
  }, [findings]);
  const live = findings.filter((f) => !f.silenced).length;
  const bigMistakes = findings.some((f) => !f.silenced && f.severity === 'error');
  return (
    <div className="findings" data-testid="findings-panel">
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {!started && !props.error ? (
        <p className="findings-intro" data-testid="findings-not-started">
          {words.notStarted}
        </p>
      ) : null}
      {props.caveat ? (
        <div className="findings-caveat" data-testid="findings-caveat" role="note">
          <Icon name="info" size={18} />
          <span>{props.caveat}</span>
        </div>
      ) : null}
      {live === 0 && !props.error ? (
        <div className="findings-clear" data-testid="findings-clear">
          <Icon name="check" size={20} />
          <span>
            {props.caveat ? words.clearChecked : good.length > 0 ? words.clear : words.clearFirst}
          </span>
        </div>
      ) : null}
      {good.length > 0 && !bigMistakes && !props.error ? (
        <div className="findings-strengths" data-testid="findings-strengths">
          <h3>{words.strengthsTitle}</h3>
          <ul>
            {good.map((g) => (
              <li key={g.rule} data-rule={g.rule}>
                <Icon name="check" size={13} /> {g.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {tiers.map((t) => (
        <section key={t.id} className={`finding-group finding-tier-${t.id}`} data-testid="finding-tier" data-tier={t.id}>
          <h3>
            {t.title}{' '}
            <span className="muted">{t.cards.reduce((n, c) => n + (c.kind === 'vague' ? c.findings.length : 1), 0)}</span>
          </h3>
          <ul>
            {t.cards.map((c, i) =>
              c.kind === 'vague' ? (
                <VagueCard key="vague" card={c} actions={props.actions} docSilenced={props.silencedRules.includes(c.findings[0]?.rule ?? '')} language={language} />
              ) : (
                <FindingItem
                  key={keys.get(c.finding) ?? `${c.finding.rule}-${i}`}
                  f={c.finding}
                  sectionLabel={c.sectionLabel}
                  docSilenced={props.silencedRules.includes(c.finding.rule)}
                  actions={props.actions}
                  todo={t.id === 'todo'}
                  language={language}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
});

/** One finding; re-renders only when its finding, its document silencing or the actions change. */
const FindingItem = memo(function FindingItem({
  f,
  sectionLabel,
  docSilenced,
  actions,
  todo,
  language,
}: {
  f: Finding;
  /** The section it is in ("Whole document" for document-level findings). */
  sectionLabel: string;
  docSilenced: boolean;
  actions: FindingActions;
  /** Shown as a to-do (neutral, no severity) instead of a problem. */
  todo: boolean;
  language: 'en' | 'zh';
}) {
  countRender('FindingItem');
  const words = findingsWords(language);
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
          <span className="sev sev-todo" aria-label={words.severity.todo}>
            <Icon name="edit" size={15} />
          </span>
        ) : (
          <span className={`sev sev-${f.severity}`} aria-label={words.severity[f.severity]}>
            <Icon name={severityIcon[f.severity]} size={15} />
          </span>
        )}
        <span className="finding-text">
          <span className="finding-section">{sectionLabel}</span>
          <span className="finding-message">
            {f.message}
            {f.silenced ? (
              <span className="badge finding-silenced-badge">{words.silencedBadge}</span>
            ) : null}
          </span>
          {f.excerpt ? <span className="finding-excerpt">“{f.excerpt}”</span> : null}
        </span>
      </button>
      {!f.silenced && !todo ? (
        <div className="finding-detail">
          {f.why ? (
            <p>
              <strong>{words.why}</strong>
              {words.gap}
              {f.why}
            </p>
          ) : null}
          {f.suggestion ? (
            <p>
              <strong>{words.try}</strong>
              {words.gap}
              {f.suggestion}
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
            title={words.silenceHereTitle}
            data-testid="finding-silence-here"
          >
            {words.silenceHere}
          </Button>
        ) : null}
        {docSilenced ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => actions.unsilenceForDocument(f.rule)}
            data-testid="finding-check-again"
          >
            {words.checkAgain}
          </Button>
        ) : !f.silenced && canSilence(f) ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => actions.silenceForDocument(f.rule)}
            data-testid="finding-silence-document"
          >
            {words.silenceForDocument}
          </Button>
        ) : null}
        <span className="finding-rule" title={words.ruleIdTitle(f.rule)}>
          {ruleLabelIn(f.rule, language)}
        </span>
      </div>
    </li>
  );
});

type VagueCardProps = {
  card: Extract<PanelCard, { kind: 'vague' }>;
  actions: FindingActions;
  docSilenced: boolean;
  language: 'en' | 'zh';
};

/**
 * Same card when it groups the same finding objects (stableFindings keeps an unchanged finding's
 * object from check to check; the words listed come from them): arrangeFindings makes a new card
 * object at every check, so identity alone would re-render it each time.
 */
function sameVagueCard(a: VagueCardProps, b: VagueCardProps): boolean {
  return (
    a.actions === b.actions &&
    a.docSilenced === b.docSilenced &&
    a.language === b.language &&
    a.card.findings.length === b.card.findings.length &&
    a.card.findings.every((f, i) => f === b.card.findings[i])
  );
}

/** Many vague words in one card: the words (each jumps to its first place), one why, one try. */
const VagueCard = memo(function VagueCard({
  card,
  actions,
  docSilenced,
  language,
}: VagueCardProps) {
  countRender('VagueCard');
  const words = findingsWords(language);
  const first = card.findings[0];
  if (!first) return null;
  return (
    <li className="finding finding-warning finding-vague" data-testid="finding-vague" data-rule={first.rule}>
      <div className="finding-jump finding-vague-head">
        <span className="sev sev-warning" aria-label={words.severity.warning}>
          <Icon name="warning" size={15} />
        </span>
        <span className="finding-text">
          <span className="finding-message">
            {words.vague(card.findings.length)}
          </span>
          <span className="finding-words">
            {card.words.map((w) => (
              <button
                key={w.word.toLowerCase()}
                type="button"
                className="finding-word"
                onClick={() => actions.jump(w.first)}
                title={words.goToIt}
                data-testid="finding-word"
              >
                “{w.word}”{w.count > 1 ? ` ×${w.count}` : ''}
              </button>
            ))}
          </span>
        </span>
      </div>
      <div className="finding-detail">
        {first.why ? (
          <p>
            <strong>{words.why}</strong>
            {words.gap}
            {first.why}
          </p>
        ) : null}
        <p>
          <strong>{words.try}</strong>
          {words.gap}
          {words.vagueTry}
        </p>
      </div>
      <div className="finding-actions">
        {docSilenced ? null : (
          <Button size="sm" variant="ghost" onClick={() => actions.silenceForDocument(first.rule)} data-testid="finding-silence-document">
            {words.silenceForDocument}
          </Button>
        )}
        <span className="finding-rule" title={words.ruleIdTitle(first.rule)}>
          {ruleLabelIn(first.rule, language)}
        </span>
      </div>
    </li>
  );
}, sameVagueCard);
