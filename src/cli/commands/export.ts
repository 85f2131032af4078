// dossier export FILE.md --format docx|pdf|html|md --out PATH [--company SLUG]
//   [--workspace DIR] [--design classic|modern] [--compact] [--confirm-private-terms]
// Exit 0 written; 2 bad input, an unwritable path, private terms not confirmed, or no Chromium
// (one clear line on stderr). An over-budget PDF is written and reported on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CliIo } from '../cliIo';
import { UsageError } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { checkMarkdownFile } from '../checkMarkdownFile';
import { privateTermsInTitle } from '../../core/export/privateTermGate';
import { buildExport } from '../../core/export/buildExport';
import type { BuildFormat } from '../../core/export/buildExport';
import { exportFileName } from '../../core/export/exportFileName';
import { isoDay } from '../../core/export/exportMeta';
import { openWorkspace, defaultWorkspaceDir } from '../../core/workspace/openWorkspace';
import { findProfile } from '../../core/companies/loadProfiles';
import type { DesignId, PageSize, WorkspaceSettings } from '../../core/workspace/schemas';
import { DossierError } from '../../core/errors';
import { createChromiumPrinter } from '../../node/chromiumPrinter';

const USAGE = 'dossier export FILE.md --format docx|pdf|html|md --out PATH [--company SLUG]';
const FORMATS: BuildFormat[] = ['docx', 'pdf', 'html', 'md'];
const DESIGNS: DesignId[] = ['classic', 'modern'];

interface WorkspaceBits {
  settings: WorkspaceSettings | null;
  companyName: string | null;
}

/** Candidate name, paper, design and the company's display name from the workspace, if there is one. */
function readWorkspaceBits(root: string, company: string | null): WorkspaceBits {
  if (!fs.existsSync(path.join(root, 'workspace.json'))) return { settings: null, companyName: null };
  try {
    const store = openWorkspace(root, { readOnly: true });
    try {
      const found = company ? store.listCompanies().find((c) => c.slug === company) : undefined;
      return { settings: store.workspace().settings, companyName: found?.name ?? null };
    } finally {
      store.close();
    }
  } catch {
    return { settings: null, companyName: null };
  }
}

function errnoWhy(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOTDIR') return 'part of the path is not a folder';
  return code || 'it could not be written';
}

/** Writes through a temp file in the same folder, then renames: never a half-written file. */
function writeOut(target: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs(
    'export',
    args,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      company: { type: 'string' },
      workspace: { type: 'string' },
      design: { type: 'string' },
      compact: { type: 'boolean' },
      'confirm-private-terms': { type: 'boolean' },
    },
    { min: 1, max: 1, usage: USAGE },
  );
  const format = a.strings.format;
  if (format === undefined) throw new UsageError(`dossier export: --format is required (docx, pdf, html or md). Usage: ${USAGE}`);
  if (!FORMATS.includes(format as BuildFormat)) {
    throw new UsageError(`dossier export: unknown format “${format}”; use docx, pdf, html or md.`);
  }
  const out = a.strings.out;
  if (out === undefined || out.trim() === '') throw new UsageError(`dossier export: --out PATH is required. Usage: ${USAGE}`);
  const design = a.strings.design;
  if (design !== undefined && !DESIGNS.includes(design as DesignId)) {
    throw new UsageError(`dossier export: unknown design “${design}”; use classic or modern.`);
  }

  const file = a.positionals[0] ?? '';
  const checked = checkMarkdownFile({ file, company: a.strings.company, workspace: a.strings.workspace, cwd: io.cwd, env: io.env, appRoot: io.appRoot });
  const privateTerms = [
    ...privateTermsInTitle({
      appRoot: io.appRoot,
      title: checked.parsed.frontMatter.title ?? '',
      privateTerms: checked.settings?.privateTerms ?? [],
      disabledRules: checked.settings?.disabledRules ?? [],
    }),
    ...checked.result.findings.filter((f) => f.rule === 'confidentiality'),
  ];
  if (privateTerms.length > 0 && !a.booleans['confirm-private-terms']) {
    const terms = [...new Set(privateTerms.map((f) => `“${f.excerpt}”`))].slice(0, 5).join(', ');
    throw new UsageError(
      `dossier export: ${file} mentions terms from your private list (${terms}). Check they are safe to share, then add --confirm-private-terms to export anyway.`,
    );
  }

  const explicitWs = a.strings.workspace ?? io.env.DOSSIER_WORKSPACE;
  const wsRoot = explicitWs ? path.resolve(io.cwd, explicitWs) : defaultWorkspaceDir(io.env);
  const ws = readWorkspaceBits(wsRoot, checked.company);
  const profileName = checked.company ? (findProfile(io.appRoot, checked.company)?.name ?? null) : null;
  const pageSize: PageSize = ws.settings?.pageSize ?? 'letter';
  const fm = checked.parsed.frontMatter;
  const date = isoDay(new Date());

  let target = path.resolve(io.cwd, out);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    target = path.join(target, exportFileName(checked.template.name, fm.title ?? '', date, format));
  }

  const printer = format === 'pdf' ? createChromiumPrinter({ env: io.env }) : null;
  try {
    const built = await buildExport({
      doc: { title: fm.title ?? '', sections: checked.parsed.sections, templateId: checked.template.id, company: checked.company ?? '' },
      template: checked.template,
      meta: {
        candidateName: ws.settings?.candidateName ?? '',
        companyName: ws.companyName ?? profileName ?? '',
        date,
        pageSize,
      },
      format: format as BuildFormat,
      design: (design as DesignId | undefined) ?? ws.settings?.design ?? checked.template.exportLayout.design,
      compact: a.booleans.compact ?? false,
      printer,
    });
    try {
      writeOut(target, built.bytes);
    } catch (err) {
      throw new UsageError(`dossier export: cannot write ${out}: ${errnoWhy(err)}.`);
    }
    const pages = built.pages !== undefined ? ` (${built.pages} page${built.pages === 1 ? '' : 's'})` : '';
    io.out(`Wrote ${path.relative(io.cwd, target) || target}${pages}\n`);
    if (built.overBudget) io.err(`Over the page budget: ${built.overBudget.suggestion}\n`);
    return 0;
  } catch (err) {
    if (err instanceof DossierError) throw new UsageError(`dossier export: ${err.message}`);
    throw err;
  } finally {
    await printer?.close();
  }
}
