// Live print preview: the export HTML in a sandboxed iframe (no scripts, no same-origin), laid out
// at real page width and scaled to fit the panel, refreshed after each save.
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';

/** CSS px the preview is laid out at: the page width plus a little grey on each side. */
export function previewLayoutWidth(pageSize: 'letter' | 'a4'): number {
  return Math.round((pageSize === 'a4' ? 8.27 : 8.5) * 96) + 48;
}

export function PreviewPane(props: {
  company: string;
  id: string;
  design: 'classic' | 'modern';
  revision: number;
}) {
  const [preview, setPreview] = useState<{ html: string; pageSize: 'letter' | 'a4' } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const host = useRef<HTMLDivElement>(null);
  const { company, id, design, revision } = props;

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      void call('export.preview', { company, id, design }).then((r) => {
        if (!live) return;
        if (r.ok) {
          setPreview({ html: r.data.html, pageSize: r.data.pageSize === 'a4' ? 'a4' : 'letter' });
          setError(null);
        } else setError(r.error.message);
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [company, id, design, revision]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const layoutWidth = previewLayoutWidth(preview?.pageSize ?? 'letter');
  const scale = box.width > 0 ? Math.min(1, box.width / layoutWidth) : 1;

  return (
    <div className="preview" ref={host}>
      {error ? <p className="field-error">{error}</p> : null}
      {preview !== null ? (
        <iframe
          className="preview-frame"
          title="Print preview"
          sandbox=""
          srcDoc={preview.html}
          data-testid="preview-frame"
          style={{
            width: `${layoutWidth}px`,
            height: `${Math.max(200, box.height / scale)}px`,
            transform: `scale(${scale})`,
          }}
        />
      ) : (
        <p className="muted preview-loading">Preparing the preview…</p>
      )}
    </div>
  );
}
