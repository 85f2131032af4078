// Live print preview: the export HTML in a sandboxed iframe (no scripts, no same-origin), refreshed
// after each save, with the design switcher.
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export function PreviewPane(props: {
  company: string;
  id: string;
  design: 'classic' | 'modern';
  revision: number;
}) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { company, id, design, revision } = props;

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      void call('export.preview', { company, id, design }).then((r) => {
        if (!live) return;
        if (r.ok) {
          setHtml(r.data.html);
          setError(null);
        } else setError(r.error.message);
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [company, id, design, revision]);

  return (
    <div className="preview">
      {error ? <p className="field-error">{error}</p> : null}
      {html !== null ? (
        <iframe
          className="preview-frame"
          title="Print preview"
          sandbox=""
          srcDoc={html}
          data-testid="preview-frame"
        />
      ) : (
        <p className="muted preview-loading">Preparing the preview…</p>
      )}
    </div>
  );
}
