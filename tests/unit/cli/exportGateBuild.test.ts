// Also: entities' HTML decoder, loaded by the build only when a text has an `&` (build-cli.mjs,
// lazyPackages), decodes the same as from the sources.
// The private-terms gate of `dossier export` from the build: out/cli/export.cjs holds no rubric and
// runs the gate from out/cli/check.cjs. It must still stop an export that names a term from the
// workspace's private list (in the text or the title) or marks a figure as not public, write
// nothing, and say the same as the sources; --confirm-private-terms exports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliEnv } from '../fixtures/isolatedHome';
import { withoutErrorsLeft } from './fixtures/errorsLeft';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'dossier.cjs');

function buildIsCurrent(): boolean {
  return (createRequire(import.meta.url)(path.join(root, 'bin', 'cliBuild.cjs')) as { buildIsCurrent: (appRoot: string) => boolean }).buildIsCurrent(root);
}

function run(args: string[], cwd: string, fromSource: boolean) {
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ DOSSIER_CLI_FROM_SOURCE: fromSource ? '1' : '' }),
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const BRIEF = `---
template: impact-brief
title: Project Falcon fraud scoring
---
## Problem

Card fraud losses had reached $4.1M a year at Project Falcon.
`;

const NON_PUBLIC = `---
template: impact-brief
title: Fraud scoring
---
## Problem

Our unreleased Q3 numbers show fraud losses of $4.1M a year.
`;

describe('dossier export from the build: the private-terms gate', () => {
  it.skipIf(!buildIsCurrent())('stops a private term and a non-public figure, writes nothing, says what the sources say; confirmed, it exports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-gate-'));
    try {
      const ws = path.join(dir, 'ws');
      expect(run(['init', '--workspace', ws], dir, false).code).toBe(0);
      const wsFile = path.join(ws, 'workspace.json');
      const workspace = JSON.parse(fs.readFileSync(wsFile, 'utf8')) as { settings: { privateTerms: string[] } };
      workspace.settings.privateTerms = ['Project Falcon'];
      fs.writeFileSync(wsFile, JSON.stringify(workspace));
      fs.writeFileSync(path.join(dir, 'brief.md'), BRIEF);
      fs.writeFileSync(path.join(dir, 'np.md'), NON_PUBLIC);

      for (const args of [
        ['export', 'brief.md', '--format', 'docx', '--out', 'brief.docx', '--workspace', ws],
        ['export', 'np.md', '--format', 'docx', '--out', 'np.docx'],
      ]) {
        const built = run(args, dir, false);
        expect(built.code).toBe(2);
        expect(built.stderr).toMatch(/^dossier export: (brief|np)\.md mentions details you mark as not public or terms from your private list \(“.+”\)\. .*--confirm-private-terms/);
        expect(fs.existsSync(path.join(dir, args[4] ?? ''))).toBe(false);
        expect(built).toEqual(run(args, dir, true));
      }
      expect(run(['export', 'brief.md', '--format', 'docx', '--out', 'brief.docx', '--workspace', ws], dir, false).stderr).toContain('“Project Falcon”');
      expect(run(['export', 'np.md', '--format', 'docx', '--out', 'np.docx'], dir, false).stderr).toContain('“unreleased Q3 numbers show fraud losses of $4.1M”');

      const confirmed = run(['export', 'brief.md', '--format', 'docx', '--out', 'brief.docx', '--workspace', ws, '--confirm-private-terms'], dir, false);
      expect([confirmed.code, withoutErrorsLeft(confirmed.stderr)]).toEqual([0, '']);
      expect(fs.statSync(path.join(dir, 'brief.docx')).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('dossier export from the build: character references', () => {
  it.skipIf(!buildIsCurrent())("a DOCX of a text with entities and raw HTML equals the sources'", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-entities-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'e.md'),
        '---\ntemplate: impact-brief\ntitle: Fraud &amp; risk\n---\n## Problem\n\nLosses &mdash; $4.1M &copy; &#169; &#x263A; &notanentity; AT&T.\n\n<p>Raw &lt;b&gt; &amp; HTML</p>\n',
      );
      expect(run(['export', 'e.md', '--format', 'docx', '--out', 'built.docx'], dir, false).code).toBe(0);
      expect(run(['export', 'e.md', '--format', 'docx', '--out', 'source.docx'], dir, true).code).toBe(0);
      const xml = (file: string): string => new TextDecoder().decode(unzipSync(fs.readFileSync(path.join(dir, file)))['word/document.xml']);
      expect(xml('built.docx')).toContain('Losses — $4.1M © © ☺ &amp;notanentity; AT&amp;T.');
      expect(xml('built.docx')).toBe(xml('source.docx'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
