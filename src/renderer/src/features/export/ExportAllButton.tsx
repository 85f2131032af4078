// "Export all" for a company folder: every document in one format, one toast at the end, with
// the .zip of them all to download (browser) or reveal (desktop).
import { useState } from 'react';
import { call, desktopBridge } from '../../api/client';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';
import { exportDownloadUrl } from './exportOutcome';

export type ExportAllFormat = 'pdf' | 'docx' | 'md';

/** Exports every document of a company folder in one format, with one toast at the end. */
export function useExportAll(): { run: (company: string, format: ExportAllFormat, confirmPrivateTerms?: boolean) => Promise<void>; busy: boolean } {
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const run = async (company: string, format: ExportAllFormat, confirmPrivateTerms = false): Promise<void> => {
    setBusy(true);
    const r = await call('export.company', { company, format, confirmPrivateTerms });
    setBusy(false);
    if (!r.ok) {
      if (r.error.code === 'needs-confirmation') {
        toast.show({
          message: r.error.message,
          timeoutMs: 0,
          actions: [{ label: 'Export anyway', run: () => void run(company, format, true) }],
        });
      } else toast.show({ message: r.error.message, tone: 'error' });
      return;
    }
    const n = r.data.files.length;
    const archive = r.data.archive ?? null;
    const revealTarget = archive?.path ?? r.data.files[0]?.path ?? null;
    const bridge = desktopBridge();
    const notExported =
      r.data.failed.length > 0 ? ` Not exported: ${r.data.failed.map((f) => `“${f.title}” (${f.message})`).join('; ')}` : '';
    toast.show({
      testId: 'export-toast',
      key: `export-all:${company}:${format}`,
      timeoutMs: 15_000,
      message: (
        <>
          Exported {n} document{n === 1 ? '' : 's'} to this folder’s exports
          {archive ? (
            <>
              , with all of them in <strong>{archive.fileName}</strong>
              {bridge ? null : (
                <>
                  {' '}
                  <a href={exportDownloadUrl(company, archive.fileName)} download={archive.fileName} data-testid="export-archive-download">
                    Download .zip
                  </a>
                </>
              )}
            </>
          ) : null}
          .{notExported}
          {r.data.archiveError ? ` ${r.data.archiveError}` : ''}
        </>
      ),
      tone: r.data.failed.length > 0 && n === 0 ? 'error' : 'default',
      actions: bridge && revealTarget ? [{ label: 'Reveal in folder', run: () => void bridge.reveal(revealTarget) }] : [],
    });
  };
  return { run, busy };
}

export function ExportAllButton(props: { company: string }) {
  const [format, setFormat] = useState<ExportAllFormat>('pdf');
  const { run, busy } = useExportAll();

  return (
    <span className="export-all">
      <select
        className="select select-sm"
        aria-label="Format for export all"
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportAllFormat)}
      >
        <option value="pdf">PDF</option>
        <option value="docx">Word (DOCX)</option>
        <option value="md">Markdown</option>
      </select>
      <Button
        icon={<Icon name="download" />}
        disabled={busy}
        onClick={() => void run(props.company, format)}
        data-testid="export-all"
      >
        {busy ? 'Exporting…' : 'Export all'}
      </Button>
    </span>
  );
}
