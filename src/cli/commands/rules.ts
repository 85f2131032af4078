// dossier rules [--json]: every rubric rule, its kind, severity (with when its findings can be more
// severe, e.g. comp-band's error above every published band) and the signal it protects.
import type { CliIo } from '../cliIo';
import { parseCliArgs } from '../parseCliArgs';
import { describePackProblem, loadRulePacks } from '../../core/rubric/loadRulePacks';
import { severityNote } from '../../core/rubric/ruleSeverity';

export async function runRules(args: string[], io: CliIo): Promise<number> {
  const a = parseCliArgs('rules', args, { json: { type: 'boolean' } }, { min: 0, max: 0, usage: 'dossier rules [--json]' });
  const { rules, problems } = loadRulePacks(io.appRoot);
  if (a.booleans.json) {
    const json = rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      severity: r.severity,
      severityNote: severityNote(r),
      why: r.why,
      pack: r.pack,
      templates: r.appliesTo.templates ?? null,
      companies: r.appliesTo.companies ?? null,
    }));
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const r of rules) {
      const scope = r.pack === 'core' ? '' : ` (${r.pack})`;
      const note = severityNote(r);
      const severity = note ? `${r.severity} (${note}) ` : r.severity.padEnd(8);
      io.out(`${r.id.padEnd(24)} ${severity}${r.why}${scope}\n`);
    }
  }
  for (const p of problems) io.err(`${describePackProblem(p)}\n`);
  return 0;
}
