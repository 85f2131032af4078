// required-sections: every required template section must be present and hold some text.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';

export const requiredSections = defineKind({
  name: 'required-sections',
  describe: 'Flags each required template section that is missing or empty.',
  params: z.object({}),
  compile: () => null,
  check: (_c, ctx) => {
    const out: RawFinding[] = [];
    for (const def of ctx.template.sections) {
      if (!def.required) continue;
      const section = ctx.sections.find((s) => s.id === def.id);
      if (section && section.words > 0) continue;
      const finding: RawFinding = { section: def.id, start: 0, end: 0, vars: { section: def.label } };
      // A blank section can start from its prompt, kept as a note that export leaves out. Once
      // anything is there (even that note) the fix is not offered again.
      if ((section?.raw.trim() ?? '') === '') {
        finding.fix = { label: `Start ${def.label} from its prompt`, start: 0, end: 0, text: `<!-- ${def.prompt.replace(/--+>?/g, '—')} -->\n` };
      }
      out.push(finding);
    }
    return out;
  },
});
