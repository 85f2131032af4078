// dossier import FILE.md [--workspace DIR] [--company SLUG]
// Adds the Markdown document to the company folder named by --company or its front matter
// (a folder slug, or a profile id: the first folder with that profile, created if none).
import fs from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cliIo';
import { UsageError } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { createCoreContext, defaultWorkspaceDir } from '../../core/openContext';
import type { CoreContext } from '../../core/context';
import { rubricHandlers } from '../../core/handlers/rubricHandlers';
import { parseMarkdown } from '../../core/document/parseMarkdown';
import { readDocumentFile } from '../../core/document/readDocumentFile';
import { loadProfiles } from '../../core/companies/loadProfiles';
import { createSeededCompany } from '../../core/workspace/createSeededCompany';
import { brokenCompanyMessage, brokenCompanyProblem } from '../../core/workspace/brokenCompany';
import { DossierError } from '../../core/errors';

const USAGE = 'dossier import FILE.md [--workspace DIR] [--company SLUG]';

function companySlugFor(ctx: CoreContext, wanted: string): string {
  const companies = ctx.store.listCompanies();
  const bySlug = companies.find((c) => c.slug === wanted);
  if (bySlug) return bySlug.slug;
  const byProfile = companies.find((c) => c.profileId === wanted && !c.archived);
  if (byProfile) return byProfile.slug;
  const broken = brokenCompanyProblem(ctx.store, wanted);
  if (broken) throw new UsageError(brokenCompanyMessage(broken, 'import again. Nothing was imported.'));
  const profile = loadProfiles(ctx.appRoot).profiles.find((p) => p.id === wanted);
  if (profile) return createSeededCompany(ctx, profile.name, profile.id).slug;
  throw new UsageError(`Unknown company “${wanted}”: use a company folder of the workspace (${companies.map((c) => c.slug).join(', ') || 'none yet'}) or a profile id.`);
}

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs('import', args, { workspace: { type: 'string' }, company: { type: 'string' } }, { min: 1, max: 1, usage: USAGE });
  const file = a.positionals[0] ?? '';
  let markdown: string;
  try {
    markdown = readDocumentFile(path.resolve(io.cwd, file), file);
  } catch (err) {
    if (err instanceof DossierError) throw new UsageError(err.message);
    throw err;
  }
  let fmCompany: string | undefined;
  try {
    fmCompany = parseMarkdown(markdown).frontMatter.company;
  } catch (err) {
    if (err instanceof DossierError) throw new UsageError(`${file}: ${err.message}`);
    throw err;
  }
  const wanted = a.strings.company ?? fmCompany;
  if (!wanted) throw new UsageError(`${file}: no company given: add “company:” to the front matter or pass --company SLUG.`);
  const root = a.strings.workspace ? path.resolve(io.cwd, a.strings.workspace) : defaultWorkspaceDir(io.env);
  if (!fs.existsSync(path.join(root, 'workspace.json'))) {
    throw new UsageError(`There is no Dossier workspace at ${root}: run “dossier init --workspace ${root}” first.`);
  }
  const ctx = await createCoreContext({ root, shell: 'cli', appRoot: io.appRoot });
  try {
    const slug = companySlugFor(ctx, wanted);
    const importDoc = rubricHandlers(ctx)['documents.import'];
    if (!importDoc) throw new Error('documents.import is not registered');
    const doc = await importDoc({ company: slug, markdown });
    io.out(`Imported “${doc.title}” (${doc.templateId}) into companies/${slug}/documents/${doc.id}.json\n`);
    if (doc.importNote) io.out(`${doc.importNote}\n`);
    return 0;
  } catch (err) {
    if (err instanceof DossierError && err.code === 'bad-request') throw new UsageError(`${file}: ${err.message}`);
    throw err;
  } finally {
    ctx.store.close();
  }
}
