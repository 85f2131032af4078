// Reads one Markdown file outside any open workspace: parses it, finds its template and its
// company (a profile id, a company folder of a workspace when one is given, or a company's
// everyday name such as "jpmorgan-chase" or "Amex") and the workspace's settings. No rubric: `dossier export` needs only this, and loads the rubric only
// when the workspace has private terms to look for (see checkMarkdownFile for `dossier check`).
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedMarkdown } from '../core/document/types';
import type { Template } from '../core/templates/types';
import type { CompanyFile, WorkspaceSettings } from '../core/workspace/schemas';
import { parseMarkdown } from '../core/document/parseMarkdown';
import { readDocumentFile } from '../core/document/readDocumentFile';
import { findTemplate, loadTemplatesFrom } from '../core/templates/registry';
import { COMPANY_PACKS } from '../core/rubric/companyPacks';
import { loadProfiles } from '../core/companies/loadProfiles';
import { profileIdForCompanyName } from '../core/companies/profileIdForCompanyName';
import { defaultWorkspaceDir } from '../core/workspace/workspaceDir';
import { DossierError } from '../core/errors';
import { brokenCompanyMessage, brokenCompanyProblem } from '../core/workspace/brokenCompany';
import { UsageError } from './cliIo';

export interface CheckFileOptions {
  file: string;
  company?: string | undefined;
  /** Explicit --workspace; else $DOSSIER_WORKSPACE; else the default folder (read when it holds a workspace). */
  workspace?: string | undefined;
  cwd: string;
  env: Record<string, string | undefined>;
  appRoot: string;
}

export interface WorkspaceView {
  root: string;
  settings: WorkspaceSettings | null;
  company: CompanyFile | null;
  slugs: string[];
}

export interface ReadMarkdownFile {
  parsed: ParsedMarkdown;
  template: Template;
  /** --company, else the front matter's company, else null. */
  company: string | null;
  /** The company profile whose rules and bands apply (null: none). */
  profileId: string | null;
  /** The workspace read for this file, if any (settings, the company folder). */
  view: WorkspaceView | null;
}

/**
 * `named`: the --company/front-matter name, refused when it is a company folder whose file cannot
 * be read. The store is loaded only when there is a workspace to read.
 */
async function readWorkspace(root: string, slug: string | null, named: string | null = slug): Promise<WorkspaceView | null> {
  if (!fs.existsSync(path.join(root, 'workspace.json'))) return null;
  const { openWorkspace } = await import('../core/workspace/openWorkspace');
  const store = openWorkspace(root, { readOnly: true, documents: false }); // settings and companies only
  try {
    const slugs = store.listCompanies().map((c) => c.slug);
    const broken = named && !slugs.includes(named) ? brokenCompanyProblem(store, named) : undefined;
    if (broken) throw new UsageError(brokenCompanyMessage(broken, 'try again.'));
    const company = slug && slugs.includes(slug) ? store.getCompany(slug) : null;
    return { root, settings: store.workspace().settings, company, slugs };
  } finally {
    store.close();
  }
}

/**
 * Reads and parses `opts.file` (relative to `opts.cwd`). Throws UsageError with one clear line
 * for a missing or unreadable file, bad front matter, a missing or unknown template, or an
 * unknown company.
 */
export async function readMarkdownFile(opts: CheckFileOptions): Promise<ReadMarkdownFile> {
  const abs = path.resolve(opts.cwd, opts.file);
  let text: string;
  try {
    text = readDocumentFile(abs, opts.file);
  } catch (err) {
    if (err instanceof DossierError) throw new UsageError(err.message);
    throw err;
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
  // The workspace every other command would use: its settings (the private list checked before
  // an export, the rules turned off) apply whatever the file names as its company.
  const root = wsRoot ?? defaultWorkspaceDir(opts.env);
  if (company !== null && COMPANY_PACKS.includes(company)) {
    profileId = company;
    view = await readWorkspace(root, null, company);
  } else if (company !== null) {
    view = await readWorkspace(root, company);
    if (view?.company) {
      profileId = view.company.profileId;
    } else {
      // Not a profile id nor a company folder: a company's everyday name ("jpmorgan-chase", "Amex").
      profileId = profileIdForCompanyName(company, loadProfiles(opts.appRoot).profiles);
      if (profileId === null) {
        const known = view && view.slugs.length > 0 ? `, or a company folder of ${root} (${view.slugs.join(', ')})` : '';
        // A file exported from another workspace names that workspace's folder: say how to reach it.
        throw new UsageError(
          `Unknown company “${company}”: use a profile id (${COMPANY_PACKS.join(', ')})${known}. If “${company}” is a company folder in another workspace, add --workspace DIR (that workspace's folder).`,
        );
      }
    }
  } else {
    view = await readWorkspace(root, null);
  }
  return { parsed, template, company, profileId, view };
}
