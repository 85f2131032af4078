// A built-in rule pack that cannot be used must stop checks, not pass every document: bad JSON in
// resources/rubrics/core.json made `dossier check` score 100 with no findings and exit 0, and a
// rule with an unknown severity was dropped without a word.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliIo';
import { repoRoot } from './runCliCaptured';

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** An app folder with the repository's templates and resources, core.json replaced by `core`. */
function appWithCorePack(core: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-packs-'));
  made.push(dir);
  fs.cpSync(path.join(repoRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'resources'), path.join(dir, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'resources', 'rubrics', 'core.json'), core);
  fs.writeFileSync(path.join(dir, 'weak.md'), '---\ntemplate: impact-brief\n---\n## Problem\nWe did some stuff.\n');
  return dir;
}

async function run(appRoot: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => (stdout += t), err: (t) => (stderr += t), cwd: appRoot, env: { DOSSIER_WORKSPACE: undefined }, appRoot };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function withBadSeverity(): string {
  const pack = JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'rubrics', 'core.json'), 'utf8')) as { rules: { severity: string }[] };
  (pack.rules[1] as { severity: string }).severity = 'fatal';
  return JSON.stringify(pack);
}

describe('a broken built-in rule pack', () => {
  it.each([
    ['not JSON', () => '{', /resources\/rubrics\/core\.json: \(file\): is not valid JSON/],
    ['a rule with an unknown severity', withBadSeverity, /resources\/rubrics\/core\.json: rules\[1\]\.severity: /],
  ])('%s: check exits 2 with one line naming the file, and rules lists the problem', async (_name, core, named) => {
    const app = appWithCorePack(core());
    const checked = await run(app, ['check', 'weak.md']);
    expect(checked.code).toBe(2);
    expect(checked.stdout).toBe('');
    expect(checked.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(checked.stderr).toMatch(named);
    const listed = await run(app, ['rules']);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toMatch(named);
  });

  it('the repository packs check the same file normally', async () => {
    const app = appWithCorePack(fs.readFileSync(path.join(repoRoot, 'resources', 'rubrics', 'core.json'), 'utf8'));
    const checked = await run(app, ['check', 'weak.md']);
    expect(checked.stderr).toBe('');
    expect([0, 1]).toContain(checked.code);
  });
});
