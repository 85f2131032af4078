// One interview round as an editable card: what it is, when, with whom, notes and documents.
import type { DocumentSummary, LoopRound, RoundStatus } from '../../../../../shared/api';
import type { RoundProblems } from './checkRound';
import { competencyLabels } from '../../../../../shared/competencyLabels';
import { LinkedDocuments } from './LinkedDocuments';
import { TimeZoneInput } from './TimeZoneInput';
import { formatRoundTime } from './zonedTime';
import { sourceName } from '../../../../../shared/sourceNames';
import { SourceLabel } from '../../../ui/SourceLabel';

export interface RoundHint {
  frameworks: string[];
  source: string;
  interviewer: string;
}

const STATUS_LABELS: Record<RoundStatus, string> = {
  'not-scheduled': 'Not scheduled',
  scheduled: 'Scheduled',
  done: 'Done',
  passed: 'Passed',
  declined: 'Declined',
};

export function RoundRow(props: {
  round: LoopRound;
  /** The minutes field as typed, so "4" on the way to "45" is not rejected mid-typing. */
  minutesText: string;
  index: number;
  count: number;
  problems: RoundProblems;
  hint: RoundHint | null;
  documents: DocumentSummary[];
  onChange: (round: LoopRound) => void;
  onMinutesText: (text: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onOpenDocument: (id: string) => void;
}) {
  const { round, problems } = props;
  const set = (patch: Partial<LoopRound>) => props.onChange({ ...round, ...patch });
  const label = round.name.trim() || `Round ${props.index + 1}`;
  const e = problems.errors;
  return (
    <li className={`card co-round co-status-${round.status}`} data-testid="round" data-round-id={round.id} aria-label={label}>
      <div className="co-round-head">
        <span className="co-round-num" aria-hidden>
          {props.index + 1}
        </span>
        <input
          className="input co-round-name"
          aria-label="Round name"
          aria-invalid={Boolean(e.name)}
          value={round.name}
          onChange={(ev) => set({ name: ev.target.value })}
        />
        <label className="co-inline">
          <input
            className="input co-minutes"
            aria-label={`Minutes for ${label}`}
            aria-invalid={Boolean(e.minutes)}
            inputMode="numeric"
            value={props.minutesText}
            onChange={(ev) => props.onMinutesText(ev.target.value)}
          />
          <span className="muted">min</span>
        </label>
        <select
          className="select co-status"
          aria-label={`Status of ${label}`}
          value={round.status}
          onChange={(ev) => set({ status: ev.target.value as RoundStatus })}
        >
          {Object.entries(STATUS_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        <div className="co-round-tools">
          <button type="button" className="btn btn-ghost btn-icon" aria-label={`Move ${label} up`} disabled={props.index === 0} onClick={() => props.onMove(-1)}>
            ↑
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={`Move ${label} down`}
            disabled={props.index === props.count - 1}
            onClick={() => props.onMove(1)}
          >
            ↓
          </button>
          <button type="button" className="btn btn-ghost btn-sm btn-danger" aria-label={`Remove ${label}`} onClick={props.onRemove}>
            Remove
          </button>
        </div>
      </div>
      {(e.name || e.minutes) && <p className="field-error">{e.name ?? e.minutes}</p>}

      <div className="co-round-body">
        <label className="field co-span-4">
          <span className="field-label">What it tests</span>
          <textarea
            className="textarea co-focus"
            rows={2}
            value={round.focus}
            onChange={(ev) => set({ focus: ev.target.value })}
            placeholder="What the interviewers look for in this round"
          />
        </label>
        {(props.hint || round.competencies.length > 0) && (
          <p className="co-meta co-span-4">
            {round.competencies.length > 0 && <span>Tests: {round.competencies.map((c) => competencyLabels[c]).join(', ')}</span>}
            {props.hint && props.hint.frameworks.length > 0 && <span>Rewards: {props.hint.frameworks.join(', ')}</span>}
            {props.hint && <SourceLabel>Source: {sourceName(props.hint.source)}</SourceLabel>}
          </p>
        )}

        <label className="field">
          <span className="field-label">Date and time</span>
          <input
            className="input"
            type="datetime-local"
            aria-label={`Date and time of ${label}`}
            aria-invalid={Boolean(e.scheduledAt)}
            value={round.scheduledAt ?? ''}
            onChange={(ev) => {
              const value = ev.target.value;
              const status =
                value !== '' && round.status === 'not-scheduled'
                  ? 'scheduled'
                  : value === '' && round.status === 'scheduled'
                    ? 'not-scheduled'
                    : round.status;
              set({ scheduledAt: value === '' ? null : value, status });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Time zone</span>
          <TimeZoneInput label={`Time zone of ${label}`} value={round.timeZone} invalid={Boolean(e.timeZone)} onChange={(timeZone) => set({ timeZone })} />
        </label>
        <label className="field">
          <span className="field-label">Interviewer</span>
          <input className="input" value={round.interviewer} placeholder="Name" onChange={(ev) => set({ interviewer: ev.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">Their role</span>
          <input
            className="input"
            value={round.interviewerRole}
            placeholder={props.hint?.interviewer ?? 'For example: Risk-management lead'}
            onChange={(ev) => set({ interviewerRole: ev.target.value })}
          />
        </label>
        {(e.scheduledAt || e.timeZone) && <p className="field-error co-span-4">{e.scheduledAt ?? e.timeZone}</p>}
        {round.scheduledAt && !e.scheduledAt && !e.timeZone && (
          <p className="co-small muted co-span-4">{formatRoundTime(round.scheduledAt, round.timeZone)}</p>
        )}
        {problems.warnings.map((w) => (
          <p key={w} className="co-warning co-span-4" role="alert">
            {w}
          </p>
        ))}

        <label className="field co-span-2">
          <span className="field-label">Notes</span>
          <textarea className="textarea co-notes" rows={2} value={round.notes} onChange={(ev) => set({ notes: ev.target.value })} placeholder="Questions to ask, what to stress, follow-ups" />
        </label>
        <div className="field co-span-2">
          <span className="field-label">Documents for this round</span>
          <LinkedDocuments
            ids={round.documentIds}
            documents={props.documents}
            roundName={label}
            onChange={(documentIds) => set({ documentIds })}
            onOpenDocument={props.onOpenDocument}
          />
        </div>
      </div>
    </li>
  );
}
