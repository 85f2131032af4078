// Durable, atomic file writes, and the lowdb adapter built on them.
//
// lowdb's own TextFile adapter (steno) renames a fixed-name temp file and never fsyncs, so a
// power cut can leave an empty or half-written file. DurableFileAdapter writes a UNIQUE temp file
// in the same folder (pid + random in the name), fsyncs it, renames it over the target and fsyncs
// the folder, so the target always holds either the old or the new bytes.
//
// It is synchronous (lowdb's SyncAdapter, used with LowSync): one process owns the workspace, each
// file is a few kilobytes, and a synchronous save makes "check the file on disk, then write it"
// one uninterrupted step, so two saves of the same file in this process can never interleave.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { SyncAdapter } from 'lowdb';
import { parseJsonText } from './jsonText';

/** Pretty-printed JSON with a final newline: how every Dossier file is written. */
export function toJsonText(data: unknown): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/** fsync a folder so a rename inside it survives a power cut (a no-op where folders cannot be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** A unique temp file beside `file`, named so the next writer removes it if left (TEMP_FILE). */
function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces a cache file whole, without fsync (caches in .dossier/: a reader sees the old or the
 * new file; after a power cut one may be old or missing, which costs time, never data). Creates
 * the folder. Throws on failure, after removing the temp file.
 */
export function replaceCacheFileSync(file: string, text: string): void {
  const tmp = tempFileFor(file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `text` to `file` atomically and durably: unique temp file, fsync, rename, fsync folder. */
export function writeFileDurableSync(file: string, text: string): void {
  const dir = path.dirname(file);
  const tmp = tempFileFor(file);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    renameWithRetry(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fsyncDir(dir);
}

/** Temp files of interrupted saves: ".<name>.<pid>.<random>.tmp". */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** Removes temp files left in `dir` by interrupted saves (call only while holding the workspace lock). */
export function removeLeftoverTempFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!TEMP_FILE.test(name)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** On Windows a virus scanner or indexer may hold the target open for a moment: retry briefly. */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (err) {
      const busy = isErrno(err, 'EPERM') || isErrno(err, 'EACCES') || isErrno(err, 'EBUSY');
      if (!busy || process.platform !== 'win32' || attempt >= 5) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

/** A file's bytes with the size and modification time of the same open file. */
export interface FileBytes {
  /** Valid only until the next readFileBytes call: the bytes live in one reused buffer. */
  bytes: Buffer;
  mtimeMs: number;
  /** Bytes, as fstat reported them when the file was opened. */
  size: number;
}

/** One buffer for every read of a file up to 1 MiB, so reading 1,000 documents allocates none. */
const SHARED_READ_BYTES = 1024 * 1024;
let sharedReadBuffer: Buffer | null = null;

/**
 * The most Dossier reads of one workspace file: a document at its 1 MB limit with a full history
 * of snapshots stays well inside it; a 4 GB file (or a link to /dev/zero) does not.
 */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** Opening a FIFO for reading blocks until a writer comes; non-blocking, it returns at once. */
const OPEN_NO_WAIT = process.platform === 'win32' ? 'r' : fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

/**
 * Reads a whole file with one open, one fstat and reads until end of file (a file that grows
 * while read is read to its new end, up to `maxBytes`). Returns null when it does not exist;
 * other errors throw, including (as plain Errors whose message completes "could not be read (…)")
 * a path that is not a regular file (a pipe, a device, a folder: opened without waiting, never
 * read) and a file over `maxBytes` (default MAX_READ_BYTES). The bytes may be a view of a shared
 * buffer: use (hash, decode) them before the next call.
 */
export function readFileBytes(file: string, maxBytes: number = MAX_READ_BYTES): FileBytes | null {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_NO_WAIT);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(stat.isDirectory() ? 'it is a folder, not a file' : 'it is a pipe or a device, not a file');
    if (stat.size > maxBytes) throw new Error(`it is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} Dossier reads`);
    // One spare byte, so a file read whole is seen to end without growing the buffer.
    let buf = stat.size < SHARED_READ_BYTES ? (sharedReadBuffer ??= Buffer.allocUnsafe(SHARED_READ_BYTES)) : Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new Error(`it grew past the ${megabytes(maxBytes)} Dossier reads`);
    }
    return { bytes: buf.subarray(0, length), mtimeMs: stat.mtimeMs, size: stat.size };
  } finally {
    fs.closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}

/** A whole text file (UTF-8) read as readFileBytes reads it: null when missing; throws otherwise. */
export function readTextFile(file: string, maxBytes: number = MAX_READ_BYTES): string | null {
  const read = readFileBytes(file, maxBytes);
  return read === null ? null : read.bytes.toString('utf8');
}

/**
 * lowdb adapter over one JSON file. `read` never writes; it returns null for a missing file and
 * throws (SyntaxError) for broken JSON. The last bytes read or written are kept in `lastText`.
 */
export class DurableFileAdapter implements SyncAdapter<unknown> {
  readonly file: string;
  lastText: string | null = null;

  constructor(file: string) {
    this.file = file;
  }

  /** Size and mtime of the bytes last read or written (from the same open file when reading). */
  lastStat: { mtimeMs: number; size: number } | null = null;

  /** The raw text of the file, or null when it does not exist. */
  readText(): string | null {
    const read = readFileBytes(this.file);
    this.lastText = read === null ? null : read.bytes.toString('utf8');
    this.lastStat = read === null ? null : { mtimeMs: read.mtimeMs, size: read.size };
    return this.lastText;
  }

  read(): unknown {
    const text = this.readText();
    return text === null ? null : parseJsonText(text);
  }

  write(data: unknown): void {
    const text = toJsonText(data);
    writeFileDurableSync(this.file, text);
    this.lastText = text;
    const stat = fs.statSync(this.file);
    this.lastStat = { mtimeMs: stat.mtimeMs, size: stat.size };
  }
}

export function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
