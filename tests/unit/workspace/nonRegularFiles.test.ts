// A pipe, a device or a huge file where the workspace expects JSON (breaker trial F4) is named as
// a problem and skipped; no command waits on it forever or reads it into memory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { readFileBytes } from '../../../src/core/workspace/durableFile';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { removeTempDirs, tempDir } from './fixtures/tempDir';

const open: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
afterAll(removeTempDirs);

const fifoSupported = process.platform !== 'win32';
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);
const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

describe.runIf(fifoSupported)('non-regular files in a workspace', () => {
  it('readFileBytes refuses a pipe at once, a folder, and a file over the limit', () => {
    const dir = tempDir();
    mkfifo(path.join(dir, 'pipe.json'));
    expect(() => readFileBytes(path.join(dir, 'pipe.json'))).toThrow(/pipe or a device/);
    fs.mkdirSync(path.join(dir, 'folder.json'));
    expect(() => readFileBytes(path.join(dir, 'folder.json'))).toThrow(/folder/);
    fs.writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(3000, 32));
    expect(() => readFileBytes(path.join(dir, 'big.json'), 2000)).toThrow(/more than/);
    expect(readFileBytes(path.join(dir, 'big.json'), 4000)?.bytes.length).toBe(3000);
  });

  it('a company whose dossier.json is a pipe is listed as a problem, the rest opens', () => {
    const root = tempDir();
    const first = openWorkspace(root);
    first.createCompany('Good', null);
    first.close();
    fs.mkdirSync(path.join(root, 'companies', 'pipe-co', 'documents'), { recursive: true });
    mkfifo(path.join(root, 'companies', 'pipe-co', 'dossier.json'));
    const store = openWorkspace(root);
    open.push(store);
    expect(store.listCompanies().map((c) => c.slug)).toEqual(['good']);
    const problem = store.problems().find((p) => p.file === 'companies/pipe-co/dossier.json');
    expect(problem?.message).toMatch(/could not be read \(it is a pipe or a device/);
  });

  it('a pipe or a device among the workspace templates is a template problem', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'templates'));
    mkfifo(path.join(root, 'templates', 'fifo.json'));
    fs.symlinkSync('/dev/zero', path.join(root, 'templates', 'zero.json'));
    const loaded = loadTemplatesFrom(repoRoot, root);
    const files = loaded.problems.map((p) => `${p.file}: ${p.message}`).join('\n');
    expect(files).toMatch(/fifo\.json: could not be read: it is a pipe or a device/);
    expect(files).toMatch(/zero\.json: could not be read: it is a pipe or a device/);
    expect(loaded.templates.length).toBeGreaterThan(10);
  });
});
