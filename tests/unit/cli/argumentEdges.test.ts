// CLI argument edge cases (breaker F14): each is one line on stderr and exit 2, and nothing is
// written; `--out -` prints a text export on stdout. Every case ran silently on the old code
// (an empty --workspace meant the default workspace, the last of a repeated option won, "-" was
// a file name).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../workspace/fixtures/tempDir';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { runCliCaptured } from './runCliCaptured';
import { withoutErrorsLeft } from './fixtures/errorsLeft';

afterAll(removeTempDirs);

const DOC = ['---', 'template: impact-brief', 'company: wells-fargo', 'title: Fraud scoring', '---', '## Problem', 'Card fraud losses were 12 bps of volume in 2023.', ''].join('\n');

function setup(): { cwd: string; envWs: string } {
  const cwd = tempDir('dossier-args-');
  fs.writeFileSync(path.join(cwd, 'a.md'), DOC);
  const envWs = path.join(cwd, 'envws');
  openWorkspace(envWs).close();
  return { cwd, envWs };
}

/** Every file under `dir` (relative), to show nothing was written. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith('envws')).sort();
}

describe('refused with one line and exit 2', () => {
  const CASES: [string, string[], RegExp][] = [
    ['an empty --workspace (import)', ['import', 'a.md', '--workspace', ''], /^dossier import: --workspace is empty; it needs a folder/],
    ['an empty --workspace (init)', ['init', '--workspace', ''], /^dossier init: --workspace is empty/],
    ['a blank --workspace=', ['check', 'a.md', '--workspace=  '], /^dossier check: --workspace is empty/],
    ['an empty --workspace (export)', ['export', 'a.md', '--format', 'md', '--out', 'x.md', '--workspace', ''], /^dossier export: --workspace is empty/],
    ['an empty --company', ['check', 'a.md', '--company', ''], /^dossier check: --company is empty; it needs a company profile id/],
    ['an empty --out', ['export', 'a.md', '--format', 'md', '--out', ''], /^dossier export: --out is empty/],
    ['a repeated --format', ['export', 'a.md', '--format', 'docx', '--format', 'pdf', '--out', 'y.docx'], /^dossier export: --format is given more than once; give it once\./],
    ['a repeated --company', ['check', 'a.md', '--company', 'jpmorgan', '--company=wells-fargo'], /^dossier check: --company is given more than once/],
    ['a repeated --json', ['check', 'a.md', '--json', '--json'], /^dossier check: --json is given more than once/],
    ['--format docx with --out x.pdf', ['export', 'a.md', '--format', 'docx', '--out', 'x.pdf'], /^dossier export: --out x\.pdf ends in \.pdf but --format is docx; make them agree \(for example --out x\.docx\)\./],
    ['--out - for a DOCX', ['export', 'a.md', '--format', 'docx', '--out', '-'], /^dossier export: --out - \(standard output\) is for html and md; a DOCX file needs a file name/],
    ['--out - for two files', ['export', 'a.md', 'a.md', '--format', 'md', '--out', '-'], /^dossier export: --out - \(standard output\) takes one Markdown file/],
    ['an empty file name', ['check', ''], /^dossier check: a file name is empty\./],
    ['an unknown option', ['check', 'a.md', '--jsn'], /^dossier check: unknown option --jsn\./],
    ['an option missing its value', ['export', 'a.md', '--format'], /^dossier export: --format needs a value\./],
  ];
  it.each(CASES)('%s', async (_name, args, message) => {
    const { cwd, envWs } = setup();
    const before = filesUnder(cwd);
    const wsBefore = (fs.readdirSync(envWs, { recursive: true }) as string[]).sort();
    const r = await runCliCaptured(args, { cwd, env: { DOSSIER_WORKSPACE: envWs } });
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(filesUnder(cwd)).toEqual(before);
    expect((fs.readdirSync(envWs, { recursive: true }) as string[]).sort()).toEqual(wsBefore);
  });
});

describe('--out - writes a text export on standard output', () => {
  it.each([['md'], ['html']])('%s', async (format) => {
    const { cwd } = setup();
    const before = filesUnder(cwd);
    const r = await runCliCaptured(['export', 'a.md', '--format', format, '--out', '-'], { cwd });
    expect(r.code).toBe(0);
    expect(withoutErrorsLeft(r.stderr)).toBe('');
    expect(r.stdout).toContain('Card fraud losses were 12 bps of volume in 2023.');
    if (format === 'md') expect(r.stdout).toMatch(/^---\ntemplate: impact-brief\n/);
    else expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(filesUnder(cwd)).toEqual(before);
  });

  it('an extension that agrees, or one Dossier does not know, is written as before', async () => {
    const { cwd } = setup();
    for (const out of ['ok.md', 'notes.txt']) {
      const r = await runCliCaptured(['export', 'a.md', '--format', 'md', '--out', out], { cwd });
      expect(r.code).toBe(0);
      expect(fs.existsSync(path.join(cwd, out))).toBe(true);
    }
  });
});
