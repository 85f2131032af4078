// The export flow shared by the editor and the document list: run export.document, ask before
// exporting private terms, report a one-page overrun (offering a tighter layout), and confirm
// with a toast that links to the file.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ExportFormat, Finding } from '../../../../shared/api';
import { call, desktopBridge } from '../../api/client';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { useToast } from '../../ui/Toast';
import type { ToastAction } from '../../ui/Toast';
import {
  acknowledge,
  confirmationFindings,
  describeOverBudget,
  exportDownloadUrl,
  isAcknowledged,
  readinessReview,
  readOverBudget,
} from './exportOutcome';
import type { OverBudget, ReadinessReview } from './exportOutcome';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface ExportRequest {
  company: string;
  id: string;
  format: ExportFormat;
  design?: 'classic' | 'modern';
  compact?: boolean;
  confirmPrivateTerms?: boolean;
}

const formatName: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  md: 'Markdown',
  html: 'HTML',
};

export function useExporter(
  hooks: {
    /** Called before each export request (the document's autosave pauses). */
    onStart?: () => void;
    /** Called after each export request, with whether a file was written. */
    onDone?: (exported: boolean) => void;
  } = {},
): {
  run: (req: ExportRequest) => Promise<boolean>;
  busy: ExportFormat | null;
  dialogs: ReactNode;
} {
  const toast = useToast();
  const hooksRef = useRef(hooks);
  useEffect(() => {
    hooksRef.current = hooks;
  });
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [confirm, setConfirm] = useState<{
    req: ExportRequest;
    findings: Finding[];
    message: string;
  } | null>(null);
  const [review, setReview] = useState<{
    req: ExportRequest;
    review: ReadinessReview;
    message: string;
  } | null>(null);
  const [over, setOver] = useState<{
    req: ExportRequest;
    over: OverBudget;
    fileName: string;
  } | null>(null);

  const run = useCallback(
    async (req: ExportRequest): Promise<boolean> => {
      setBusy(req.format);
      hooksRef.current.onStart?.();
      // Not ready (error-level findings, empty required sections)? Asked until "Export anyway",
      // remembered in this origin's local storage (a new browser profile or port asks again, so
      // the dialog promises nothing about it).
      const askFirst = !isAcknowledged(localStore(), req.company, req.id);
      const r = await call('export.document', { ...req, askFirst });
      setBusy(null);
      hooksRef.current.onDone?.(r.ok);
      if (!r.ok) {
        const notReady = r.error.code === 'needs-confirmation' ? readinessReview(r.error.details) : null;
        if (notReady) {
          setReview({ req, review: notReady, message: r.error.message });
        } else if (r.error.code === 'needs-confirmation') {
          setConfirm({
            req,
            findings: confirmationFindings(r.error.details),
            message: r.error.message,
          });
        } else {
          toast.show({ message: r.error.message, tone: 'error', timeoutMs: 10_000 });
        }
        return false;
      }
      const { fileName, path } = r.data;
      const bridge = desktopBridge();
      const actions: ToastAction[] = bridge
        ? [
            { label: 'Reveal in folder', run: () => void bridge.reveal(path) },
            { label: 'Open', run: () => void bridge.openPath(path) },
          ]
        : [];
      toast.show({
        testId: 'export-toast',
        // A re-export of the same document and format (the tighter layout) replaces its toast.
        key: `export:${req.company}/${req.id}:${req.format}`,
        timeoutMs: 12_000,
        actions,
        message: (
          <>
            Exported {formatName[req.format]}: <strong>{fileName}</strong>
            {bridge ? null : (
              <>
                {' '}
                <a
                  href={exportDownloadUrl(req.company, fileName)}
                  download={fileName}
                  data-testid="export-download"
                >
                  Download
                </a>
              </>
            )}
            {r.data.snapshotNote ? <> {r.data.snapshotNote}</> : null}
          </>
        ),
      });
      const overBudget = readOverBudget(r.data);
      if (overBudget && !req.compact) setOver({ req, over: overBudget, fileName });
      return true;
    },
    [toast],
  );

  const dialogs = (
    <>
      {review ? (
        <Modal
          title="Not ready to send yet"
          onClose={() => setReview(null)}
          testId="confirm-not-ready"
          footer={
            <>
              <Button variant="ghost" onClick={() => setReview(null)}>
                Go back and fix
              </Button>
              <Button
                variant="primary"
                data-testid="export-anyway-not-ready"
                onClick={() => {
                  const req = review.req;
                  setReview(null);
                  acknowledge(localStore(), req.company, req.id);
                  void run(req);
                }}
              >
                Export anyway
              </Button>
            </>
          }
        >
          <p>{review.message}</p>
          <ul className="confirm-list">
            {review.review.emptySections.map((s) => (
              <li key={`empty-${s.id}`}>
                <strong>{s.label}</strong>
                <span className="muted"> — empty, and the template needs it</span>
              </li>
            ))}
            {review.review.missingGlyphs.map((g) => (
              <li key={`glyph-${g.char}`}>
                <strong>{g.char}</strong>
                <span className="muted">
                  {' '}
                  — in {g.where}: the export fonts have no glyph for it, so it may print as an empty
                  box. Use words instead.
                </span>
              </li>
            ))}
            {review.review.findings.slice(0, 8).map((f, i) => (
              <li key={i}>
                <strong>{f.message}</strong>
                {f.excerpt ? <span className="muted"> — “{f.excerpt}”</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted">
            Drafts are fine to export; just check before you send one.
          </p>
        </Modal>
      ) : null}
      {confirm ? (
        <Modal
          title="Private terms in this document"
          onClose={() => setConfirm(null)}
          testId="confirm-private-terms"
          footer={
            <>
              <Button variant="ghost" onClick={() => setConfirm(null)}>
                Go back and edit
              </Button>
              <Button
                variant="danger"
                data-testid="export-anyway"
                onClick={() => {
                  const req = confirm.req;
                  setConfirm(null);
                  void run({ ...req, confirmPrivateTerms: true });
                }}
              >
                Export anyway
              </Button>
            </>
          }
        >
          <p>{confirm.message}</p>
          <ul className="confirm-list">
            {confirm.findings.map((f, i) => (
              <li key={i}>
                <strong>{f.excerpt || f.message}</strong>
                {f.excerpt ? <span className="muted"> — {f.message}</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted">
            Terms come from your private list in Settings; other details are figures or facts your
            text calls internal, unreleased or confidential. Exported files leave Dossier, so check
            them before sharing.
          </p>
        </Modal>
      ) : null}
      {over ? (
        <Modal
          title={over.over.shrunk ? 'Too wide for the page' : 'Over one page'}
          onClose={() => setOver(null)}
          testId="over-budget"
          footer={
            <>
              <Button variant="ghost" onClick={() => setOver(null)}>
                Keep as is
              </Button>
              {over.over.compactAvailable ? (
                <Button
                  variant="primary"
                  data-testid="use-compact"
                  onClick={() => {
                    const req = over.req;
                    setOver(null);
                    void run({ ...req, compact: true });
                  }}
                >
                  Use tighter layout
                </Button>
              ) : null}
            </>
          }
        >
          <p>
            {over.over.shrunk
              ? `“${over.fileName}” was saved, but something on it is wider than the page, so it would print smaller than full size.`
              : `“${over.fileName}” was saved, but it does not fit on one page${over.over.pages !== null ? ` (it runs to ${over.over.pages} pages)` : ''}.`}
          </p>
          <p data-testid="over-budget-detail">
            {over.over.suggestion ?? describeOverBudget(over.over)}
          </p>
          {over.over.compactAvailable ? (
            <p className="muted">
              A tighter layout trims spacing and margins (the text stays at least 10 pt). Cutting
              words is usually the stronger fix.
            </p>
          ) : null}
        </Modal>
      ) : null}
    </>
  );

  return { run, busy, dialogs };
}
