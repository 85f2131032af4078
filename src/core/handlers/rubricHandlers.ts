// Templates, rubric and Markdown interchange operations: templates.list, rubric.rules,
// rubric.check, documents.import, documents.toMarkdown.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import type { RuleSummary } from '../rubric/types';
import { findTemplate, loadTemplates } from '../templates/registry';
import { loadRulePacks } from '../rubric/loadRulePacks';
import { severityNote } from '../rubric/ruleSeverity';
import { checkDataFor, checkDocument } from '../rubric/checkDocument';
import { parseMarkdown } from '../document/parseMarkdown';
import { printMarkdown } from '../document/printMarkdown';
import { unplacedHeadingsNote } from '../document/sectionOrder';
import { DossierError } from '../errors';
import { MAX_SECTIONS, tooManySectionsMessage } from '../document/inputLimits';

/** Every rule of every pack, with whether the workspace has it turned on. */
export function listRules(appRoot: string, disabled: string[]): RuleSummary[] {
  return loadRulePacks(appRoot).rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    severityNote: severityNote(r),
    message: r.message,
    why: r.why,
    pack: r.pack,
    enabled: !disabled.includes(r.id),
  }));
}

export function markdownFileName(title: string, id: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || id}.md`;
}

export function rubricHandlers(ctx: CoreContext): Partial<Handlers> {
  return {
    'templates.list': async () => loadTemplates(ctx),
    'rubric.rules': async () => listRules(ctx.appRoot, ctx.store.workspace().settings.disabledRules),
    'rubric.checkData': async (req) => checkDataFor(ctx, req.company),
    'rubric.check': async (req) => checkDocument(ctx, req),
    'documents.import': async (req) => {
      ctx.store.getCompany(req.company);
      const loaded = loadTemplates(ctx);
      const parsed = parseMarkdown(req.markdown, loaded.templates);
      const templateId = parsed.frontMatter.template;
      if (!templateId) {
        throw new DossierError('bad-request', 'This Markdown file has no “template:” line in its front matter, so Dossier cannot tell which template it follows.');
      }
      const template = findTemplate(loaded, templateId);
      // The editor saves every section with each change, and a save past MAX_SECTIONS is refused:
      // such a file would be stored but could never be edited.
      if (Object.keys(parsed.sections).length > MAX_SECTIONS) throw new DossierError('bad-request', tooManySectionsMessage('This Markdown file'));
      const at = ctx.now().toISOString();
      const title = parsed.frontMatter.title?.trim() || template.name;
      const doc = ctx.store.createDocument({
        schemaVersion: 1,
        templateId: template.id,
        templateVersion: template.version,
        title: title.slice(0, 300),
        company: req.company,
        sections: parsed.sections,
        tags: [],
        silencedRules: parsed.frontMatter.silencedRules ?? [],
        design: null,
        createdAt: at,
        updatedAt: at,
        history: [],
        rehearsals: [],
      });
      const importNote = unplacedHeadingsNote(parsed.sections, template);
      return importNote === null ? doc : { ...doc, importNote };
    },
    'documents.toMarkdown': async (req) => {
      const doc = ctx.store.getDocument(req.company, req.id);
      const loaded = loadTemplates(ctx);
      const template = loaded.templates.find((t) => t.id === doc.templateId) ?? null;
      const company = ctx.store.getCompany(req.company);
      const frontMatter: Record<string, unknown> = {
        template: doc.templateId,
        company: company.profileId ?? company.slug,
        title: doc.title,
      };
      if (doc.silencedRules.length > 0) frontMatter.silencedRules = doc.silencedRules;
      const markdown = printMarkdown({ frontMatter, sections: doc.sections }, template);
      return { markdown, fileName: markdownFileName(doc.title, doc.id) };
    },
  };
}
