// Add your own question to a round, or edit a built-in one for this company (the bank itself is
// never changed; your edit is stored in the company folder).
import { useState } from 'react';
import type { Competency, QuestionView, Template } from '../../../../shared/api';
import { competencyLabels } from '../../../../shared/competencyLabels';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';

export function QuestionForm(props: {
  company: string;
  round: string;
  question: QuestionView | null;
  templates: Template[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const q = props.question;
  const [text, setText] = useState(q?.text ?? '');
  const [template, setTemplate] = useState(q?.template ?? 'interview-answer');
  const [competencies, setCompetencies] = useState<Competency[]>(q?.competencies ?? []);
  const [strong, setStrong] = useState((q?.strongAnswer ?? []).join('\n'));
  const [trap, setTrap] = useState(q?.trap ?? '');
  const [minutes, setMinutes] = useState(String((q?.answerSeconds ?? 120) / 60));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const mins = Number(minutes);
    if (text.trim().length < 5) return setError('Write the question (at least a few words).');
    if (!Number.isFinite(mins) || mins < 0.25 || mins > 60) return setError('The time to answer must be between 15 seconds and 60 minutes.');
    setBusy(true);
    const result = await call('questions.save', {
      company: props.company,
      question: {
        ...(q ? { id: q.id } : {}),
        rounds: q?.rounds ?? [props.round],
        text: text.trim(),
        competencies,
        strongAnswer: strong
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        trap: trap.trim(),
        template,
        answerSeconds: Math.round(mins * 60),
      },
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    props.onSaved();
  };

  const toggle = (c: Competency) => setCompetencies((list) => (list.includes(c) ? list.filter((x) => x !== c) : [...list, c]));

  return (
    <Modal
      title={q ? 'Edit this question' : 'Add your own question'}
      onClose={props.onClose}
      wide
      testId="question-form"
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button variant="primary" disabled={busy} onClick={() => void save()}>
            Save question
          </Button>
        </>
      }
    >
      {q?.origin === 'bank' && <p className="qs-muted">Your changes apply to this company folder only; the source stays {q.sourceName}.</p>}
      <Field label="Question" error={error}>
        {(id) => <textarea id={id} className="input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Template for the answer">
        {(id) => (
          <select id={id} className="input" value={template} onChange={(e) => setTemplate(e.target.value)}>
            {props.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="qs-fieldset">
        <legend className="field-label">Competencies it tests</legend>
        {(Object.keys(competencyLabels) as Competency[]).map((c) => (
          <label key={c} className="qs-check">
            <input type="checkbox" checked={competencies.includes(c)} onChange={() => toggle(c)} /> {competencyLabels[c]}
          </label>
        ))}
      </fieldset>
      <Field label="What a strong answer does (one point per line)">
        {(id) => <textarea id={id} className="input" rows={4} value={strong} onChange={(e) => setStrong(e.target.value)} />}
      </Field>
      <Field label="The trap to avoid">
        {(id) => <input id={id} className="input" value={trap} onChange={(e) => setTrap(e.target.value)} />}
      </Field>
      <Field label="Minutes to answer aloud">
        {(id) => <input id={id} className="input" inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
      </Field>
    </Modal>
  );
}
