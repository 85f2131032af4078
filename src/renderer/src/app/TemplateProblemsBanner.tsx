// Template files that could not be loaded, named with the field at fault. The app works without
// them; the candidate can fix the file and reopen the new-document picker.
import { useState } from 'react';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useAppData } from './AppData';

export function TemplateProblemsBanner() {
  const { templateProblems } = useAppData();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || templateProblems.length === 0) return null;
  return (
    <div className="banner banner-warning problems" role="status" data-testid="template-problems">
      <Icon name="warning" size={18} />
      <div className="problems-list">
        <strong>
          {templateProblems.length === 1
            ? 'One template could not be loaded.'
            : `${templateProblems.length} templates could not be loaded.`}{' '}
          Everything else works; fix the file and open “New document” again.
        </strong>
        <ul>
          {templateProblems.map((p, i) => (
            <li key={`${p.file}-${p.field}-${i}`}>
              <code>{p.file}</code>
              {p.field ? (
                <>
                  {' '}
                  (<code>{p.field}</code>)
                </>
              ) : null}{' '}
              — {p.message}
            </li>
          ))}
        </ul>
      </div>
      <Button size="sm" variant="ghost" onClick={() => setDismissed(true)}>
        Dismiss
      </Button>
    </div>
  );
}
