// The interview loop: rounds in order, each editable; the next round; an .ics download.
// Edits live in a draft; it is saved (debounced) only while every round is valid, so an
// invalid field never costs the candidate what they typed or what was saved before.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompanyView, DocumentSummary, LoopRound } from '../../../../../shared/api';
import { call } from '../../../api/client';
import { SaveStatus } from '../SaveStatus';
import { newId } from '../newId';
import { useDelayedSave, useSaver } from '../useSaver';
import { defaultTimeZone, localTimeZone } from '../../../../../shared/defaultTimeZone';
import { checkRound, hasErrors } from './checkRound';
import { moveItem } from './moveItem';
import { NextRoundBanner } from './NextRoundBanner';
import { RoundRow } from './RoundRow';
import { roundHint } from './roundHints';
import { SourceVariants } from './SourceVariants';

function blankRound(timeZone: string): LoopRound {
  return {
    id: newId('round'),
    name: 'New round',
    minutes: 45,
    interviewer: '',
    interviewerRole: '',
    focus: '',
    scheduledAt: null,
    timeZone,
    status: 'not-scheduled',
    notes: '',
    documentIds: [],
    competencies: [],
  };
}


export function LoopView(props: {
  view: CompanyView;
  documents: DocumentSummary[];
  onOpenDocument: (id: string) => void;
  onSaved: () => void;
}) {
  const { view } = props;
  const slug = view.company.slug;
  const [rounds, setRounds] = useState<LoopRound[]>(view.company.loop);
  const [minutesText, setMinutesText] = useState<Record<string, string>>({});
  const [removed, setRemoved] = useState<{ round: LoopRound; index: number } | null>(null);
  const [icsError, setIcsError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // A round just added: once it is on screen, scroll to it and put the cursor in its name.
  const [focusRound, setFocusRound] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const saver = useSaver(props.onSaved);
  const { state } = saver;
  const { schedule, refuse } = useDelayedSave(saver, 'companies.updateLoop');

  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(id);
  }, []);

  const commit = useCallback(
    (next: LoopRound[]) => {
      setRounds(next);
      const invalid = next.findIndex((r) => hasErrors(checkRound(r, Date.now())));
      if (invalid >= 0) refuse(`fix the highlighted field in round ${invalid + 1}.`);
      else schedule({ slug, loop: next });
    },
    [slug, schedule, refuse],
  );

  useEffect(() => {
    if (!focusRound) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-round-id="${CSS.escape(focusRound)}"]`);
    const name = row?.querySelector<HTMLInputElement>('input');
    if (!row || !name) return;
    setFocusRound(null);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    name.focus({ preventScroll: true });
    name.select();
  }, [focusRound, rounds]);

  const addRound = () => {
    const round = blankRound(rounds.at(-1)?.timeZone ?? defaultTimeZone(view.company.name, localTimeZone()));
    commit([...rounds, round]);
    setFocusRound(round.id);
  };

  const update = (index: number, round: LoopRound) =>
    commit(rounds.map((r, i) => (i === index ? round : r)));

  const downloadIcs = async () => {
    setIcsError(null);
    const result = await call('companies.calendar', { slug });
    if (!result.ok) {
      setIcsError(result.error.message);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([result.data.ics], { type: 'text/calendar;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = result.data.fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const scheduled = rounds.filter((r) => r.scheduledAt).length;

  return (
    <div className="co-page" data-testid="loop-view">
      <header className="co-page-head">
        <div>
          <h2>Interview loop</h2>
          <p className="muted co-small">
            {rounds.length} {rounds.length === 1 ? 'round' : 'rounds'}, {scheduled} with a date
            {view.profile ? ` · based on the ${view.profile.name} profile` : ''}
          </p>
        </div>
        <div className="co-actions">
          <SaveStatus state={state} />
          <button
            type="button"
            className="btn"
            onClick={() => void downloadIcs()}
            disabled={scheduled === 0}
            aria-describedby={scheduled === 0 ? 'ics-why' : undefined}
            data-testid="download-ics"
          >
            Download .ics
          </button>
          <button type="button" className="btn btn-primary" onClick={addRound} data-testid="add-round">
            Add round
          </button>
        </div>
      </header>
      {scheduled === 0 ? (
        <p className="muted co-small co-ics-why" id="ics-why" data-testid="ics-why">
          The calendar file (.ics) holds rounds with a date: give a round its date and time to
          download it.
        </p>
      ) : null}
      {icsError && (
        <p className="co-error" role="alert">
          {icsError}
        </p>
      )}
      <NextRoundBanner rounds={rounds} now={now} />
      {view.profile && <SourceVariants profile={view.profile} />}
      {removed && (
        <p className="co-undo" role="status">
          Removed “{removed.round.name}”.{' '}
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => {
              const next = rounds.slice();
              next.splice(Math.min(removed.index, next.length), 0, removed.round);
              setRemoved(null);
              commit(next);
            }}
          >
            Undo
          </button>
        </p>
      )}
      {rounds.length === 0 ? (
        <div className="co-empty">
          <p>
            <strong>No rounds yet.</strong>
          </p>
          <p className="muted">
            Add the rounds the recruiter described, with their length and what each one tests.
          </p>
        </div>
      ) : (
        <ol className="co-rounds" ref={list}>
          {rounds.map((round, index) => (
            <RoundRow
              key={round.id}
              round={round}
              minutesText={minutesText[round.id] ?? String(round.minutes)}
              index={index}
              count={rounds.length}
              problems={checkRound(round, now)}
              hint={roundHint(view.profile, round)}
              documents={props.documents}
              onChange={(r) => update(index, r)}
              onMinutesText={(text) => {
                setMinutesText((m) => ({ ...m, [round.id]: text }));
                const trimmed = text.trim();
                update(index, {
                  ...round,
                  minutes: /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN,
                });
              }}
              onMove={(delta) => commit(moveItem(rounds, index, index + delta))}
              onRemove={() => {
                setRemoved({ round, index });
                commit(rounds.filter((_, i) => i !== index));
              }}
              onOpenDocument={props.onOpenDocument}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
