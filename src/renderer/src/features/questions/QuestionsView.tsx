// The Questions tab: the company's rounds with their readiness, and for the chosen round each
// question with its answers, checks and actions; practice sessions start from here.
import { useCallback, useState } from 'react';
import type { QuestionView } from '../../../../shared/api';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToast } from '../../ui/Toast';
import { PracticeSession } from '../practice/PracticeSession';
import { QuestionCard } from './QuestionCard';
import { QuestionForm } from './QuestionForm';
import './questions.css';

/** Pseudo-round for questions of rounds that are not in this company's loop. */
const OTHER = '__other';

export function QuestionsView(props: {
  slug: string;
  round: string | undefined;
  onRound: (round: string) => void;
  onOpenDocument: (id: string) => void;
  onChanged: () => void;
}) {
  const { slug, onChanged } = props;
  const toast = useToast();
  const view = useQuery('questions.list', { company: slug });
  const documents = useQuery('documents.list', { company: slug });
  const templates = useQuery('templates.list', {});
  const [order, setOrder] = useState<'weakest' | 'random'>('weakest');
  const [practice, setPractice] = useState<{ deck: string[]; roundName: string } | null>(null);
  const [editing, setEditing] = useState<{ question: QuestionView | null } | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const reloadView = view.reload;
  const reloadDocuments = documents.reload;
  const reload = useCallback(() => {
    reloadView();
    reloadDocuments();
    onChanged();
  }, [reloadView, reloadDocuments, onChanged]);

  const data = view.data;
  if (!data || data.company !== slug) {
    return (
      <div className="qs-page" data-testid="questions-view">
        {view.error ? (
          <p role="alert" className="qs-error">
            {view.error.message}
          </p>
        ) : (
          <p className="qs-muted">Loading…</p>
        )}
      </div>
    );
  }

  const others = data.questions.filter((q) => !q.inLoop);
  const current = props.round ?? data.rounds[0]?.roundId ?? (others.length > 0 ? OTHER : null);
  const round = data.rounds.find((r) => r.roundId === current) ?? null;
  const inRound = current === OTHER ? others : data.questions.filter((q) => q.inLoop && q.round === current);
  const visible = inRound.filter((q) => !q.hidden);
  const hidden = inRound.filter((q) => q.hidden);
  const roundName = round?.name ?? 'Other rounds in the guides';

  const startPractice = async (only?: string) => {
    if (only) {
      setPractice({ deck: [only], roundName });
      return;
    }
    if (!round) {
      setPractice({ deck: visible.map((q) => q.id), roundName });
      return;
    }
    const result = await call('questions.practiceDeck', { company: slug, round: round.roundId, order, limit: 10 });
    if (!result.ok) {
      toast.show({ message: result.error.message, tone: 'error' });
      return;
    }
    if (result.data.questionIds.length === 0) {
      toast.show({ message: 'This round has no questions to practise yet. Add your own first.' });
      return;
    }
    setPractice({ deck: result.data.questionIds, roundName });
  };

  const cards = (list: QuestionView[]) => (
    <ol className="qs-list">
      {list.map((q) => (
        <QuestionCard
          key={q.id}
          company={slug}
          question={q}
          documents={documents.data ?? []}
          onOpenDocument={props.onOpenDocument}
          onEdit={() => setEditing({ question: q })}
          onPractise={() => void startPractice(q.id)}
          onChanged={reload}
        />
      ))}
    </ol>
  );

  return (
    <div className="qs-page" data-testid="questions-view">
      {data.problems.length > 0 && (
        <div className="co-banner co-banner-warn" role="status">
          <strong>Some built-in questions could not be loaded:</strong>{' '}
          {data.problems
            .slice(0, 3)
            .map((p) => `${p.file} (${p.field}): ${p.message}`)
            .join('; ')}
          {data.problems.length > 3 ? ` and ${data.problems.length - 3} more.` : ''}
        </div>
      )}
      <div className="qs-layout">
        <nav className="qs-rounds" aria-label="Rounds">
          <h2 className="qs-rounds-title">Rounds</h2>
          <ul>
            {data.rounds.map((r) => (
              <li key={r.roundId}>
                <button
                  type="button"
                  className="qs-round"
                  aria-current={r.roundId === current ? 'true' : undefined}
                  onClick={() => props.onRound(r.roundId)}
                  data-testid={`round-${r.roundId}`}
                >
                  <span className="qs-round-name">{r.name}</span>
                  <span className="qs-round-ready">{r.readiness === null ? 'no questions' : `${r.readiness}% ready`}</span>
                </button>
              </li>
            ))}
            {others.length > 0 && (
              <li>
                <button type="button" className="qs-round" aria-current={current === OTHER ? 'true' : undefined} onClick={() => props.onRound(OTHER)}>
                  <span className="qs-round-name">Other rounds in the guides</span>
                  <span className="qs-round-ready">{others.length} questions</span>
                </button>
              </li>
            )}
          </ul>
          {data.rounds.length === 0 && others.length === 0 && (
            <p className="qs-muted">This folder has no interview loop yet. Add rounds on the Loop tab, then add your own questions.</p>
          )}
        </nav>

        {current !== null && (
          <section className="qs-round-panel" aria-labelledby="qs-round-title" data-testid="round-panel">
            <header className="qs-round-head">
              <div>
                <h2 id="qs-round-title">{roundName}</h2>
                {round ? (
                  <>
                    <ProgressBar
                      done={round.readiness ?? 0}
                      total={100}
                      label={`${round.name} readiness`}
                      caption={
                        <span data-testid="round-readiness" data-value={round.readiness ?? 0}>
                          {round.readiness ?? 0}% ready · {round.answered} of {round.questionCount} answered
                          {round.averageScore !== null ? ` · average score ${round.averageScore}` : ''} · {round.rehearsedRecently} practised this week
                        </span>
                      }
                    />
                    <p className="qs-next" data-testid="round-next-step">
                      <strong>Next:</strong> {round.nextStep}
                    </p>
                  </>
                ) : (
                  <p className="qs-muted">Questions the guides place in rounds your loop does not have. Edit one to move it into your loop.</p>
                )}
              </div>
              <div className="qs-round-actions">
                {round && (
                  <label className="qs-order">
                    <span>Order</span>
                    <select value={order} onChange={(e) => setOrder(e.target.value === 'random' ? 'random' : 'weakest')} className="qs-select">
                      <option value="weakest">Unanswered and weakest first</option>
                      <option value="random">At random</option>
                    </select>
                  </label>
                )}
                <button type="button" className="btn btn-primary" onClick={() => void startPractice()} disabled={visible.length === 0} data-testid="practise-round">
                  Practise this round
                </button>
                {round && (
                  <button type="button" className="btn" onClick={() => setEditing({ question: null })}>
                    Add your own question
                  </button>
                )}
              </div>
            </header>

            {visible.length === 0 ? (
              <p className="qs-muted">No questions for this round yet. Add the ones your recruiter or interviewer mentioned.</p>
            ) : (
              cards(visible)
            )}
            {hidden.length > 0 && (
              <div className="qs-hidden">
                <button type="button" className="btn btn-sm btn-ghost" aria-expanded={showHidden} onClick={() => setShowHidden((s) => !s)}>
                  {showHidden ? 'Hide' : 'Show'} {hidden.length} hidden {hidden.length === 1 ? 'question' : 'questions'}
                </button>
                {showHidden && cards(hidden)}
              </div>
            )}
          </section>
        )}
      </div>

      {editing && current !== null && (
        <QuestionForm
          company={slug}
          round={round?.roundId ?? editing.question?.round ?? ''}
          question={editing.question}
          templates={templates.data?.templates ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {practice && (
        <PracticeSession
          company={slug}
          roundName={practice.roundName}
          deck={practice.deck}
          questions={data.questions}
          onRecorded={reloadView}
          onClose={() => {
            setPractice(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
