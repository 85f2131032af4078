// A new document: the template's version and one empty section per template section.
import type { CoreContext } from '../context';
import type { DocumentFile } from './schemas';
import { getTemplate } from '../templates/registry';

export function newDocumentFromTemplate(
  ctx: CoreContext,
  company: string,
  templateId: string,
  title?: string,
  sections: Record<string, string> = {},
): DocumentFile {
  ctx.store.getCompany(company); // not-found / corrupt-file before anything else
  const template = getTemplate(ctx, templateId);
  const filled: Record<string, string> = {};
  for (const section of template.sections) filled[section.id] = sections[section.id] ?? '';
  const at = ctx.now().toISOString();
  return ctx.store.createDocument({
    schemaVersion: 1,
    templateId: template.id,
    templateVersion: template.version,
    title: title?.trim() || template.name,
    company,
    sections: filled,
    tags: [],
    silencedRules: [],
    design: null,
    createdAt: at,
    updatedAt: at,
    history: [],
    rehearsals: [],
  });
}
