// A document entry that is not a regular file (a link, a folder named <id>.json) is not read, and
// is listed in workspace.info's problems with the reason, instead of vanishing from documents.list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

describe('documents that are not regular files', () => {
  it('are named in problems(): a link outside the workspace, and a folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-skip-'));
    const ws = path.join(dir, 'ws');
    const io = { out: () => {}, err: () => {}, cwd: root, env: { DOSSIER_WORKSPACE: undefined }, appRoot: root };
    let said = '';
    expect(await runCli(['init', '--workspace', ws], io)).toBe(0);
    expect(await runCli(['import', 'tests/fixtures/strong-brief.md', '--workspace', ws], { ...io, out: (t) => (said += t) })).toBe(0);
    const m = /companies\/([^/]+)\/documents\/([^.]+)\.json/.exec(said);
    const slug = m?.[1] ?? '';
    const docs = path.join(ws, 'companies', slug, 'documents');
    const outside = path.join(dir, 'elsewhere.json');
    fs.copyFileSync(path.join(docs, `${m?.[2] ?? ''}.json`), outside);
    fs.symlinkSync(outside, path.join(docs, 'linked.json'));
    fs.mkdirSync(path.join(docs, 'folder.json'));

    const store = openWorkspace(ws, { readOnly: true });
    try {
      expect(store.listDocuments(slug).map((d) => d.id)).toEqual([m?.[2]]);
      const problems = store.problems().map((p) => [p.file, p.message]);
      expect(problems).toEqual(
        expect.arrayContaining([
          [`companies/${slug}/documents/linked.json`, expect.stringContaining('is a link to a file outside the workspace; Dossier does not follow links')],
          [`companies/${slug}/documents/folder.json`, expect.stringContaining('is a folder where a document file should be')],
        ]),
      );
      expect(problems).toHaveLength(2);
    } finally {
      store.close();
    }
  });
});
