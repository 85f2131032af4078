// The rule listing tells the truth about severity: comp-band is a warning that becomes an error
// when the ask is above every published band, in `dossier rules` (text and --json) and in the
// rubric.rules operation the app's settings read. Rules that never change severity have no note.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/cli/commands/rules';
import { listRules } from '../../../src/core/handlers/rubricHandlers';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { severityNote } from '../../../src/core/rubric/ruleSeverity';
import { appRoot, findingsOf } from './ruleHarness';

async function rulesOutput(args: string[]): Promise<string> {
  let out = '';
  const code = await runRules(args, { out: (t) => (out += t), err: () => undefined, cwd: appRoot, env: {}, appRoot });
  expect(code).toBe(0);
  return out;
}

describe('severity notes', () => {
  it('every comp-band rule says it is an error above every band, and that is what it raises', () => {
    const bands = loadRulePacks(appRoot).rules.filter((r) => r.id === 'comp-band');
    expect(bands.length).toBeGreaterThan(1);
    for (const r of bands) expect([r.severity, severityNote(r)]).toEqual(['warning', 'error when the ask is above every published band']);
    const f = findingsOf('comp-band', { text: 'I am asking for a base of $250k–$265k.', template: 'comp-memo', section: 'base', company: 'wells-fargo' });
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
  it('a comp-band rule whose above-every severity is its own has no note', () => {
    expect(severityNote({ kind: 'comp-band', params: { aboveEverySeverity: 'warning' }, severity: 'warning' })).toBeNull();
    expect(severityNote({ kind: 'pattern-absent', params: { patterns: [{ pattern: 'x' }] }, severity: 'warning' })).toBeNull();
  });
  it('dossier rules --json keeps id, kind, severity, why and adds severityNote', async () => {
    const list = JSON.parse(await rulesOutput(['--json'])) as { id: string; kind: string; severity: string; why: string; severityNote: string | null }[];
    const band = list.find((x) => x.id === 'comp-band' && x.severityNote !== null);
    expect(band).toMatchObject({ kind: 'comp-band', severity: 'warning', severityNote: 'error when the ask is above every published band' });
    expect(list.find((x) => x.id === 'quantified-impact')).toMatchObject({ severity: 'error', severityNote: null });
  });
  it('dossier rules (text) and rubric.rules say the same', async () => {
    const text = await rulesOutput([]);
    expect(text).toMatch(/^comp-band\s+warning \(error when the ask is above every published band\) /m);
    expect(text).toMatch(/^quantified-impact\s+error\s{3}\S/m);
    const summary = listRules(appRoot, []).find((r) => r.id === 'comp-band');
    expect(summary?.severityNote).toBe('error when the ask is above every published band');
  });
});
