// A practice session for one round: questions one at a time (weakest first or at random), a
// countdown to the question's answer budget, the candidate's own notes (the linked answer) beside
// it, then a 1–5 self-rating that records the time taken. Keyboard driven (see practiceKeys).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { QuestionView } from '../../../../shared/api';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { readableText } from '../rehearsal/readableText';
import { formatClock, timerTone } from '../rehearsal/speakingTime';
import { useStopwatch } from '../rehearsal/useStopwatch';
import { daysAgo, shortDuration } from '../questions/describe';
import { practiceKey } from './practiceKeys';
import { neededSeconds, runCounts } from '../../../../shared/practiceRuns';
import { useToast } from '../../ui/Toast';
// The overlay's frame, clock and side panel are the rehearsal view's; practice.css adds the rest.
import '../rehearsal/rehearsal.css';
import './practice.css';

const RATINGS = ['Lost my way', 'Shaky', 'Got there', 'Solid', 'Interview-ready'];

export function PracticeSession(props: {
  company: string;
  roundName: string;
  /** The questions in session order. */
  deck: string[];
  questions: QuestionView[];
  onRecorded: () => void;
  onClose: () => void;
}) {
  const { company, deck, onClose, onRecorded } = props;
  const [index, setIndex] = useState(0);
  const [timed, setTimed] = useState<number | null>(null);
  const [rated, setRated] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const watch = useStopwatch();
  const dialog = useRef<HTMLDivElement>(null);
  const finished = index >= deck.length;
  const q = finished ? null : (props.questions.find((x) => x.id === deck[index]) ?? null);
  const budget = q?.answerSeconds ?? 120;
  const notesDoc = q?.answers[0]?.id ?? null;
  const notes = useQuery('documents.get', notesDoc ? { company, id: notesDoc } : null);
  const notesText = notes.data && notes.data.id === notesDoc ? readableText(Object.values(notes.data.sections).join('\n\n')) : '';
  // What the answer needs: the linked answer's speaking time, or the budget; a run under a third
  // of it is recorded but does not count toward readiness (and says so).
  const needed = neededSeconds(budget, q?.answers[0]?.spokenSeconds ?? null);
  const tooShort = timed !== null && !runCounts(timed, needed);
  const toasts = useToast();
  useEffect(() => toasts.clear(), [toasts]);
  const remaining = budget - watch.elapsed;
  const tone = timerTone(watch.elapsed, budget);

  const toggle = useCallback(() => {
    if (!q) return;
    if (watch.state === 'running') {
      setTimed(Math.round(watch.stop()));
      setRated(null);
    } else {
      setTimed(null);
      setRated(null);
      watch.start();
    }
  }, [q, watch]);

  const next = useCallback(() => {
    if (watch.state !== 'ready') watch.stop();
    setTimed(null);
    setRated(null);
    setError(null);
    setIndex((i) => i + 1);
  }, [watch]);

  const rate = useCallback(
    async (rating: number) => {
      if (!q || timed === null || timed < 1) return;
      setRated(rating);
      const result = await call('questions.recordPractice', {
        company,
        questionId: q.id,
        seconds: Math.min(timed, 4 * 3600),
        budgetSeconds: budget,
        rating,
      });
      if (!result.ok) {
        setError(`This answer was not recorded: ${result.error.message}`);
        setRated(null);
        return;
      }
      setError(null);
      setDone((n) => n + 1);
      onRecorded();
    },
    [q, timed, company, budget, onRecorded],
  );

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const action = practiceKey(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (action.kind === 'close') onClose();
      else if (action.kind === 'toggle') toggle();
      else if (action.kind === 'next') next();
      else void rate(action.rating);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose, toggle, next, rate]);

  useLayoutEffect(() => {
    dialog.current?.focus();
  }, []);

  useEffect(() => {
    if (finished && watch.state !== 'ready') watch.stop();
  }, [finished, watch]);

  return (
    <div className="rh-overlay" role="dialog" aria-modal="true" aria-label="Practice session" data-testid="practice" tabIndex={-1} ref={dialog}>
      <header className="rh-bar">
        <div className="rh-title">
          <span className="rh-kicker">Practice</span>
          <strong>{props.roundName}</strong>
          <span className="rh-muted">
            {finished ? `${deck.length} of ${deck.length}` : `Question ${index + 1} of ${deck.length}`}
          </span>
        </div>
        <div className={`rh-clock pr-clock rh-${tone}`} data-testid="practice-clock" data-tone={tone} data-state={watch.state} aria-live="off">
          {/* A countdown shows whole seconds left (2:30 until a full second has passed). */}
          {remaining >= 0 ? formatClock(Math.ceil(remaining)) : `+${formatClock(-remaining)}`}
          <span className="rh-budget"> left of {formatClock(budget)}</span>
        </div>
        <div className="rh-controls">
          <button type="button" className={watch.state === 'running' ? 'btn' : 'btn btn-primary'} onClick={toggle} disabled={!q}>
            {watch.state === 'running' ? 'Stop' : timed !== null ? 'Start again' : 'Start'} <kbd>Space</kbd>
          </button>
          <button type="button" className="btn" onClick={next} disabled={finished}>
            Next <kbd>N</kbd>
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Close <kbd>Esc</kbd>
          </button>
        </div>
      </header>
      <div className="rh-body">
        <div className="pr-main">
          {finished ? (
            <section className="pr-done" data-testid="practice-done">
              <h2>Session done</h2>
              <p>
                You rated {done} of {deck.length} {deck.length === 1 ? 'answer' : 'answers'}. Your readiness for this round now counts them.
              </p>
              <button type="button" className="btn btn-primary" onClick={onClose}>
                Back to the round
              </button>
            </section>
          ) : q ? (
            <>
              <h2 className="pr-question" data-testid="practice-question">
                {q.text}
              </h2>
              <p className="rh-muted">
                {q.sourceName} · aim for {shortDuration(budget)}
              </p>
              {timed !== null && (
                <section className="pr-rate" aria-label="Rate this answer">
                  <p role="status" data-testid="practice-timed">
                    You spoke for <strong>{formatClock(timed)}</strong>
                    {tooShort && needed !== null
                      ? ` — much shorter than this answer needs (about ${formatClock(Math.round(needed))}). A run under a third of that does not count toward readiness; press Space to try it in full.`
                      : timed > budget
                        ? ` — ${formatClock(timed - budget)} over the budget. How did it go?`
                        : ' — within the budget. How did it go?'}
                  </p>
                  <div className="pr-ratings">
                    {RATINGS.map((label, i) => (
                      <button
                        key={label}
                        type="button"
                        className={rated === i + 1 ? 'btn btn-primary' : 'btn'}
                        aria-pressed={rated === i + 1}
                        disabled={timed < 1}
                        onClick={() => void rate(i + 1)}
                      >
                        <kbd>{i + 1}</kbd> {label}
                      </button>
                    ))}
                  </div>
                  {rated !== null && (
                    <p className="pr-ok" data-testid="practice-saved">
                      Recorded. Press N for the next question.
                    </p>
                  )}
                  {error && <p className="rh-error">{error}</p>}
                </section>
              )}
              <section className="pr-strong">
                <h3>What a strong answer does</h3>
                <ul>
                  {q.strongAnswer.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
                {q.trap && (
                  <p>
                    <strong>Trap:</strong> {q.trap}
                  </p>
                )}
              </section>
            </>
          ) : (
            <p className="rh-muted">This question is no longer in the bank. Press N for the next one.</p>
          )}
        </div>
        {!finished && (
          <aside className="rh-side">
            <section>
              <h3>Your notes</h3>
              {!notesDoc && <p className="rh-muted">No answer linked yet. Speak from what you know, then write the answer from the question.</p>}
              {notesDoc && !notesText && <p className="rh-muted">{notes.error ? notes.error.message : 'Loading…'}</p>}
              {notesText && (
                <div className="pr-notes" data-testid="practice-notes">
                  {notesText.split(/\n{2,}/).map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
              )}
            </section>
            {q && (
              <section>
                <h3>Progress on this question</h3>
                {q.practice.length === 0 ? (
                  <p className="rh-muted">First time practising it.</p>
                ) : (
                  <ol className="pr-history" data-testid="practice-history">
                    {q.practice
                      .slice(-6)
                      .reverse()
                      .map((p) => (
                        <li key={p.at}>
                          {daysAgo(p.at)}: {formatClock(p.seconds)} of {formatClock(p.budgetSeconds)}, rated {p.rating} of 5
                        </li>
                      ))}
                  </ol>
                )}
              </section>
            )}
          </aside>
        )}
      </div>
    </div>
  );
}
