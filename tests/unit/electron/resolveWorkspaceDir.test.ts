import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRememberedWorkspace, rememberWorkspace, resolveWorkspaceDir, workspaceFromArgv } from '../../../electron/main/resolveWorkspaceDir';

const dir = mkdtempSync(join(tmpdir(), 'dossier-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveWorkspaceDir', () => {
  const base = { argv: ['electron', '.'], env: {}, remembered: null, fallback: '/home/me/Documents/Dossier' };

  it('prefers --workspace, then DOSSIER_WORKSPACE, then the remembered folder, then the default', () => {
    expect(resolveWorkspaceDir({ ...base, argv: ['electron', '.', '--workspace', '/a'], env: { DOSSIER_WORKSPACE: '/b' }, remembered: '/c' })).toBe(resolve('/a'));
    expect(resolveWorkspaceDir({ ...base, env: { DOSSIER_WORKSPACE: '/b' }, remembered: '/c' })).toBe(resolve('/b'));
    expect(resolveWorkspaceDir({ ...base, remembered: '/c' })).toBe(resolve('/c'));
    expect(resolveWorkspaceDir(base)).toBe(resolve('/home/me/Documents/Dossier'));
  });

  it('reads --workspace=DIR and ignores a flag without a value', () => {
    expect(workspaceFromArgv(['--workspace=/x'])).toBe('/x');
    expect(workspaceFromArgv(['--workspace', '--other'])).toBeNull();
    expect(workspaceFromArgv(['--workspace'])).toBeNull();
  });

  it('remembers the last chosen folder', () => {
    const file = join(dir, 'userData', 'last-workspace.json');
    expect(readRememberedWorkspace(file)).toEqual({ workspace: null, problem: null });
    expect(rememberWorkspace(file, '/home/me/prep')).toBe(true);
    expect(readRememberedWorkspace(file)).toEqual({ workspace: '/home/me/prep', problem: null });
  });
});
