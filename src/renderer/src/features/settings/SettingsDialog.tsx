// Workspace settings: the candidate's name for headers, page size, default design, private terms
// checked before every export, and which rules run.
import { useEffect, useState } from 'react';
import type { RuleSummary } from '../../../../shared/api';
import { ruleLabel } from '../../../../shared/ruleLabels';
import { call } from '../../api/client';
import { useAppData } from '../../app/AppData';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { useToast } from '../../ui/Toast';
import { ruleSummary } from './ruleSummary';

/** One term per line; blank lines and duplicates dropped. */
export function parseTerms(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const term = line.trim();
    if (term.length === 0 || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    out.push(term);
  }
  return out;
}

export function SettingsDialog(props: { onClose: () => void }) {
  const { info, setInfo } = useAppData();
  const toast = useToast();
  const settings = info?.settings;
  const [name, setName] = useState(settings?.candidateName ?? '');
  const [pageSize, setPageSize] = useState<'letter' | 'a4'>(settings?.pageSize ?? 'letter');
  const [design, setDesign] = useState<'classic' | 'modern'>(settings?.design ?? 'classic');
  const [terms, setTerms] = useState((settings?.privateTerms ?? []).join('\n'));
  const [disabled, setDisabled] = useState<string[]>(settings?.disabledRules ?? []);
  const [keepVersions, setKeepVersions] = useState(settings?.keepExportVersions ?? false);
  const [findingsLanguage, setFindingsLanguage] = useState<'draft' | 'en' | 'zh'>(settings?.findingsLanguage ?? 'draft');
  const [rules, setRules] = useState<RuleSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call('rubric.rules', {}).then((r) => {
      if (r.ok) setRules(r.data);
    });
  }, []);

  const save = async () => {
    const r = await call('workspace.updateSettings', {
      candidateName: name.trim(),
      pageSize,
      design,
      privateTerms: parseTerms(terms),
      disabledRules: disabled,
      keepExportVersions: keepVersions,
      findingsLanguage,
    });
    if (!r.ok) return setError(r.error.message);
    if (info) setInfo({ ...info, settings: r.data });
    toast.show({ message: 'Settings saved.' });
    props.onClose();
  };

  const ruleIds = [...new Map(rules.map((r) => [r.id, r])).values()];

  return (
    <Modal
      title="Settings"
      wide
      onClose={props.onClose}
      testId="settings-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void save()} data-testid="save-settings">
            Save settings
          </Button>
        </>
      }
    >
      {error ? <p className="field-error">{error}</p> : null}
      <Field label="Your name" hint="Printed in the header of every exported document.">
        {(id) => (
          <input
            id={id}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="candidate-name"
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Page size">
          {(id) => (
            <select
              id={id}
              className="select"
              value={pageSize}
              onChange={(e) => setPageSize(e.target.value === 'a4' ? 'a4' : 'letter')}
            >
              <option value="letter">US Letter</option>
              <option value="a4">A4</option>
            </select>
          )}
        </Field>
        <Field label="Default design">
          {(id) => (
            <select
              id={id}
              className="select"
              value={design}
              onChange={(e) => setDesign(e.target.value === 'modern' ? 'modern' : 'classic')}
            >
              <option value="classic">Classic</option>
              <option value="modern">Modern</option>
            </select>
          )}
        </Field>
      </div>
      <div className="field">
        <label className="rule-toggle">
          <input
            type="checkbox"
            checked={keepVersions}
            onChange={(e) => setKeepVersions(e.target.checked)}
            data-testid="keep-export-versions"
          />
          <span>
            <strong>Keep every export</strong>
            <span className="muted">
              Off: exporting again replaces the file of the same name. On: each export is kept as
              “name (2)”, “name (3)”…
            </span>
          </span>
        </label>
      </div>
      <Field
        label="Findings language"
        hint="The language of the rubric's messages and advice. Following the draft, a document written in Chinese gets its findings in Chinese."
      >
        {(id) => (
          <select
            id={id}
            className="select"
            value={findingsLanguage}
            onChange={(e) => setFindingsLanguage(e.target.value === 'en' || e.target.value === 'zh' ? e.target.value : 'draft')}
            data-testid="findings-language"
          >
            <option value="draft">Follow the draft</option>
            <option value="en">English</option>
            <option value="zh" lang="zh">中文</option>
          </select>
        )}
      </Field>
      <Field
        label="Private terms"
        hint="One per line: your current employer’s codenames, client names, figures that are not public. Dossier flags them as you write and asks before exporting a file that contains one."
      >
        {(id) => (
          <textarea
            id={id}
            className="textarea"
            rows={5}
            value={terms}
            onChange={(e) => setTerms(e.target.value)}
            data-testid="private-terms"
          />
        )}
      </Field>
      <div className="field">
        <span className="field-label">Rules</span>
        <span className="field-hint">
          Turn a rule off for the whole workspace. You can also silence a rule for one document from
          its issues list.
        </span>
        <ul className="rule-list">
          {ruleIds.map((r) => {
            const on = !disabled.includes(r.id);
            return (
              <li key={r.id}>
                <label className="rule-toggle">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      setDisabled(
                        e.target.checked ? disabled.filter((d) => d !== r.id) : [...disabled, r.id],
                      )
                    }
                  />
                  <span>
                    <strong title={`Rule id: ${r.id}`}>{ruleLabel(r.id)}</strong>{}
                    <span className="muted">{ruleSummary(r)}</span>
                    {r.why && ruleSummary(r) !== r.why ? <span className="muted rule-why">{r.why}</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
          {ruleIds.length === 0 ? <li className="muted">Loading rules…</li> : null}
        </ul>
      </div>
    </Modal>
  );
}
