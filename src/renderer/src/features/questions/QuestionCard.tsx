// One question of a round: what it tests and where it comes from, what a strong answer does and
// the trap, its answers (score, spoken length, last rehearsal), the question's own checks, and
// the actions: start an answer from the fitting template, link or unlink a document, edit, hide.
import { useState } from 'react';
import type { DocumentListItem, QuestionView } from '../../../../shared/api';
import { call } from '../../api/client';
import { ScoreBadge } from '../editor/ScoreBadge';
import { useToast } from '../../ui/Toast';
import { competencyNames, daysAgo, shortDuration } from './describe';
import { QuestionChecks } from './QuestionChecks';
import { SourceLabel } from '../../ui/SourceLabel';
import { neededSeconds, runCounts } from '../../../../shared/practiceRuns';

export function QuestionCard(props: {
  company: string;
  question: QuestionView;
  documents: DocumentListItem[];
  onOpenDocument: (id: string) => void;
  onEdit: () => void;
  onPractise: () => void;
  onChanged: () => void;
}) {
  const { question: q, company } = props;
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [pick, setPick] = useState('');
  const linked = new Set(q.answers.map((a) => a.id));
  const linkable = props.documents.filter((d) => !linked.has(d.id));
  const pickId = `link-${q.id}`;

  const run = async (action: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      toast.show({ message: result.error?.message ?? 'That did not work.', tone: 'error' });
      return false;
    }
    if (done) toast.show({ message: done });
    props.onChanged();
    return true;
  };

  const start = async () => {
    setBusy(true);
    const result = await call('questions.startAnswer', { company, questionId: q.id });
    setBusy(false);
    if (!result.ok) {
      toast.show({ message: result.error.message, tone: 'error' });
      return;
    }
    props.onChanged();
    props.onOpenDocument(result.data.id);
  };

  return (
    <li className={`qs-card${q.hidden ? ' qs-card-hidden' : ''}`} data-testid="question" data-question-id={q.id}>
      <div className="qs-card-head">
        <h3 className="qs-text">{q.text}</h3>
        <span className="qs-ready" title="How ready this answer is: answered, its score and recent practice">
          {q.readiness}%
        </span>
      </div>
      <p className="qs-meta">
        <SourceLabel muted={q.basis === 'general' || q.basis === 'yours'}>{q.sourceName}</SourceLabel>
        {q.basis === 'implied' && <span> · implied by the guide, not asked word for word</span>}
        {q.edited && <span> · edited by you</span>}
        <span> · tests {competencyNames(q.competencies)}</span>
        <span> · about {shortDuration(q.answerSeconds)} to answer</span>
        {!q.inLoop && <span> · asked in {q.roundName}</span>}
      </p>
      <details className="qs-details">
        <summary>What a strong answer does, and the trap</summary>
        <ul>
          {q.strongAnswer.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        {q.trap && (
          <p className="qs-trap">
            <strong>Trap:</strong> {q.trap}
          </p>
        )}
      </details>

      {q.answers.length > 0 ? (
        <table className="qs-answers" aria-label={`Answers to: ${q.text}`}>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Score</th>
              <th scope="col">Spoken</th>
              <th scope="col">Last practised</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {q.answers.map((a, i) => (
              <tr key={a.id} data-testid="answer-row">
                <td>
                  <button type="button" className="qs-link" onClick={() => props.onOpenDocument(a.id)}>
                    {a.title || 'Untitled document'}
                  </button>
                </td>
                <td>
                  <ScoreBadge score={a.score} testId="answer-score" />
                </td>
                <td className={a.spokenSeconds > q.answerSeconds ? 'qs-over' : undefined} data-testid="answer-spoken">
                  {shortDuration(a.spokenSeconds)} of {shortDuration(q.answerSeconds)}
                </td>
                {/* Practice of the question uses the first answer as notes, so it counts for that answer too. */}
                <td data-testid="answer-last-practised">{daysAgo(i === 0 ? q.lastPracticed : a.lastRehearsed)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-sm btn-ghost"
                    disabled={busy}
                    aria-label={`Unlink “${a.title || 'Untitled document'}”`}
                    onClick={() => void run(() => call('questions.link', { company, questionId: q.id, documentId: a.id, linked: false }))}
                  >
                    Unlink
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="qs-muted">Not answered yet. The {q.templateName ?? q.template} template fits this question.</p>
      )}

      {q.practice.length > 0 && (
        <p className="qs-muted" data-testid="practice-summary">
          Practised {q.practice.length === 1 ? 'once' : `${q.practice.length} times`}, last {daysAgo(q.practice.at(-1)?.at ?? null)} · your ratings{' '}
          {q.practice
            .slice(-5)
            .map((p) => p.rating)
            .join(' → ')}{' '}
          of 5
          {(() => {
            const short = q.practice.filter((p) => !runCounts(p.seconds, neededSeconds(p.budgetSeconds, q.answers[0]?.spokenSeconds ?? null))).length;
            return short > 0 ? ` · ${short === 1 ? 'one run was' : `${short} runs were`} too short to count toward readiness` : '';
          })()}
        </p>
      )}
      <QuestionChecks expectations={q.expectations} answered={q.answers.length > 0} />

      <div className="qs-actions">
        <button type="button" className="btn btn-sm btn-primary" disabled={busy} onClick={() => void start()}>
          {q.answers.length > 0 ? 'Start another answer' : 'Start an answer'}
        </button>
        {linkable.length > 0 && (
          <span className="qs-linker">
            <label htmlFor={pickId} className="sr-only">
              Link a document that answers this question
            </label>
            <select id={pickId} value={pick} onChange={(e) => setPick(e.target.value)} className="qs-select">
              <option value="">Link a document…</option>
              {linkable.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title || 'Untitled document'}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn btn-sm"
              disabled={busy || pick === ''}
              onClick={() =>
                void run(() => call('questions.link', { company, questionId: q.id, documentId: pick, linked: true }), 'Linked as an answer.').then(
                  (ok) => ok && setPick(''),
                )
              }
            >
              Link
            </button>
          </span>
        )}
        <button type="button" className="btn btn-sm" disabled={busy} onClick={props.onPractise}>
          Practise
        </button>
        <button type="button" className="btn btn-sm btn-ghost" disabled={busy} onClick={props.onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          disabled={busy}
          onClick={() =>
            void run(
              () => call('questions.remove', { company, id: q.id, hidden: !q.hidden }),
              q.origin === 'yours' ? 'Question deleted.' : q.hidden ? 'Question shown again.' : 'Question hidden. Show hidden questions to bring it back.',
            )
          }
        >
          {q.origin === 'yours' ? 'Delete' : q.hidden ? 'Show again' : 'Hide'}
        </button>
      </div>
    </li>
  );
}
