// Checks one Markdown file outside any open workspace: parses it, finds its template and company
// (a profile id, a company folder of a workspace when one is given, or a company's everyday name
// such as "jpmorgan-chase" or "Amex"), and runs the rubric.
// Used by `dossier check` and available to `dossier export` (confidentiality before export).
import fs from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../core/rubric/types';
import type { ParsedMarkdown } from '../core/document/types';
import type { Template } from '../core/templates/types';
import type { CompanyFile, WorkspaceSettings } from '../core/workspace/schemas';
import { parseMarkdown } from '../core/document/parseMarkdown';
import { findTemplate, loadTemplatesFrom } from '../core/templates/registry';
import { COMPANY_PACKS, loadRulePacks, selectRules } from '../core/rubric/loadRulePacks';
import { checkText } from '../core/rubric/checkText';
import { companyBands } from '../core/rubric/companyBands';
import { findProfile, loadProfiles } from '../core/companies/loadProfiles';
import { profileIdForCompanyName } from '../core/companies/profileIdForCompanyName';
import { openWorkspace, defaultWorkspaceDir } from '../core/workspace/openWorkspace';
import { DossierError } from '../core/errors';
import { UsageError } from './cliIo';

export interface CheckedFile {
  parsed: ParsedMarkdown;
  template: Template;
  company: string | null;
  result: CheckResult;
  /** Finding line numbers translated to lines of the file. */
  fileLines: number[];
  /** The workspace's settings when one was read (private terms, disabled rules). */
  settings: WorkspaceSettings | null;
}

export interface CheckFileOptions {
  file: string;
  company?: string | undefined;
  /** Explicit --workspace; else $DOSSIER_WORKSPACE; else the default folder, only for a company slug. */
  workspace?: string | undefined;
  cwd: string;
  env: Record<string, string | undefined>;
  appRoot: string;
}

interface WorkspaceView {
  root: string;
  settings: WorkspaceSettings | null;
  company: CompanyFile | null;
  slugs: string[];
}

function readWorkspace(root: string, slug: string | null): WorkspaceView | null {
  if (!fs.existsSync(path.join(root, 'workspace.json'))) return null;
  const store = openWorkspace(root, { readOnly: true });
  try {
    const slugs = store.listCompanies().map((c) => c.slug);
    const company = slug && slugs.includes(slug) ? store.getCompany(slug) : null;
    return { root, settings: store.workspace().settings, company, slugs };
  } finally {
    store.close();
  }
}

export function checkMarkdownFile(opts: CheckFileOptions): CheckedFile {
  const abs = path.resolve(opts.cwd, opts.file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${opts.file}: no such file.` : `${opts.file}: cannot be read (${code ?? 'error'}).`);
  }

  const explicitWs = opts.workspace ?? opts.env.DOSSIER_WORKSPACE;
  const wsRoot = explicitWs ? path.resolve(opts.cwd, explicitWs) : null;
  const loaded = loadTemplatesFrom(opts.appRoot, wsRoot);

  let parsed: ParsedMarkdown;
  try {
    parsed = parseMarkdown(text, loaded.templates);
  } catch (err) {
    if (err instanceof DossierError) throw new UsageError(`${opts.file}: ${err.message}`);
    throw err;
  }
  const templateId = parsed.frontMatter.template;
  if (!templateId) throw new UsageError(`${opts.file}: the front matter has no “template:” line (for example “template: impact-brief”).`);
  let template: Template;
  try {
    template = findTemplate(loaded, templateId);
  } catch (err) {
    throw new UsageError(`${opts.file}: ${err instanceof Error ? err.message : String(err)}`);
  }

  const company = opts.company ?? parsed.frontMatter.company ?? null;
  let profileId: string | null = null;
  let view: WorkspaceView | null = null;
  if (company !== null && COMPANY_PACKS.includes(company)) {
    profileId = company;
    if (wsRoot) view = readWorkspace(wsRoot, null);
  } else if (company !== null) {
    const root = wsRoot ?? defaultWorkspaceDir(opts.env);
    view = readWorkspace(root, company);
    if (view?.company) {
      profileId = view.company.profileId;
    } else {
      // Not a profile id nor a company folder: a company's everyday name ("jpmorgan-chase", "Amex").
      profileId = profileIdForCompanyName(company, loadProfiles(opts.appRoot).profiles);
      if (profileId === null) {
        const known = view && view.slugs.length > 0 ? `, or a company folder of ${root} (${view.slugs.join(', ')})` : '';
        throw new UsageError(`Unknown company “${company}”: use a profile id (${COMPANY_PACKS.join(', ')})${known}.`);
      }
    }
  } else if (wsRoot) {
    view = readWorkspace(wsRoot, null);
  }

  const rules = selectRules(loadRulePacks(opts.appRoot).rules, template, profileId);
  const result = checkText({
    template,
    sections: parsed.sections,
    rules,
    bands: companyBands(findProfile(opts.appRoot, profileId), view?.company ?? null),
    privateTerms: view?.settings?.privateTerms ?? [],
    disabled: view?.settings?.disabledRules ?? [],
    silenced: parsed.frontMatter.silencedRules ?? [],
    company,
  });
  const fileLines = result.findings.map((f) => {
    const start = f.section === null ? 0 : (parsed.bodyLines[f.section] ?? 0);
    return start > 0 ? start + f.line - 1 : 1;
  });
  return { parsed, template, company, result, fileLines, settings: view?.settings ?? null };
}
