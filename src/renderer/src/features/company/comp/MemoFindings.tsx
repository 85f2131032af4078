// The comp memo's own compensation findings (rubric.check on its saved text), when one exists.
import { useEffect, useState } from 'react';
import type { DocumentSummary, Finding } from '../../../../../shared/api';
import { ruleLabel } from '../../../../../shared/ruleLabels';
import { call } from '../../../api/client';

const COMP_RULES = new Set(['comp-band', 'comp-range', 'comp-benchmark', 'speaking-time']);

export function MemoFindings(props: { company: string; memo: DocumentSummary; refreshKey: string; onOpenDocument: (id: string) => void }) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { company, memo, refreshKey } = props;
  useEffect(() => {
    let live = true;
    void (async () => {
      const doc = await call('documents.get', { company, id: memo.id });
      if (!doc.ok) {
        if (live) setError(doc.error.message);
        return;
      }
      const check = await call('rubric.check', {
        company,
        templateId: doc.data.templateId,
        sections: doc.data.sections,
        silencedRules: doc.data.silencedRules,
      });
      if (!live) return;
      if (check.ok) setFindings(check.data.findings.filter((f) => COMP_RULES.has(f.rule) && !f.silenced));
      else setError(check.error.message);
    })();
    return () => {
      live = false;
    };
  }, [company, memo.id, memo.revision, refreshKey]);

  return (
    <section className="co-memo-findings" data-testid="memo-findings">
      <h3>
        In your memo “
        <button type="button" className="co-link" onClick={() => props.onOpenDocument(memo.id)}>
          {memo.title || 'Compensation memo'}
        </button>
        ”
      </h3>
      {error && <p className="co-small co-error">{error}</p>}
      {findings === null && !error && <p className="co-small muted">Checking…</p>}
      {findings?.length === 0 && <p className="co-small co-good">No compensation issues in the memo.</p>}
      <ul className="co-findings">
        {findings?.map((f) => (
          <li key={`${f.rule}-${f.section}-${f.start}`} className={`co-finding co-sev-${f.severity}`} data-rule={f.rule}>
            <strong title={`Rule id: ${f.rule}`}>{ruleLabel(f.rule)}:</strong> {f.message}
            {f.suggestion && <span className="co-small muted"> {f.suggestion}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
