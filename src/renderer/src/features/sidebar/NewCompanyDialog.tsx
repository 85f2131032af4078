// Create a company folder: a name and a profile (Wells Fargo, JPMorgan Chase, American Express,
// Fintech scale-up) that brings its interview loop, bands and rules, or a custom company.
import { useEffect, useState } from 'react';
import type { CompanyFile, CompanyProfile } from '../../../../shared/api';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';

function profileBlurb(p: CompanyProfile): string {
  return p.summary || 'Interview loop, compensation bands and rules';
}

export function NewCompanyDialog(props: {
  onClose: () => void;
  onCreated: (company: CompanyFile) => void;
}) {
  const [profiles, setProfiles] = useState<CompanyProfile[]>([]);
  const [profileId, setProfileId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('profiles.list', {}).then((r) => {
      if (r.ok) setProfiles(r.data.profiles);
    });
  }, []);

  const pick = (p: CompanyProfile | null) => {
    setProfileId(p ? p.id : null);
    if (!nameTouched) setName(p ? p.name : '');
  };

  const create = async () => {
    if (name.trim().length === 0) {
      setError('Give the folder a name, for example the company you are interviewing with.');
      return;
    }
    setBusy(true);
    const r = await call('companies.create', { name: name.trim(), profileId });
    setBusy(false);
    if (r.ok) props.onCreated(r.data);
    else setError(r.error.message);
  };

  return (
    <Modal
      title="New company folder"
      onClose={props.onClose}
      testId="new-company-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={() => void create()}
            disabled={busy}
            data-testid="create-company"
          >
            Create folder
          </Button>
        </>
      }
    >
      <div className="field">
        <span className="field-label">Start from</span>
        <div className="choice-grid" role="radiogroup" aria-label="Company profile">
          {profiles.map((p) => (
            <button
              key={p.id}
              type="button"
              role="radio"
              aria-checked={profileId === p.id}
              className="choice"
              data-testid={`profile-${p.id}`}
              onClick={() => pick(p)}
            >
              <strong>{p.name}</strong>
              <span>{profileBlurb(p)}</span>
            </button>
          ))}
          <button
            type="button"
            role="radio"
            aria-checked={profileId === null}
            className="choice"
            data-testid="profile-custom"
            onClick={() => pick(null)}
          >
            <strong>Custom company</strong>
            <span>Start empty and add the loop and bands yourself</span>
          </button>
        </div>
      </div>
      <Field label="Folder name" error={error}>
        {(id) => (
          <input
            id={id}
            className="input"
            value={name}
            data-testid="company-name"
            placeholder="e.g. Wells Fargo — Senior PM, AI Platform"
            onChange={(e) => {
              setName(e.target.value);
              setNameTouched(true);
              setError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && void create()}
          />
        )}
      </Field>
    </Modal>
  );
}
