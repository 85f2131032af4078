// One writer per workspace: a second opener is refused with a clear message; a stale lock is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';

afterAll(removeTempDirs);

function writeLock(root: string, info: { pid: number; hostname: string; startedAt: string }): void {
  fs.mkdirSync(path.join(root, '.dossier'), { recursive: true });
  fs.writeFileSync(path.join(root, '.dossier', 'lock'), JSON.stringify(info));
}

describe('workspace lock', () => {
  it('refuses a second writer in the same process, naming the holder', () => {
    const root = tempDir();
    const first = openWorkspace(root);
    const err = caught(() => openWorkspace(root));
    expect(err.code).toBe('locked');
    expect(err.message).toContain(`process ${process.pid}`);
    expect(err.message).toMatch(/Switch to that window, or close it/);
    first.close();
    openWorkspace(root).close(); // free again after close
  });

  it('refuses a writer while another live process holds the lock', async () => {
    const root = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeLock(root, { pid: holder.pid!, hostname: os.hostname(), startedAt: new Date().toISOString() });
      const err = caught(() => openWorkspace(root));
      expect(err.code).toBe('locked');
      expect(err.message).toContain(`process ${holder.pid}`);
      // The lock file is left alone.
      expect(JSON.parse(fs.readFileSync(path.join(root, '.dossier', 'lock'), 'utf8'))).toMatchObject({ pid: holder.pid });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a lock whose process is gone', () => {
    const root = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeLock(root, { pid: Number(dead.stdout), hostname: os.hostname(), startedAt: '2026-11-23T09:00:00.000Z' });
    const store = openWorkspace(root);
    expect(JSON.parse(fs.readFileSync(path.join(root, '.dossier', 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    store.close();
  });

  it('takes over a lock taken before this computer started, even if its pid is in use again', () => {
    const root = tempDir();
    writeLock(root, { pid: process.ppid, hostname: os.hostname(), startedAt: '2000-01-01T00:00:00.000Z' });
    openWorkspace(root).close();
  });

  it('takes over a lock left by an earlier run of this same pid', () => {
    const root = tempDir();
    writeLock(root, { pid: process.pid, hostname: os.hostname(), startedAt: '2020-01-01T00:00:00.000Z' });
    openWorkspace(root).close();
  });

  it('never takes over a lock held on another computer', () => {
    const root = tempDir();
    writeLock(root, { pid: 1, hostname: 'someone-elses-laptop', startedAt: '2026-11-23T09:00:00.000Z' });
    const err = caught(() => openWorkspace(root));
    expect(err.code).toBe('locked');
    expect(err.message).toContain('someone-elses-laptop');
  });

  it('read-only opens ignore the lock', () => {
    const root = tempDir();
    const writer = openWorkspace(root);
    const reader = openWorkspace(root, { readOnly: true });
    reader.close();
    expect(fs.existsSync(path.join(root, '.dossier', 'lock'))).toBe(true);
    writer.close();
  });
});
