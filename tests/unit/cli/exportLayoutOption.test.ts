// The compact layout from the command line: `--layout compact|normal` (what the over-budget advice
// names), `--compact` as its short form, both in `dossier --help`; and `dossier templates` does not
// double "(optional)" on a label that already says it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured';
import { sectionListing } from '../../../src/cli/commands/templates';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-layout-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const brief = path.join(dir, 'brief.md');
fs.writeFileSync(brief, '---\ntemplate: impact-brief\ntitle: Fraud scoring\n---\n## Problem\n\nLosses grew to $4.1M a year.\n');

async function html(...flags: string[]): Promise<{ code: number; stderr: string; text: string }> {
  const out = path.join(dir, `out-${flags.join('_') || 'plain'}.html`);
  const r = await runCliCaptured(['export', brief, '--format', 'html', '--out', out, ...flags], { cwd: dir });
  return { code: r.code, stderr: r.stderr, text: r.code === 0 ? fs.readFileSync(out, 'utf8') : '' };
}

describe('dossier export --layout', () => {
  it('--layout compact is the same as --compact, and differs from --layout normal', async () => {
    const [normal, plain, compact, short] = await Promise.all([html('--layout', 'normal'), html(), html('--layout', 'compact'), html('--compact')]);
    for (const r of [normal, plain, compact, short]) expect(r.code, r.stderr).toBe(0);
    expect(normal.text).toBe(plain.text);
    expect(compact.text).toBe(short.text);
    expect(compact.text).not.toBe(normal.text);
  });

  it('refuses an unknown layout, or --compact with --layout normal, with one line', async () => {
    const bad = await html('--layout', 'tight');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown layout “tight”; use normal or compact/);
    const both = await html('--layout', 'normal', '--compact');
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is documented in dossier --help', async () => {
    const r = await runCliCaptured(['--help']);
    expect(r.stdout).toContain('--layout normal|compact');
    expect(r.stdout).toContain('--compact');
  });
});

describe('dossier templates', () => {
  it('adds "(optional)" once', async () => {
    expect(sectionListing({ label: 'Fintech framing (optional)', required: false })).toBe('Fintech framing (optional)');
    expect(sectionListing({ label: 'Appendix', required: false })).toBe('Appendix (optional)');
    expect(sectionListing({ label: 'Problem', required: true })).toBe('Problem');
    const r = await runCliCaptured(['templates']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\(optional\)\s*\(optional\)/);
    expect(r.stdout).toContain('Fintech framing (optional)');
  });
});
