// A developer's own workspace (~/Documents/Dossier with a private-term list) must not reach the
// tests: spawned CLIs get an empty home through cliEnv, and the test process itself runs with one
// (vitest.config.ts setupFiles). The control case shows the leak the old spawn environment had.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { removeTempDirs, tempDir } from '../workspace/fixtures/tempDir';
import { cliEnv, isolatedHome } from '../fixtures/isolatedHome';
import { repoRoot } from './runCliCaptured';

afterAll(removeTempDirs);

const bin = path.join(repoRoot, 'bin', 'dossier.cjs');
const DOC = ['---', 'template: impact-brief', 'title: Fraud', '---', '## Problem', 'We shipped Project Falcon with the model risk team.', ''].join('\n');

function confidentialityFindings(env: NodeJS.ProcessEnv, cwd: string): number {
  const res = spawnSync(process.execPath, [bin, 'check', 'doc.md', '--json'], { cwd, encoding: 'utf8', env });
  if (res.status !== 0 && res.status !== 1) throw new Error(`dossier check exited ${String(res.status)}: ${res.stderr}`);
  const out = JSON.parse(res.stdout) as { findings: { rule: string }[] };
  return out.findings.filter((f) => f.rule === 'confidentiality').length;
}

describe('tests run with an isolated home', () => {
  const before = process.env.HOME;
  afterEach(() => {
    process.env.HOME = before;
  });

  it('the test process home is an empty temp folder, not the developer’s', () => {
    expect(os.homedir()).toBe(isolatedHome());
    expect(isolatedHome().startsWith(os.tmpdir())).toBe(true);
    expect(fs.existsSync(path.join(isolatedHome(), 'Documents', 'Dossier'))).toBe(false);
  });

  it('a developer’s private list reaches a CLI spawned with the old environment, not one spawned with cliEnv', () => {
    const developerHome = tempDir('dossier-dev-home-');
    const store = openWorkspace(path.join(developerHome, 'Documents', 'Dossier'));
    store.updateSettings({ privateTerms: ['Project Falcon'] });
    store.close();
    const cwd = tempDir('dossier-cli-');
    fs.writeFileSync(path.join(cwd, 'doc.md'), DOC);
    process.env.HOME = developerHome; // the developer's machine
    expect(confidentialityFindings({ ...process.env, DOSSIER_WORKSPACE: '' }, cwd)).toBe(1);
    expect(confidentialityFindings(cliEnv(), cwd)).toBe(0);
  }, 60_000);
});
