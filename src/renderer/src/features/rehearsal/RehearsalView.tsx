// Rehearsal mode: a full-screen reading view of a spoken document with a timer against the
// template's time budget. Start/Pause/Stop; Stop logs the duration; Esc leaves.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentFile } from '../../../../shared/api';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { readableText } from './readableText';
import { RehearsalLog } from './RehearsalLog';
import { neededSeconds, runCounts } from '../../../../shared/practiceRuns';
import { estimateSeconds, formatClock, paceOf, timerTone, WORDS_PER_MINUTE } from './speakingTime';
import { describePaceZh, spokenUnits } from '../../../../shared/wordCount';
import { countWords } from '../../lib/countWords';
import { findingsLanguage, findingsWords } from '../../../../shared/findingsWords';
import { useAppData } from '../../app/AppData';
import { useStopwatch } from './useStopwatch';
import './rehearsal.css';

export function RehearsalView(props: { company: string; documentId: string; onClose: () => void }) {
  const { company, documentId, onClose } = props;
  const docQuery = useQuery('documents.get', { company, id: documentId });
  const templates = useQuery('templates.list', {});
  const [doc, setDoc] = useState<DocumentFile | null>(null);
  const [logError, setLogError] = useState<string | null>(null);
  const [lastRun, setLastRun] = useState<number | null>(null);
  const watch = useStopwatch();
  const dialog = useRef<HTMLDivElement>(null);
  const { info } = useAppData();
  // The notes on the draft speak its findings' language (findingsLanguage.ts): Chinese for a Chinese draft.
  const lang = doc ? findingsLanguage(doc, info?.settings.findingsLanguage) : 'en';
  const words = findingsWords(lang).rehearsal;

  useEffect(() => {
    if (docQuery.data) setDoc(docQuery.data);
  }, [docQuery.data]);

  // In place before the first paint, like Modal's, so Esc works the moment the view appears.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      } else if (e.key === 'Tab' && dialog.current) {
        // Keep keyboard focus inside the overlay.
        const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), [href], [tabindex="0"]')];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        const active = document.activeElement;
        if (e.shiftKey && (active === first || active === dialog.current)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (active === last || !dialog.current.contains(active))) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  useLayoutEffect(() => {
    dialog.current?.focus();
  }, []);

  const template = doc ? templates.data?.templates.find((t) => t.id === doc.templateId) ?? null : null;
  const wpm = template?.wordsPerMinute ?? WORDS_PER_MINUTE;
  const budget = template?.speakingSeconds ?? null;
  const sections = doc
    ? (template?.sections ?? Object.keys(doc.sections).map((id) => ({ id, label: id, speakingSeconds: null })))
        .map((s) => ({ id: s.id, label: s.label, budget: s.speakingSeconds ?? null, text: readableText(doc.sections[s.id] ?? '') }))
        .filter((s) => s.text !== '')
    : [];
  const allText = sections.map((s) => s.text).join('\n\n');
  const estimate = estimateSeconds(allText, wpm);
  const tone = timerTone(watch.elapsed, budget);
  // A run under a third of what the document takes to say is logged but does not count as practice.
  const needed = doc ? neededSeconds(budget, estimate) : null;

  const stop = useCallback(async () => {
    const seconds = Math.round(watch.stop());
    setLastRun(seconds);
    if (seconds < 1) return;
    setLogError(null);
    const result = await call('documents.logRehearsal', { company, id: documentId, seconds: Math.min(seconds, 4 * 3600) });
    if (result.ok) setDoc(result.data);
    else setLogError(words.notLogged(result.error.message));
  }, [watch, company, documentId, words]);

  return (
    <div className="rh-overlay" role="dialog" aria-modal="true" aria-label="Rehearsal" data-testid="rehearsal" tabIndex={-1} ref={dialog}>
      <header className="rh-bar">
        <div className="rh-title">
          <span className="rh-kicker">Rehearsal</span>
          <strong className="rh-doc" title={doc?.title || undefined} data-testid="rehearsal-title">
            {doc?.title || 'Untitled document'}
          </strong>
          {template && (
            <span className="rh-muted rh-template" title={template.name} data-testid="rehearsal-template">
              {template.name}
            </span>
          )}
        </div>
        <div className={`rh-clock rh-${tone}`} data-testid="rehearsal-clock" data-tone={tone} aria-live="off">
          {formatClock(watch.elapsed)}
          {budget !== null && <span className="rh-budget"> / {formatClock(budget)}</span>}
        </div>
        <div className="rh-controls">
          {watch.state === 'running' ? (
            <button type="button" className="btn" onClick={watch.pause}>
              Pause
            </button>
          ) : (
            <button type="button" className="btn btn-primary" onClick={watch.start} disabled={!doc}>
              {watch.state === 'paused' ? 'Resume' : lastRun !== null ? 'Start again' : 'Start'}
            </button>
          )}
          <button type="button" className="btn" onClick={() => void stop()} disabled={watch.state === 'ready'}>
            Stop
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose} title="Leave rehearsal (Esc)">
            Close <kbd>Esc</kbd>
          </button>
        </div>
      </header>

      <div className="rh-body">
        <div className="rh-reading">
          {docQuery.error && <p className="rh-error">{docQuery.error.message}</p>}
          {!doc && !docQuery.error && <p className="rh-muted">Loading…</p>}
          {doc && sections.length === 0 && <p className="rh-muted">{words.noText}</p>}
          {sections.map((s) => (
            <section key={s.id} className="rh-section">
              <h2>
                {s.label}
                {s.budget !== null && <span className="rh-muted rh-small">{words.sectionBudget(words.duration(s.budget))}</span>}
              </h2>
              {s.text.split(/\n{2,}/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </section>
          ))}
        </div>
        <aside className="rh-side">
          <section>
            <h3>{words.beforeStart}</h3>
            <p data-testid="rehearsal-estimate">
              {words
                .estimate(
                  words.duration(estimate),
                  lang === 'zh' ? describePaceZh(spokenUnits(allText, countWords), wpm) : paceOf(allText, wpm),
                  budget === null ? null : words.duration(budget),
                  budget !== null && estimate > budget,
                )
                .map((p, k) => (p.strong ? <strong key={k}>{p.text}</strong> : <span key={k} className={p.over ? 'rh-over' : undefined}>{p.text}</span>))}
            </p>
            <p className="rh-muted rh-small">{words.toneNote}</p>
          </section>
          {lastRun !== null && lastRun >= 1 && (
            <p className="rh-small" role="status">
              {words.lastRun} <strong>{formatClock(lastRun)}</strong>
              {!runCounts(lastRun, needed) && needed !== null
                ? words.tooShort(formatClock(Math.round(needed)))
                : budget !== null && (lastRun > budget ? words.overBudget(formatClock(lastRun - budget)) : words.withinBudget)}
            </p>
          )}
          {logError && <p className="rh-error">{logError}</p>}
          <section>
            <h3>{words.pastRehearsals}</h3>
            {doc && <RehearsalLog rehearsals={doc.rehearsals} budget={budget} needed={needed} language={lang} />}
          </section>
        </aside>
      </div>
    </div>
  );
}
