// src/server/main.ts as a user runs it: real process, real temp workspace, real HTTP.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const root = mkdtempSync(join(tmpdir(), 'dossier-main-'));
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

function start(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    cwd: repo,
    env: { ...process.env, DOSSIER_NO_OPEN: '1' },
  });
  children.push(child);
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL within 30 s:\n${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Dossier is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32})/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok({ child, url: m[1] });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((ok) => {
    if (child.exitCode !== null) ok(child.exitCode);
    else child.on('exit', (code) => ok(code));
  });
}

async function signIn(url: string): Promise<{ origin: string; cookie: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { origin: new URL(url).origin, cookie };
}

async function call(session: { origin: string; cookie: string }, op: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${session.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-request': '1', cookie: session.cookie, origin: session.origin },
    body: JSON.stringify(body),
  });
  return res.json();
}

describe('npm run web server (src/server/main.ts)', () => {
  it('exits 2 with one clear line on bad arguments', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', 'abc'], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--port');
  });

  it('serves the sample workspace, refuses a second writer, and releases the lock on SIGTERM', async () => {
    const workspace = join(root, 'ws');
    const first = await start(['--workspace', workspace, '--port', '0', '--sample']);
    const session = await signIn(first.url);
    expect(await call(session, 'companies.list', {})).toMatchObject({ ok: true, data: [{ slug: 'wells-fargo' }] });
    expect(await call(session, 'workspace.info', {})).toMatchObject({ ok: true, data: { shell: 'browser' } });

    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--workspace', workspace, '--port', '0'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, DOSSIER_NO_OPEN: '1' },
    });
    expect(second.status).toBe(1);
    expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace

    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toBe(0);
    expect(existsSync(join(workspace, '.dossier', 'lock'))).toBe(false);

    const again = await start(['--workspace', workspace, '--port', '0']);
    expect(again.url).not.toBe(first.url);
    const next = await signIn(again.url);
    expect(await call(next, 'companies.list', {})).toMatchObject({ ok: true, data: [{ slug: 'wells-fargo' }] });
    // The old launch's cookie is worthless now.
    const stale = await fetch(`${next.origin}/api/companies.list`, {
      method: 'POST',
      headers: { 'x-dossier-request': '1', cookie: session.cookie.replace(/_\d+=/, `_${new URL(again.url).port}=`) },
      body: '{}',
    });
    expect(stale.status).toBe(401);
    again.child.kill('SIGINT');
    expect(await exitOf(again.child)).toBe(0);
  }, 90_000);
});

describe('npm run web (scripts/web.mjs)', () => {
  it('prints the options with --help without building anything', () => {
    const run = spawnSync(process.execPath, ['scripts/web.mjs', '--help'], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--workspace DIR');
    expect(run.stdout).not.toContain('Building');
  });

  it('refuses a bad option in one line, exit 2, without building or starting the server', () => {
    const run = spawnSync(process.execPath, ['scripts/web.mjs', '--no-opn'], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Unknown option “--no-opn”. Run npm run web -- --help to see the options.\n');
    expect(run.stdout).toBe('');
  });
});
