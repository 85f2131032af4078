// scripts/start.mjs where the Electron runtime is missing (as on this machine): one attempt to
// download it, then one clear line pointing to browser mode, exit 1, no stack trace. Also: the
// launch itself with a stand-in binary, and the one clear line for root on Linux.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'dossier-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const asRootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;

const MESSAGE =
  "Dossier's desktop shell needs the Electron runtime, which could not be downloaded here. Run Dossier in your browser instead: npm run web";

function runStart(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('npm start without an Electron runtime', () => {
  it('tries the download once, then prints one clear line and exits 1', () => {
    const marker = join(dir, 'attempts.txt');
    const install = join(dir, 'failing-install.cjs');
    writeFileSync(
      install,
      `require('fs').appendFileSync(${JSON.stringify(marker)}, 'x');\n` +
        `console.error(new Error('getaddrinfo ENOTFOUND github.com').stack);\nprocess.exit(1);\n`,
    );
    const run = runStart({ DOSSIER_ELECTRON_PATH: join(dir, 'no', 'electron'), DOSSIER_ELECTRON_INSTALL: install });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MESSAGE);
    expect(run.stderr).not.toMatch(/\bat\s.+:\d+:\d+/);
    expect(run.stdout).not.toContain('ENOTFOUND');
    expect(readFileSync(marker, 'utf8')).toBe('x');
  });

  it('says the same when the download "succeeds" but leaves no binary', () => {
    const install = join(dir, 'empty-install.cjs');
    writeFileSync(install, 'process.exit(0);\n');
    const run = runStart({ DOSSIER_ELECTRON_PATH: join(dir, 'still', 'missing'), DOSSIER_ELECTRON_INSTALL: install });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MESSAGE);
  });

  it('says the same when no install script exists at all', () => {
    const run = runStart({ DOSSIER_ELECTRON_PATH: join(dir, 'gone'), DOSSIER_ELECTRON_INSTALL: join(dir, 'no-such-install.js') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MESSAGE);
  });

  it.skipIf(process.platform === 'win32')('launches the runtime the download put in place, with the app folder and arguments', () => {
    const binary = join(dir, 'dist', 'electron');
    const argsFile = join(dir, 'args.json');
    const install = join(dir, 'working-install.cjs');
    writeFileSync(
      install,
      `const fs = require('fs');\nfs.mkdirSync(${JSON.stringify(join(dir, 'dist'))}, { recursive: true });\n` +
        `fs.writeFileSync(${JSON.stringify(binary)}, '#!/bin/sh\\nprintf "%s\\\\n" "$@" > ${argsFile}\\nexit 0\\n');\n` +
        `fs.chmodSync(${JSON.stringify(binary)}, 0o755);\n`,
    );
    // As root on Linux the sandbox switch must be asked for (see the next test); it is passed on.
    const rootArgs = asRootOnLinux ? ['--no-sandbox'] : [];
    const run = runStart({ DOSSIER_ELECTRON_PATH: binary, DOSSIER_ELECTRON_INSTALL: install }, ['--skip-build', '--workspace', '/tmp/prep', ...rootArgs]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(argsFile)).toBe(true);
    expect(readFileSync(argsFile, 'utf8').trim().split('\n')).toEqual([repo, '--workspace', '/tmp/prep', ...rootArgs]);
    chmodSync(binary, 0o644);
  });

  it.runIf(asRootOnLinux)('as root on Linux, says why it will not start and how to go on, and launches nothing', () => {
    const binary = join(dir, 'root-dist', 'electron');
    const launched = join(dir, 'root-launched.txt');
    mkdirSync(join(dir, 'root-dist'), { recursive: true });
    writeFileSync(binary, `#!/bin/sh\ntouch ${launched}\n`);
    chmodSync(binary, 0o755);
    const run = runStart({ DOSSIER_ELECTRON_PATH: binary }, ['--skip-build']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/does not run as root/);
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).toContain('npm start -- --no-sandbox');
    expect(existsSync(launched)).toBe(false);
  });
});
