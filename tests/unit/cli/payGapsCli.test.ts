// `dossier check memo.md --company wells-fargo` and the app judge pay the same way: a dollar
// bonus, a Wells Fargo bonus between 35 % and the senior 50 %, and a yearly total (the pay gaps
// of the fifth session) get the same findings from the CLI as from checkDocument.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import { createCoreContext } from '../../../src/core/openContext';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import { repoRoot, runCliCaptured } from './runCliCaptured';

const sections = {
  anchor: 'I anchor on AI product roles at Chase, Citi and USAA rather than big-tech pay.',
  base: 'I am looking for $175k–$190k base, inside both published bands.',
  'bonus-equity': 'A bonus of $45k–$50k tied to the loss targets I would own, or a 40%–45% bonus target if it is set as a percent.',
  'sign-on': 'A sign-on of $30k–$40k to replace the unvested stock I would leave behind.',
  close: 'That puts the total package at $360k–$380k a year; if base is fixed by the band, I am glad to balance it through sign-on.',
};
const labels: Record<string, string> = { anchor: 'Anchor', base: 'Base', 'bonus-equity': 'Bonus and equity', 'sign-on': 'Sign-on and relocation', close: 'Close' };

let ctx: CoreContext;
let slug = '';
let dir = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-paygaps-'));
  ctx = await createCoreContext({ root: path.join(dir, 'ws'), shell: 'cli', appRoot: repoRoot });
  slug = createSeededCompany(ctx, 'Wells Fargo', 'wells-fargo').slug;
});
afterAll(() => ctx.store.close());

describe('pay judgement: CLI and app agree', () => {
  it('same comp findings, severities and messages', async () => {
    const md = ['---', 'template: comp-memo', 'title: Pay', '---', ...Object.entries(sections).flatMap(([id, text]) => [`## ${labels[id]}`, '', text, ''])].join('\n');
    const file = path.join(dir, 'memo.md');
    fs.writeFileSync(file, md);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-paygaps-empty-'));
    const r = await runCliCaptured(['check', file, '--company', 'wells-fargo', '--json', '--workspace', empty]);
    expect(r.stderr).toBe('');
    const cli = (JSON.parse(r.stdout) as { findings: { rule: string; severity: string; message: string }[] }).findings;
    const app = checkDocument(ctx, { company: slug, templateId: 'comp-memo', sections, silencedRules: [] }).findings;
    const comp = (f: { rule: string; severity: string; message: string }[]) =>
      f.filter((x) => x.rule.startsWith('comp-')).map((x) => `${x.rule} ${x.severity} ${x.message}`).sort();
    expect(comp(cli)).toEqual(comp(app));
    const messages = comp(cli).join('\n');
    // The dollar bonus, the 35–50 % bonus (a warning, not an error) and the total above the IC figure.
    expect(messages).toMatch(/comp-band warning A bonus of \$45k–\$50k .*your \$175k–\$190k base ask/);
    expect(messages).toMatch(/comp-band warning A bonus of 40%–45% .*senior roles can reach 50% of base or more/);
    expect(messages).toMatch(/comp-band warning A total of \$360k–\$380k a year .*Wells Fargo guide \(Chinese\).*Wells Fargo guide \(English\) gives no total/);
    expect(messages).not.toMatch(/comp-band error/);
  });
});
