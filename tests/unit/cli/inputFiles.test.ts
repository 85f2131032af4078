// What `dossier check`, `export` and `import` do with a file that is not a UTF-8 Markdown document
// of sensible size: one line naming the file, exit 2, bounded reading (a FIFO or a 50 MB file is
// never read whole). The same byte limit guards a document's text in the API's request schemas.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured';
import { withoutErrorsLeft } from './fixtures/errorsLeft';
import { parseRequest } from '../../../src/shared/api';
import { MAX_DOCUMENT_BYTES, MAX_SECTIONS } from '../../../src/core/document/inputLimits';
import { decodeDocumentBytes } from '../../../src/core/document/readDocumentFile';

const DOC = '---\ntemplate: impact-brief\ncompany: american-express\n---\n## Problem\n\nFraud losses grew.\n';

const cli = (cwd: string, args: string[]) => runCliCaptured(args, { cwd, env: { DOSSIER_WORKSPACE: path.join(cwd, 'ws') } });

function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  const mark = bom ? Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0);
  return Buffer.concat([mark, le]);
}

describe('reading a document file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-input-'));
  const file = (name: string, bytes: string | Uint8Array) => (fs.writeFileSync(path.join(dir, name), bytes), name);
  const big = 'big.md';
  fs.closeSync(fs.openSync(path.join(dir, big), 'w'));
  fs.truncateSync(path.join(dir, big), Math.round(50.2 * 1024 * 1024)); // sparse: no 50 MB written
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
  fs.mkdirSync(path.join(dir, 'folder.md'));

  it.each([
    ['a 50 MB file', big, 'big.md is 50.2 MB; Dossier reads documents up to 1 MB (a one- to three-page document is a few KB).'],
    ['a FIFO', 'pipe.md', 'pipe.md is not a regular file (it is a device, a pipe or a socket); Dossier reads documents saved as files.'],
    ['a folder', 'folder.md', 'folder.md is a folder, not a Markdown file.'],
    ['UTF-16 LE with a BOM', file('le.md', utf16(DOC, false, true)), 'le.md is saved as UTF-16 text; Dossier reads UTF-8.'],
    ['UTF-16 BE with a BOM', file('be.md', utf16(DOC, true, true)), 'be.md is saved as UTF-16 text'],
    ['UTF-16 LE without a BOM', file('le-nobom.md', utf16(DOC, false, false)), 'le-nobom.md is saved as UTF-16 text'],
    ['UTF-16 BE without a BOM', file('be-nobom.md', utf16(DOC, true, false)), 'be-nobom.md is saved as UTF-16 text'],
    ['UTF-32 LE', file('u32.md', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('t\0\0\0e\0\0\0')])), 'u32.md is saved as UTF-32 text'],
    ['Windows-1252 bytes', file('cp1252.md', Buffer.from(`${DOC}Caf\xe9 line\n`, 'latin1')), 'cp1252.md is not valid UTF-8 text (the first bad byte is on line 8)'],
    ['binary data', file('bin.md', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x41])), 'bin.md holds binary data (NUL bytes), not Markdown text.'],
  ])('check and export refuse %s with one line naming it, exit 2', async (_what, name, message) => {
    const runs = [['check', name], ['export', name, '--format', 'md', '--out', 'out.md'], ['import', name, '--workspace', 'ws']];
    // export of a folder exports its .md files (tested in export/cli.test.ts)
    for (const args of runs.filter((a) => !(name === 'folder.md' && a[0] === 'export'))) {
      const r = await cli(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
    expect(fs.existsSync(path.join(dir, 'out.md'))).toBe(false);
  });

  it('reads a UTF-8 file with a byte order mark, and one just under the limit', async () => {
    const bom = file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC)]));
    expect((await cli(dir, ['check', bom])).stderr).toBe('');
    const pad = 'Text.\n'.repeat(Math.floor((MAX_DOCUMENT_BYTES - DOC.length) / 6));
    const near = file('near.md', DOC + pad);
    expect(fs.statSync(path.join(dir, near)).size).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    const r = await cli(dir, ['export', near, '--format', 'md', '--out', 'near-out.md']);
    expect(withoutErrorsLeft(r.stderr)).toBe('');
    expect(r.code).toBe(0);
  });

  it('decodes mostly-Chinese UTF-8 (no NUL pattern) as text', () => {
    expect(decodeDocumentBytes(Buffer.from('## 问题\n\n欺诈损失增长。\n'), 'zh.md')).toBe('## 问题\n\n欺诈损失增长。\n');
  });
});

describe('the document size limit in the API', () => {
  const over = 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 1); // under the limit in characters, over it in bytes
  it.each([
    ['documents.update', { company: 'acme', id: 'd1', baseRevision: 0, patch: { sections: { problem: over } } }],
    ['documents.update', { company: 'acme', id: 'd1', baseRevision: 0, patch: { sections: { a: 'x'.repeat(MAX_DOCUMENT_BYTES / 2), b: 'x'.repeat(MAX_DOCUMENT_BYTES / 2 + 1) } } }],
    ['rubric.check', { company: 'acme', templateId: 'impact-brief', sections: { problem: over } }],
    ['documents.import', { company: 'acme', markdown: over }],
  ] as const)('%s refuses a document over 1 MB', (op, payload) => {
    const r = parseRequest(op, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/This document is just over 1 MB; Dossier reads documents up to 1 MB \(a one- to three-page document is a few KB\)\.$/);
  });
  it('accepts a document at the limit', () => {
    expect(parseRequest('documents.import', { company: 'acme', markdown: 'x'.repeat(MAX_DOCUMENT_BYTES) }).ok).toBe(true);
    // Headings count too: 'problem' is 7 bytes.
    expect(parseRequest('rubric.check', { company: 'acme', templateId: 'impact-brief', sections: { problem: 'x'.repeat(MAX_DOCUMENT_BYTES - 7) } }).ok).toBe(true);
    expect(parseRequest('rubric.check', { company: 'acme', templateId: 'impact-brief', sections: { problem: 'x'.repeat(MAX_DOCUMENT_BYTES - 6) } }).ok).toBe(false);
  });

  // 600,000 junk section keys (8.9 MB) held the server 64 s and stored an 11 MB document.
  const manySections = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`extra:junk ${i}`, 'x']));
  it.each([
    ['documents.update', (sections: Record<string, string>) => ({ company: 'acme', id: 'd1', baseRevision: 0, patch: { sections } })],
    ['rubric.check', (sections: Record<string, string>) => ({ company: 'acme', templateId: 'impact-brief', sections })],
  ] as const)('%s refuses more than MAX_SECTIONS sections with one clear message', (op, payload) => {
    expect(parseRequest(op, payload(manySections(MAX_SECTIONS))).ok).toBe(true);
    for (const n of [MAX_SECTIONS + 1, 20_000]) {
      const r = parseRequest(op, payload(manySections(n)));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/This document has more than 1,000 sections; Dossier keeps up to 1,000 \(a one- to three-page document has a few dozen at most\)\.$/);
    }
  });
});

// The editor saves every section with each change and the API refuses more than MAX_SECTIONS, so
// an import past it would store a document that could never be saved again.
describe('importing a file with too many sections', () => {
  it('refuses it with one line and stores nothing; a file within the bound imports', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-sections-'));
    expect((await cli(dir, ['init', '--workspace', 'ws'])).code).toBe(0);
    const stored = () => (fs.readdirSync(path.join(dir, 'ws'), { recursive: true }) as string[]).filter((f) => /documents[\\/][^\\/]+\.json$/.test(f)).length;
    const before = stored();
    fs.writeFileSync(path.join(dir, 'many.md'), DOC + '## A\n'.repeat(MAX_SECTIONS + 1));
    const r = await cli(dir, ['import', 'many.md', '--workspace', 'ws']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('This Markdown file has more than 1,000 sections; Dossier keeps up to 1,000');
    expect(stored()).toBe(before);
    fs.writeFileSync(path.join(dir, 'fewer.md'), DOC + '## A\n'.repeat(MAX_SECTIONS - 20));
    expect((await cli(dir, ['import', 'fewer.md', '--workspace', 'ws'])).code).toBe(0);
    expect(stored()).toBeGreaterThan(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
