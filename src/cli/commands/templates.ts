// dossier templates [--json]: every template with its sections.
import type { CliIo } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { loadTemplatesFrom } from '../../core/templates/registry';

/** A section as listed: its label, with "(optional)" added unless the label already says so. */
export function sectionListing(s: { label: string; required: boolean }): string {
  return s.required || /\boptional\b/i.test(s.label) ? s.label : `${s.label} (optional)`;
}

export async function runTemplates(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs('templates', args, { json: { type: 'boolean' } }, { min: 0, max: 0, usage: 'dossier templates [--json]' });
  const { templates, problems } = loadTemplatesFrom(io.appRoot, null);
  if (a.booleans.json) {
    const json = templates.map((t) => ({
      id: t.id,
      name: t.name,
      purpose: t.purpose,
      wordBudget: t.wordBudget,
      speakingSeconds: t.speakingSeconds,
      sections: t.sections.map((s) => ({ id: s.id, label: s.label, required: s.required })),
    }));
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const t of templates) {
      const budget = t.spoken && t.speakingSeconds ? `${t.speakingSeconds} s spoken` : `${t.wordBudget} words`;
      io.out(`${t.id.padEnd(22)} ${t.name} (${budget})\n`);
      io.out(`${' '.repeat(23)}${t.sections.map(sectionListing).join(' · ')}\n`);
    }
  }
  for (const p of problems) io.err(`${p.file}: ${p.field}: ${p.message}\n`);
  return 0;
}
