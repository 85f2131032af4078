// The lowdb adapter: pretty JSON, atomic replace through a unique temp file, reads never write.
import fs from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableFileAdapter, readFileBytes, removeLeftoverTempFiles, replaceCacheFileSync, TEMP_FILE } from '../../../src/core/workspace/durableFile';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

afterAll(removeTempDirs);

describe('DurableFileAdapter', () => {
  it('reads a missing file as null without creating it', () => {
    const file = path.join(tempDir(), 'a.json');
    const db = new LowSync<unknown>(new DurableFileAdapter(file), { fallback: true });
    db.read();
    expect(db.data).toEqual({ fallback: true });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('writes pretty JSON, replaces the file whole, and leaves no temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.json');
    const adapter = new DurableFileAdapter(file);
    const db = new LowSync<unknown>(adapter, null);
    db.data = { a: 1, list: ['x'] };
    db.write();
    expect(fs.readFileSync(file, 'utf8')).toBe('{\n  "a": 1,\n  "list": [\n    "x"\n  ]\n}\n');
    const inode = fs.statSync(file).ino;
    db.data = { a: 2 };
    db.write();
    expect(fs.statSync(file).ino).not.toBe(inode); // a new file was renamed into place
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
    expect(adapter.lastText).toBe('{\n  "a": 2\n}\n');
    expect(adapter.lastStat?.size).toBe(adapter.lastText!.length);
    const again = new LowSync<unknown>(new DurableFileAdapter(file), null);
    again.read();
    expect(again.data).toEqual({ a: 2 });
  });

  it('throws on broken JSON instead of returning defaults', () => {
    const file = path.join(tempDir(), 'a.json');
    fs.writeFileSync(file, '{');
    expect(() => new DurableFileAdapter(file).read()).toThrow(SyntaxError);
    expect(fs.readFileSync(file, 'utf8')).toBe('{');
  });

  it('recognises and removes only its own temp files', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.a.json.123.0123456789ab.tmp'), '');
    fs.writeFileSync(path.join(dir, 'notes.tmp'), '');
    expect(TEMP_FILE.test('.a.json.123.0123456789ab.tmp')).toBe(true);
    expect(removeLeftoverTempFiles(dir)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['notes.tmp']);
  });
});

describe('readFileBytes', () => {
  it('reads empty, small, just under and over 1 MiB files whole, with the size and mtime of the file read', () => {
    const dir = tempDir();
    for (const size of [0, 1, 4096, 1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 7]) {
      const file = path.join(dir, `f${size}.bin`);
      const bytes = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i += 997) bytes[i] = (i / 997) % 251;
      fs.writeFileSync(file, bytes);
      const read = readFileBytes(file)!;
      expect(read.size).toBe(size);
      expect(read.mtimeMs).toBe(fs.statSync(file).mtimeMs);
      expect(Buffer.compare(read.bytes, bytes)).toBe(0);
    }
    expect(readFileBytes(path.join(dir, 'missing'))).toBeNull();
    expect(() => readFileBytes(dir)).toThrow();
  });

  it('a text decoded from one read is not changed by the next read (the buffer is reused)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a'), 'first file, the longer one');
    fs.writeFileSync(path.join(dir, 'b'), 'second');
    const a = readFileBytes(path.join(dir, 'a'))!.bytes.toString('utf8');
    const b = readFileBytes(path.join(dir, 'b'))!.bytes.toString('utf8');
    expect([a, b]).toEqual(['first file, the longer one', 'second']);
  });
});

describe('replaceCacheFileSync', () => {
  it('creates the folder, replaces the file whole and leaves no temp file; a failure leaves none either', () => {
    const dir = tempDir();
    const file = path.join(dir, '.dossier', 'cache.json');
    replaceCacheFileSync(file, '{"a":1}');
    replaceCacheFileSync(file, '{"a":2}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cache.json']);
    fs.mkdirSync(path.join(dir, 'taken.json', 'inside'), { recursive: true }); // a folder where the file should go
    expect(() => replaceCacheFileSync(path.join(dir, 'taken.json'), '{}')).toThrow();
    expect(fs.readdirSync(dir).filter((n) => TEMP_FILE.test(n))).toEqual([]);
  });
});
