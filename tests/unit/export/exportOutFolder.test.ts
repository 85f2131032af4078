// dossier export DIR --out OUTDIR (newcomer trial, item 7a): a missing --out folder is created
// when the folder it goes in exists; otherwise one plain line names what is missing and nothing
// is written. Links and files at the --out name are still refused, not replaced.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { removeTempDirs, tempDir } from './fixtures/tools';
import { withoutErrorsLeft } from '../cli/fixtures/errorsLeft';

afterAll(removeTempDirs);
const appRoot = path.resolve(import.meta.dirname, '../../..');
const DRAFT = '---\ntemplate: impact-brief\n---\n## Problem\n\nFraud losses reached $4.1M a year.\n';

async function exportIn(cwd: string, args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['export', '--format', 'md', ...args], {
    out: (t) => (out += t), err: (t) => (err += t), cwd, env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: tempDir('dossier-ws-') }, appRoot,
  });
  return { code, out, err };
}

function drafts(): string {
  const cwd = tempDir();
  fs.mkdirSync(path.join(cwd, 'final'));
  fs.writeFileSync(path.join(cwd, 'final', 'a.md'), DRAFT);
  fs.writeFileSync(path.join(cwd, 'final', 'b.md'), DRAFT);
  return cwd;
}

describe('dossier export --out a folder that is not there yet', () => {
  it('creates it when its parent exists, for a folder of drafts', async () => {
    const cwd = drafts();
    const r = await exportIn(cwd, ['final', '--out', 'exports']);
    expect(withoutErrorsLeft(r.err)).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'exports')).sort()).toEqual(['a.md', 'b.md']);
  });
  it('creates it for one draft when the name ends in a slash', async () => {
    const cwd = drafts();
    const r = await exportIn(cwd, ['final/a.md', '--out', 'exports/']);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'exports')).length).toBe(1);
  });
  it('says plainly which folder is missing when the parent is not there either, and writes nothing', async () => {
    const cwd = drafts();
    const r = await exportIn(cwd, ['final', '--out', path.join('nowhere', 'exports')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      `dossier export: cannot create the folder ${path.join('nowhere', 'exports')}: the folder nowhere it would go in does not exist. Create it first, or choose another --out. Nothing was changed.`,
    ]);
    expect(fs.existsSync(path.join(cwd, 'nowhere'))).toBe(false);
  });
  it.each([
    ['a file', (p: string) => fs.writeFileSync(p, 'keep me')],
    ['a pipe (FIFO)', (p: string) => execFileSync('mkfifo', [p])],
  ])('names the --out folder\'s parent when it is %s, and writes nothing', async (_kind, make) => {
    const cwd = drafts();
    make(path.join(cwd, 'taken'));
    const r = await exportIn(cwd, ['final', '--out', path.join('taken', 'exports')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      `dossier export: cannot create the folder ${path.join('taken', 'exports')}: taken, where it would go, is not a folder. Choose another --out. Nothing was changed.`,
    ]);
  });
  it('does not replace a file or a dangling link at the --out name', async () => {
    const cwd = drafts();
    fs.writeFileSync(path.join(cwd, 'exports'), 'keep me');
    const file = await exportIn(cwd, ['final', '--out', 'exports']);
    expect(file.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, 'exports'), 'utf8')).toBe('keep me');
    fs.symlinkSync(path.join(cwd, 'gone'), path.join(cwd, 'linked'));
    const link = await exportIn(cwd, ['final', '--out', 'linked']);
    expect(link.code).toBe(2);
    expect(fs.lstatSync(path.join(cwd, 'linked')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(cwd, 'gone'))).toBe(false);
  });
});
