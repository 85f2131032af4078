// STUB — the templates owner replaces this file. Keep the exported names and signatures.
import type { CoreContext } from '../context';
import type { Template, TemplateProblem } from './types';
import { DossierError } from '../errors';

/** Built-in templates (templates/) plus the workspace's own (templates/ in the workspace), validated. */
export function loadTemplates(_ctx: CoreContext): { templates: Template[]; problems: TemplateProblem[] } {
  return { templates: [], problems: [] };
}

export function getTemplate(ctx: CoreContext, id: string): Template {
  const found = loadTemplates(ctx).templates.find((t) => t.id === id);
  if (!found) throw new DossierError('not-found', `There is no template called “${id}”.`);
  return found;
}
