// A new document: the template's version and one section per template section (empty unless
// given), used by documents.create and the first-run sample.
import type { CoreContext } from '../context';
import type { Competency, DocumentFile } from './schemas';
import { getTemplate } from '../templates/registry';

export function newDocumentFromTemplate(
  ctx: CoreContext,
  company: string,
  templateId: string,
  opts: { title?: string; sections?: Record<string, string>; tags?: Competency[] } = {},
): DocumentFile {
  const sections = opts.sections ?? {};
  ctx.store.getCompany(company); // not-found / corrupt-file before anything else
  const template = getTemplate(ctx, templateId);
  const filled: Record<string, string> = {};
  for (const section of template.sections) filled[section.id] = sections[section.id] ?? '';
  const at = ctx.now().toISOString();
  return ctx.store.createDocument({
    schemaVersion: 1,
    templateId: template.id,
    templateVersion: template.version,
    title: opts.title?.trim() || template.name,
    company,
    sections: filled,
    tags: opts.tags ?? [],
    silencedRules: [],
    design: null,
    createdAt: at,
    updatedAt: at,
    history: [],
    rehearsals: [],
  });
}
