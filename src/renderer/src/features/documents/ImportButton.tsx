// Import a Markdown file (front matter + "## Section" headings) as a new document in this folder.
import { useRef, useState } from 'react';
import type { DocumentFile } from '../../../../shared/api';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toast';

export function ImportButton(props: { company: string; onImported: (doc: DocumentFile) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const markdown = await file.text();
    const r = await call('documents.import', { company: props.company, markdown });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!r.ok)
      return void toast.show({ message: r.error.message, tone: 'error', timeoutMs: 10_000 });
    // Headings the import could not place are said plainly, with where their text went.
    const { importNote, ...doc } = r.data;
    toast.show({
      message: `Imported “${doc.title || file.name}”.${importNote ? ` ${importNote}` : ''}`,
      testId: 'import-toast',
      ...(importNote ? { timeoutMs: 20_000 } : {}),
    });
    props.onImported(doc);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        data-testid="import-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <Button
        icon={<Icon name="upload" />}
        disabled={busy}
        onClick={() => input.current?.click()}
        title="Import a Markdown file with front matter and ## section headings"
      >
        {busy ? 'Importing…' : 'Import Markdown'}
      </Button>
    </>
  );
}
