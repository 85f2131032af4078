// `dossier export` end to end through runCli (exit codes, one-line errors) on real files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { findChromium } from '../../../src/node/chromiumPrinter';
import { has, hasPythonDocx, pdfInfo, readDocx, removeTempDirs, tempDir } from './fixtures/tools';
import { withoutErrorsLeft } from '../cli/fixtures/errorsLeft';

afterAll(removeTempDirs);

const appRoot = path.resolve(import.meta.dirname, '../../..');

const BRIEF = `---
template: impact-brief
company: american-express
title: Real-time card fraud scoring
---
## Problem

Card-not-present fraud losses had grown to **$4.1M a year** on the Falcon debit portfolio.

## Decisions I owned

- Moved scoring to the authorization path with a 45 ms p99 budget.
- Kept the rules engine as the fallback.

## Outcome

Cut fraud losses from $4.1M to $2.9M a year (six months, confirmed by finance).
`;

async function run(args: string[], env: Record<string, string | undefined> = {}, setup?: (cwd: string) => void) {
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, 'brief.md'), BRIEF);
  setup?.(cwd);
  let out = '';
  let err = '';
  const code = await runCli(['export', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
    env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: tempDir('dossier-ws-'), ...env },
    appRoot,
  });
  return { code, out, err, cwd };
}

describe('dossier export', () => {
  it.skipIf(!hasPythonDocx())('writes a DOCX to --out', async () => {
    const r = await run(['brief.md', '--format', 'docx', '--out', 'brief.docx']);
    expect(withoutErrorsLeft(r.err)).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Wrote brief.docx\n');
    const d = readDocx(fs.readFileSync(path.join(r.cwd, 'brief.docx')));
    expect(d.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)).toEqual(['Problem', 'Decisions I owned', 'Outcome']);
    expect(d.headers[0]).toContain('American Express');
  });

  it('writes Markdown and HTML', async () => {
    const md = await run(['brief.md', '--format', 'md', '--out', 'copy.md']);
    expect(md.code).toBe(0);
    const text = fs.readFileSync(path.join(md.cwd, 'copy.md'), 'utf8');
    expect(text).toContain('template: impact-brief');
    expect(text).toContain('## Decisions I owned');
    const html = await run(['brief.md', '--format', 'html', '--out', 'brief.html']);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(path.join(html.cwd, 'brief.html'), 'utf8')).toContain('Content-Security-Policy');
  });

  it('names a file outside the working folder by its absolute path, not a climb of ../ (newcomer F17)', async () => {
    const elsewhere = tempDir('dossier-out-');
    const target = path.join(elsewhere, 'brief.md');
    const r = await run(['brief.md', '--format', 'md', '--out', target]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Wrote ${target}\n`);
    const inside = await run(['brief.md', '--format', 'md', '--out', path.join('sub', '..', 'copy.md')]);
    expect(inside.out).toBe('Wrote copy.md\n');
  });

  it('names the file itself when --out is a folder', async () => {
    const r = await run(['brief.md', '--format', 'md', '--out', '.']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote One-page impact brief - Real-time card fraud scoring - \d{4}-\d{2}-\d{2}\.md\n$/);
  });

  it.each([
    [['brief.md', '--format', 'rtf', '--out', 'x.rtf'], /unknown format “rtf”; use docx, pdf, html or md/],
    [['brief.md', '--out', 'x.docx'], /--format is required/],
    [['brief.md', '--format', 'docx'], /--out PATH is required/],
    [['missing.md', '--format', 'docx', '--out', 'x.docx'], /missing\.md: no such file/],
    [['brief.md', '--format', 'docx', '--out', 'no/such/folder/x.docx'], /cannot write no\/such\/folder\/x\.docx: its folder does not exist/],
    [['brief.md', '--format', 'docx', '--out', 'x.docx', '--design', 'fancy'], /unknown design “fancy”/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('exits 2 with the install hint when Chromium is missing', async () => {
    const r = await run(['brief.md', '--format', 'pdf', '--out', 'brief.pdf'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'dossier export: Dossier needs Chromium to make PDFs. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.\n',
    );
    expect(fs.existsSync(path.join(r.cwd, 'brief.pdf'))).toBe(false);
  });

  it('asks for --confirm-private-terms when the file mentions a private term', async () => {
    const ws = tempDir('dossier-ws-');
    const store = openWorkspace(ws);
    store.updateSettings({ privateTerms: ['Falcon'], candidateName: 'Jane Doe' });
    store.close();
    const refused = await run(['brief.md', '--format', 'md', '--out', 'x.md', '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/private list \(“Falcon”\).*--confirm-private-terms/);
    expect(fs.existsSync(path.join(refused.cwd, 'x.md'))).toBe(false);
    const ok = await run(['brief.md', '--format', 'md', '--out', 'x.md', '--workspace', ws, '--confirm-private-terms']);
    expect(ok.code).toBe(0);
  });

  it('asks for --confirm-private-terms when only the title mentions a private term', async () => {
    const ws = tempDir('dossier-ws-');
    const store = openWorkspace(ws);
    store.updateSettings({ privateTerms: ['card fraud'] });
    store.close();
    const refused = await run(['brief.md', '--format', 'md', '--out', 'x.md', '--workspace', ws]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/private list \(“card fraud”\)/);
    const off = openWorkspace(ws);
    off.updateSettings({ privateTerms: ['card frauds'] });
    off.close();
    const ok = await run(['brief.md', '--format', 'md', '--out', 'x.md', '--workspace', ws]);
    expect(ok.code).toBe(0);
  });

  it.skipIf(!findChromium() || !has('pdfinfo'))('prints a one-page PDF with the candidate as author', async () => {
    const ws = tempDir('dossier-ws-');
    const store = openWorkspace(ws);
    store.updateSettings({ candidateName: 'Jane Doe' });
    store.close();
    const r = await run(['brief.md', '--format', 'pdf', '--out', 'brief.pdf', '--workspace', ws]);
    expect(withoutErrorsLeft(r.err)).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Wrote brief.pdf (1 page)\n');
    const info = pdfInfo(fs.readFileSync(path.join(r.cwd, 'brief.pdf')));
    expect(info).toMatchObject({ Pages: '1', Title: 'Real-time card fraud scoring', Author: 'Jane Doe' });
  });

  it('exports a folder, or several files, in one call, naming each output after its file', async () => {
    const r = await run(['--format', 'md', '--out', 'out', 'in'], {});
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out must be an existing folder|no such file/);

    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'in'));
    fs.mkdirSync(path.join(cwd, 'out'));
    fs.writeFileSync(path.join(cwd, 'in', 'a.md'), BRIEF);
    fs.writeFileSync(path.join(cwd, 'in', 'b.md'), BRIEF.replace('Real-time card fraud scoring', 'Dispute triage'));
    fs.writeFileSync(path.join(cwd, 'in', 'broken.md'), '---\ntemplate: no-such-template\n---\n## Problem\n');
    fs.writeFileSync(path.join(cwd, 'in', 'notes.txt'), 'not Markdown');
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), cwd, env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: tempDir('dossier-ws-') }, appRoot };
    const code = await runCli(['export', 'in', '--format', 'html', '--out', 'out'], io);
    expect(code).toBe(2);
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(['a.html', 'b.html']);
    expect(fs.readFileSync(path.join(cwd, 'out', 'b.html'), 'utf8')).toContain('Dispute triage');
    expect(withoutErrorsLeft(err).trim().split('\n')).toHaveLength(1);
    expect(withoutErrorsLeft(err)).toMatch(/broken\.md/);
    expect(out).toContain('Exported 2 of 3 files.');

    out = '';
    const two = await runCli(['export', 'in/a.md', 'in/b.md', '--format', 'md', '--out', 'out'], io);
    expect(two).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(['a.html', 'a.md', 'b.html', 'b.md']);
    expect(out).toContain('Exported 2 of 2 files.');
  });

  it('refuses to export a draft onto itself (same name, another spelling, a hard link, a folder of drafts), changing nothing', async () => {
    for (const format of ['docx', 'md']) {
      const same = await run(['brief.md', '--format', format, '--out', 'brief.md']);
      expect(same.code).toBe(2);
      expect(same.err).toMatch(/^dossier export: --out would write over brief\.md, the draft being exported.*Nothing was changed\.\n$/);
      expect(fs.readFileSync(path.join(same.cwd, 'brief.md'), 'utf8')).toBe(BRIEF);
    }
    const spelled = await run(['brief.md', '--format', 'md', '--out', './sub/../brief.md'], {}, (cwd) => fs.mkdirSync(path.join(cwd, 'sub')));
    expect(spelled.code).toBe(2);
    expect(fs.readFileSync(path.join(spelled.cwd, 'brief.md'), 'utf8')).toBe(BRIEF);
    const hard = await run(['brief.md', '--format', 'html', '--out', 'alias.html'], {}, (cwd) => fs.linkSync(path.join(cwd, 'brief.md'), path.join(cwd, 'alias.html')));
    expect(hard.code).toBe(2);
    expect(fs.readFileSync(path.join(hard.cwd, 'brief.md'), 'utf8')).toBe(BRIEF);
    // A folder exported as Markdown into itself: every output would replace its own input.
    const folder = await run(['.', '--format', 'md', '--out', '.'], {}, (cwd) => fs.writeFileSync(path.join(cwd, 'b.md'), BRIEF));
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('the draft being exported');
    expect(fs.readFileSync(path.join(folder.cwd, 'b.md'), 'utf8')).toBe(BRIEF);
    // Into the same folder as another format is fine.
    const html = await run(['brief.md', '--format', 'html', '--out', '.']);
    expect(html.code).toBe(0);
    expect(fs.readFileSync(path.join(html.cwd, 'brief.md'), 'utf8')).toBe(BRIEF);
  });

  it('with --check, says how many errors the rubric still finds, as dossier check counts them, and still exits 0 (breaker F19)', async () => {
    // Without --check the rubric does not run (issue 13: an export stays as quick as a converter).
    const quiet = await run(['brief.md', '--format', 'md', '--out', 'out.md']);
    expect([quiet.code, quiet.out, quiet.err]).toEqual([0, 'Wrote out.md\n', '']);
    const r = await run(['brief.md', '--format', 'md', '--out', 'out.md', '--check']);
    let json = '';
    await runCli(['check', 'brief.md', '--json'], { out: (t) => (json += t), err: () => {}, cwd: r.cwd, env: { PATH: process.env.PATH, DOSSIER_WORKSPACE: tempDir('dossier-ws-') }, appRoot });
    const errors = (JSON.parse(json) as { findings: { severity: string }[] }).findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    expect([r.code, r.out, r.err]).toEqual([0, 'Wrote out.md\n', `brief.md still has ${errors} errors (big mistakes); see them with: dossier check brief.md\n`]);
    // --company is repeated, and a name a shell would split is quoted.
    const named = await run(['my brief.md', '--format', 'md', '--out', '-', '--company', 'fintech', '--check'], {}, (cwd) => fs.copyFileSync(path.join(cwd, 'brief.md'), path.join(cwd, 'my brief.md')));
    expect(named.err).toMatch(/^my brief\.md still has \d+ errors? \(big mistakes\); see (it|them) with: dossier check 'my brief\.md' --company fintech\n$/);
    // A draft with no error-level finding: nothing on stderr.
    const clean = await run(['strong.md', '--format', 'md', '--out', 'strong-out.md', '--check'], {}, (cwd) => fs.copyFileSync(path.join(appRoot, 'tests', 'fixtures', 'strong-brief.md'), path.join(cwd, 'strong.md')));
    expect([clean.code, clean.err]).toEqual([0, '']);
  });

  it('a full disk is named in plain words with the file, and the file already there is kept (breaker F15)', async () => {
    // An injected ENOSPC on the temp file (a real full disk needs a mount; see the breaker's tmpfs run).
    const real = fs.writeFileSync;
    const spy = vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
      if (String(file).endsWith('.dossier-export.tmp')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      real(file, data, options);
    });
    try {
      const full = await run(['brief.md', '--format', 'docx', '--out', 'brief.docx'], {}, (cwd) => real(path.join(cwd, 'brief.docx'), 'old'));
      expect([full.code, full.err]).toEqual([
        2,
        'dossier export: cannot write brief.docx: the disk is full. Nothing was written there; free some space on that disk, or choose another --out, then export again.\n',
      ]);
      expect(fs.readdirSync(full.cwd).sort()).toEqual(['brief.docx', 'brief.md']);
      expect(fs.readFileSync(path.join(full.cwd, 'brief.docx'), 'utf8')).toBe('old');
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses to replace a symbolic link, a FIFO or a read-only file at --out, changing nothing', async () => {
    const link = await run(['brief.md', '--format', 'md', '--out', 'link.md'], {}, (cwd) => {
      fs.writeFileSync(path.join(cwd, 'real.md'), 'keep me');
      fs.symlinkSync('real.md', path.join(cwd, 'link.md'));
    });
    expect(link.code).toBe(2);
    expect(link.err).toMatch(/^dossier export: cannot write link\.md: it is a symbolic link.*Nothing was changed\.\n$/);
    expect(fs.lstatSync(path.join(link.cwd, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(link.cwd, 'real.md'), 'utf8')).toBe('keep me');

    const fifo = await run(['brief.md', '--format', 'md', '--out', 'pipe'], {}, (cwd) => {
      execFileSync('mkfifo', [path.join(cwd, 'pipe')]);
    });
    expect(fifo.code).toBe(2);
    expect(fifo.err).toContain('cannot write pipe: it is a pipe (FIFO)');
    expect(fs.lstatSync(path.join(fifo.cwd, 'pipe')).isFIFO()).toBe(true);

    const ro = await run(['brief.md', '--format', 'md', '--out', 'ro.md'], {}, (cwd) => {
      fs.writeFileSync(path.join(cwd, 'ro.md'), 'old');
      fs.chmodSync(path.join(cwd, 'ro.md'), 0o444);
    });
    expect(ro.code).toBe(2);
    expect(ro.err).toContain('cannot write ro.md: the file is read-only');
    expect(fs.readFileSync(path.join(ro.cwd, 'ro.md'), 'utf8')).toBe('old');
    expect(fs.statSync(path.join(ro.cwd, 'ro.md')).mode & 0o777).toBe(0o444);

    const ok = await run(['brief.md', '--format', 'md', '--out', 'rw.md'], {}, (cwd) => fs.writeFileSync(path.join(cwd, 'rw.md'), 'old'));
    expect(ok.code).toBe(0);
  });
});
