// Files Dossier could not read (corrupt or invalid). They are never overwritten; restore the last
// good backup with one click.
import { call } from '../api/client';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useToast } from '../ui/Toast';
import { useAppData } from './AppData';
import { savedAgo } from '../../../shared/savedAgo';

export function ProblemsBanner(props: { onRestored: () => void }) {
  const { info, setInfo } = useAppData();
  const toast = useToast();
  const problems = info?.problems ?? [];
  if (problems.length === 0) return null;

  const restore = async (file: string) => {
    const r = await call('workspace.restoreBackup', { file });
    if (!r.ok) return toast.show({ message: r.error.message, tone: 'error' });
    setInfo(r.data);
    toast.show({ message: `Restored ${file} from its last good backup.` });
    props.onRestored();
  };

  return (
    <div className="banner banner-error problems" role="alert" data-testid="problems-banner">
      <Icon name="warning" size={18} />
      <div className="problems-list">
        <strong>
          {problems.length === 1
            ? 'One file could not be read.'
            : `${problems.length} files could not be read.`}{' '}
          Dossier has not changed
          {problems.length === 1 ? ' it' : ' them'}.
        </strong>
        <ul>
          {problems.map((p) => (
            <li key={p.file}>
              <code>{p.file}</code> — {p.message}{' '}
              {p.backup ? (
                <>
                  <Button size="sm" onClick={() => void restore(p.file)} data-testid="restore-backup">
                    Restore last good backup
                  </Button>
                  {p.backupSavedAt ? <span className="muted"> the version saved {savedAgo(p.backupSavedAt, new Date())}</span> : null}
                </>
              ) : (
                <span className="muted">
                  No good backup was found; fix the file by hand or remove it.
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
