// One process writes a workspace: <root>/.dossier/lock, created with O_EXCL, holds the owner's
// pid, host name and start time. A lock whose process is gone (same host) is stale and replaced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DossierError } from '../errors';
import { isErrno } from './durableFile';
import { parseJsonText } from './jsonText';

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
}

/** Lock files held by this process (a second store in the same process must be refused too). */
const heldHere = new Set<string>();

export function acquireLock(lockFile: string, now: Date = new Date()): LockInfo {
  const mine: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt: now.toISOString() };
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(mine) + '\n', { flag: 'wx' });
      heldHere.add(path.resolve(lockFile));
      return mine;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
    const holder = readLock(lockFile);
    if (holder === 'missing') continue;
    if (holder !== 'unreadable' && !isStale(lockFile, holder)) throw lockedError(holder);
    if (holder === 'unreadable' && !oldEnough(lockFile)) {
      throw new DossierError('locked', 'Another Dossier window is opening this workspace right now. Close it or switch to it, then try again.');
    }
    fs.rmSync(lockFile, { force: true }); // stale: its process is gone.
  }
  throw new DossierError('locked', 'Dossier could not take over this workspace. Close other Dossier windows and try again.');
}

export function releaseLock(lockFile: string): void {
  const abs = path.resolve(lockFile);
  if (!heldHere.has(abs)) return;
  heldHere.delete(abs);
  const holder = readLock(lockFile);
  if (typeof holder === 'object' && holder.pid === process.pid && holder.hostname === os.hostname()) {
    fs.rmSync(lockFile, { force: true });
  }
}

export function readLock(lockFile: string): LockInfo | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 'missing';
    return 'unreadable';
  }
  try {
    const data = parseJsonText(text) as Partial<LockInfo>;
    if (typeof data.pid === 'number' && typeof data.hostname === 'string' && typeof data.startedAt === 'string') {
      return { pid: data.pid, hostname: data.hostname, startedAt: data.startedAt };
    }
  } catch {
    // fall through
  }
  return 'unreadable';
}

function isStale(lockFile: string, holder: LockInfo): boolean {
  if (holder.hostname !== os.hostname()) return false; // cannot see another machine's processes.
  if (holder.pid === process.pid) return !heldHere.has(path.resolve(lockFile));
  // Taken before this computer last started: its pid may now belong to an unrelated process.
  const bootedAt = Date.now() - os.uptime() * 1000;
  if (Date.parse(holder.startedAt) < bootedAt - 60_000) return true;
  return !processAlive(holder.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM'); // exists, owned by someone else.
  }
}

function oldEnough(lockFile: string): boolean {
  try {
    return Date.now() - fs.statSync(lockFile).mtimeMs > 5000;
  } catch {
    return true;
  }
}

function lockedError(holder: LockInfo): DossierError {
  const where = holder.hostname === os.hostname() ? 'on this computer' : `on the computer “${holder.hostname}”`;
  return new DossierError(
    'locked',
    `This workspace is already open in another Dossier (process ${holder.pid} ${where}, since ${holder.startedAt}). ` +
      'Switch to that window, or close it and open the workspace again.',
    { details: holder },
  );
}
