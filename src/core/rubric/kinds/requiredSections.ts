// required-sections: every required template section must be present and hold some text. When
// the draft has headings that open no section of the template (a Chinese heading the template
// does not know, a typo), an empty required section is most likely written under one of them,
// so those headings are named with the section names they could have been instead of only
// calling the sections "still empty".
import { z } from 'zod';
import { EXTRA_PREFIX } from '../../document/types';
import type { TemplateSection } from '../../templates/types';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';

/** A heading as quoted in a message: “…” with inner whitespace collapsed, cut at 60 characters. */
function quoted(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
}

/** The names a section's heading can take, for a message: its label, then its first alias. */
function headingNames(def: TemplateSection): string {
  const alias = def.aliases?.[0];
  return alias ? `${quoted(def.label)} (${alias})` : quoted(def.label);
}

export const requiredSections = defineKind({
  name: 'required-sections',
  describe: 'Flags each required template section that is missing or empty, and headings that match no section when one is.',
  params: z.object({}),
  compile: () => null,
  check: (_c, ctx) => {
    const out: RawFinding[] = [];
    const unmatched = ctx.sections.filter((s) => s.id.startsWith(EXTRA_PREFIX) && s.words > 0);
    for (const def of ctx.template.sections) {
      if (!def.required) continue;
      const section = ctx.sections.find((s) => s.id === def.id);
      if (section && section.words > 0) continue;
      const finding: RawFinding = { section: def.id, start: 0, end: 0, vars: { section: def.label }, emptySection: 'reports' };
      if (unmatched.length > 0) {
        finding.message = `No heading in this draft opens the section ${quoted(def.label)}, which is required.`;
        finding.suggestion = `Head it “## ${def.label}”${def.aliases?.[0] ? ` or “## ${def.aliases[0]}”` : ''}, or write two or three sentences for it.`;
      }
      // A blank section can start from its prompt, kept as a note that export leaves out. Once
      // anything is there (even that note) the fix is not offered again.
      if ((section?.raw.trim() ?? '') === '') {
        finding.fix = { label: `Start ${quoted(def.label)} from its prompt`, start: 0, end: 0, text: `<!-- ${def.prompt.replace(/--+>?/g, '—')} -->\n` };
      }
      out.push(finding);
    }
    if (out.length === 0) return out;
    const expected = ctx.template.sections.map(headingNames).join(', ');
    for (const s of unmatched) {
      const heading = s.id.slice(EXTRA_PREFIX.length).replace(/~\d+$/, '');
      out.push({
        section: s.id,
        start: 0,
        end: 0,
        severity: 'warning',
        message: `The heading ${quoted(heading)} matches no section of this template; expected one of: ${expected}.`,
        suggestion: 'Rename the heading to one of these section names so its text is checked as that section.',
      });
    }
    return out;
  },
});
