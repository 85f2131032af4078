// The order the template picker lists templates in: what the company folder recommends first
// (the one-page impact brief the empty folder suggests, then the templates its checklist asks
// for, in checklist order), then every other template in its usual order.

/** Recommended template ids for a folder whose checklist is `checklist` (empty without one). */
export function recommendedTemplateIds(checklist: readonly { templateId?: string | undefined }[]): string[] {
  const ids = ['impact-brief', ...checklist.flatMap((item) => (item.templateId ? [item.templateId] : []))];
  return [...new Set(ids)];
}

/** Splits `templates` into the recommended ones (in `recommended` order) and the rest (kept in order). */
export function orderTemplates<T extends { id: string }>(
  templates: readonly T[],
  recommended: readonly string[],
): { recommended: T[]; others: T[] } {
  const byId = new Map(templates.map((t) => [t.id, t]));
  const first = recommended.flatMap((id) => {
    const t = byId.get(id);
    return t ? [t] : [];
  });
  const taken = new Set(first.map((t) => t.id));
  return { recommended: first, others: templates.filter((t) => !taken.has(t.id)) };
}
