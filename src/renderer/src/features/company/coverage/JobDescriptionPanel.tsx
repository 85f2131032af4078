// Paste the job description: its key terms, which documents cover each, and which none do.
import { useState } from 'react';
import type { JobDescriptionMatch } from '../../../../../shared/api';
import { call } from '../../../api/client';

export function JobDescriptionPanel(props: {
  slug: string;
  initialText: string;
  onOpenDocument: (id: string) => void;
  onSaved: () => void;
}) {
  const [text, setText] = useState(props.initialText);
  const [match, setMatch] = useState<JobDescriptionMatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const analyse = async () => {
    setBusy(true);
    setError(null);
    const result = await call('companies.setJobDescription', { slug: props.slug, text });
    setBusy(false);
    if (result.ok) {
      setMatch(result.data);
      props.onSaved();
    } else setError(result.error.message);
  };

  const titles = new Map((match?.documents ?? []).map((d) => [d.id, d.title || 'Untitled document']));
  const uncovered = match?.terms.filter((t) => t.coveredBy.length === 0) ?? [];
  const covered = match?.terms.filter((t) => t.coveredBy.length > 0) ?? [];

  return (
    <section className="co-section" data-testid="jd-panel">
      <div className="co-section-head">
        <h3>Job description</h3>
      </div>
      <p className="co-small muted">Paste the posting. Dossier picks out its key terms and shows which of your documents use them.</p>
      <textarea
        className="textarea co-jd"
        aria-label="Job description"
        value={text}
        maxLength={200000}
        onChange={(e) => setText(e.target.value)}
        placeholder="Paste the job description here (English or Chinese)."
      />
      <div className="co-actions">
        <button type="button" className="btn btn-primary btn-sm" disabled={busy || text.trim() === ''} onClick={() => void analyse()}>
          {busy ? 'Reading…' : 'Save and find key terms'}
        </button>
        {error && (
          <span className="co-error co-small" role="alert">
            {error}
          </span>
        )}
      </div>
      {match && (
        <div className="co-jd-result">
          {match.terms.length === 0 ? (
            <p className="muted co-small">No key terms found. Paste the full posting, including the requirements.</p>
          ) : (
            <>
              <h4>
                Not covered by any document <span className="co-count">{uncovered.length}</span>
              </h4>
              {uncovered.length === 0 ? (
                <p className="co-small co-good">Every key term appears in at least one document.</p>
              ) : (
                <ul className="co-terms" data-testid="jd-uncovered">
                  {uncovered.map((t) => (
                    <li key={t.term} className="co-term co-term-missing" title={`Appears ${t.count}× in the posting`}>
                      {t.term}
                    </li>
                  ))}
                </ul>
              )}
              <h4>
                Covered <span className="co-count">{covered.length}</span>
              </h4>
              <ul className="co-term-list">
                {covered.map((t) => (
                  <li key={t.term}>
                    <span className="co-term">{t.term}</span>
                    <span className="co-small muted"> in </span>
                    {t.coveredBy.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ', '}
                        <button type="button" className="co-link co-small" onClick={() => props.onOpenDocument(id)}>
                          {titles.get(id) ?? 'a document'}
                        </button>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
