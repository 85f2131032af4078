// Every kind of file Dossier reads, in the shapes editors and accidents leave them: with a UTF-8
// byte-order mark (Windows Notepad, PowerShell 5), with CRLF line ends, empty, truncated, and
// valid JSON of the wrong shape. A BOM and CRLF read normally; the others are reported by file
// name, never replaced by defaults, and never overwritten (not even by a later save).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import { DossierError } from '../../../src/core/errors';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { parsePack } from '../../../src/core/rubric/loadRulePacks';
import { loadProfiles } from '../../../src/core/companies/loadProfiles';
import { parseBankFile } from '../../../src/core/questions/loadQuestionBank';
import { bankReferences } from '../../../src/core/questions/buildQuestionsView';
import type { CoreContext } from '../../../src/core/context';
import { exportHandlers } from '../../../src/core/handlers/exportHandlers';
import { workspaceInfo } from '../../../src/core/handlers/workspaceHandlers';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliIo';
import { docInput } from './fixtures/docInput';
import { removeTempDirs, tempDir } from './fixtures/tempDir';
import { caught } from './fixtures/caught';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
afterAll(removeTempDirs);

type Variant = 'bom' | 'crlf' | 'empty' | 'truncated' | 'schema-invalid';

/** The good text of a file turned into each variant. `wrongShape` is valid JSON the schema refuses. */
function variant(good: string, v: Variant, wrongShape: string): string {
  switch (v) {
    case 'bom':
      return `\uFEFF${good}`;
    case 'crlf':
      return good.replace(/\n/g, '\r\n');
    case 'empty':
      return '';
    case 'truncated':
      return good.slice(0, Math.floor(good.length / 2));
    case 'schema-invalid':
      return wrongShape;
  }
}

/** What the candidate is told for each broken variant. */
const TOLD: Record<Exclude<Variant, 'bom' | 'crlf'>, RegExp> = {
  empty: /is not valid JSON \(the file is empty\)\. Dossier left it untouched\./,
  truncated: /is not valid JSON \(line \d+, column \d+: .+\)\. Dossier left it untouched\./,
  'schema-invalid': /does not have the shape Dossier expects — field “.+”: .+\. Dossier left it untouched\./,
};
const VARIANTS: Variant[] = ['bom', 'crlf', 'empty', 'truncated', 'schema-invalid'];

/** A workspace with settings, one company and one document, saved and closed. */
function workspaceOnDisk() {
  const root = tempDir();
  const store = openWorkspace(root);
  store.updateSettings({ candidateName: 'Jane Doe', privateTerms: ['Project Falcon'] });
  const c = store.createCompany('Acme', 'american-express');
  const doc = store.createDocument(docInput(c.slug, { title: 'Fraud scoring' }));
  store.close();
  return { root, slug: c.slug, id: doc.id };
}

interface StoreKind {
  kind: string;
  rel: (w: { slug: string; id: string }) => string;
  wrongShape: string;
  /** Reads the file's content through the store (what a good variant must give back). */
  read: (s: OpenedWorkspace, w: { slug: string; id: string }) => unknown;
  expected: unknown;
  /** A save that would rewrite the file. */
  save: (s: OpenedWorkspace, w: { slug: string; id: string }) => unknown;
}

const STORE_KINDS: StoreKind[] = [
  {
    kind: 'workspace.json',
    rel: () => 'workspace.json',
    wrongShape: JSON.stringify({ schemaVersion: 1, createdAt: 'never', settings: { privateTerms: 'Project Falcon' } }),
    read: (s) => s.workspace().settings.privateTerms,
    expected: ['Project Falcon'],
    save: (s) => s.updateSettings({ candidateName: 'Someone else' }),
  },
  {
    kind: 'company dossier.json',
    rel: (w) => `companies/${w.slug}/dossier.json`,
    wrongShape: JSON.stringify({ schemaVersion: 1, name: 42 }),
    read: (s, w) => s.getCompany(w.slug).name,
    expected: 'Acme',
    save: (s, w) => s.updateCompany(w.slug, (c) => ({ ...c, name: 'Renamed' })),
  },
  {
    kind: 'document',
    rel: (w) => `companies/${w.slug}/documents/${w.id}.json`,
    wrongShape: JSON.stringify({ schemaVersion: 1, id: 'x', templateId: 'impact-brief', templateVersion: 1, title: 5 }),
    read: (s, w) => s.getDocument(w.slug, w.id).title,
    expected: 'Fraud scoring',
    save: (s, w) => s.updateDocument(w.slug, w.id, null, (d) => ({ ...d, title: 'Renamed' })),
  },
];

describe.each(STORE_KINDS)('$kind', (k) => {
  it.each(VARIANTS)('%s', (v) => {
    const w = workspaceOnDisk();
    const file = path.join(w.root, k.rel(w));
    const text = variant(fs.readFileSync(file, 'utf8'), v, k.wrongShape);
    fs.writeFileSync(file, text);
    const store = openWorkspace(w.root);
    try {
      if (v === 'bom' || v === 'crlf') {
        expect(store.problems()).toEqual([]);
        expect(k.read(store, w)).toEqual(k.expected);
        return;
      }
      const problems = store.problems();
      expect(problems.map((p) => p.file)).toEqual([k.rel(w)]);
      expect(problems[0]!.message).toContain(`“${k.rel(w)}”`);
      expect(problems[0]!.message).toMatch(TOLD[v]);
      // The last saved version is offered, with its age.
      expect(problems[0]!.backup).not.toBeNull();
      expect(problems[0]!.backupSavedAt).not.toBeNull();
      // Never replaced by defaults: reading it fails naming the file; so does saving over it.
      for (const op of [() => k.read(store, w), () => k.save(store, w)]) {
        const err = caught(op);
        expect(err.code).toBe('corrupt-file');
        expect(err.file).toBe(k.rel(w));
      }
      store.refresh();
    } finally {
      store.close();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('workspace.json that cannot be read', () => {
  function brokenSettings() {
    const w = workspaceOnDisk();
    fs.writeFileSync(path.join(w.root, 'workspace.json'), '\uFEFF{"schemaVersion":1,'); // a BOM and then truncated
    const store = openWorkspace(w.root, { now: () => new Date(2026, 10, 23, 10, 0) });
    const ctx: CoreContext = { store, shell: 'cli', appRoot, printer: null, now: () => new Date(2026, 10, 23, 10, 0) };
    return { ...w, store, ctx };
  }

  it('blocks every export, even one already confirmed: its private terms cannot be checked', async () => {
    const { store, ctx, slug, id } = brokenSettings();
    try {
      store.updateDocument(slug, id, null, (d) => d); // the document itself is fine
      const h = exportHandlers(ctx);
      for (const call of [
        () => h['export.document']!({ company: slug, id, format: 'html', confirmPrivateTerms: true }),
        () => h['export.document']!({ company: slug, id, format: 'md', confirmPrivateTerms: true }),
        () => h['export.company']!({ company: slug, format: 'md', confirmPrivateTerms: true }),
      ]) {
        const err = await call().then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(DossierError);
        expect((err as DossierError).code).toBe('corrupt-file');
        expect((err as DossierError).message).toContain('“workspace.json”');
      }
      expect(fs.readdirSync(store.exportsDir(slug))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('the app still opens and lists the problem first', () => {
    const { store, ctx } = brokenSettings();
    try {
      const info = workspaceInfo(ctx);
      expect(info.problems.map((p) => p.file)).toEqual(['workspace.json']);
      expect(info.problems[0]!.backup).not.toBeNull();
    } finally {
      store.close();
    }
  });
});

describe('dossier import into a company whose dossier.json cannot be read', () => {
  it('names the broken file and says what to do instead of “Unknown company”', async () => {
    const w = workspaceOnDisk();
    const companyFile = path.join(w.root, 'companies', w.slug, 'dossier.json');
    fs.writeFileSync(companyFile, '{ "schemaVersion": 1, "name": ');
    const md = path.join(w.root, 'brief.md');
    fs.writeFileSync(md, `---\ntemplate: impact-brief\ncompany: ${w.slug}\ntitle: T\n---\n## Problem\nFraud cost $4M.\n`);
    let stderr = '';
    const io: CliIo = { out: () => {}, err: (t) => (stderr += t), cwd: w.root, env: {}, appRoot };
    const code = await runCli(['import', md, '--workspace', w.root], io);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/Unknown company/);
    expect(stderr).toContain(`companies/${w.slug}/dossier.json`);
    expect(stderr).toMatch(/is not valid JSON/);
    expect(stderr).toMatch(/Restore last good backup/);
    expect(stderr).toMatch(/then import again/);
    expect(fs.readFileSync(companyFile, 'utf8')).toBe('{ "schemaVersion": 1, "name": ');
  });
});

describe('files from outside the workspace folder', () => {
  const template = fs.readFileSync(path.join(appRoot, 'templates', 'impact-brief.json'), 'utf8');
  const userTemplate = JSON.stringify({ ...(JSON.parse(template) as object), id: 'my-brief', name: 'My brief' }, null, 2) + '\n';

  it.each(VARIANTS)('a user template, %s', (v) => {
    const ws = tempDir();
    fs.mkdirSync(path.join(ws, 'templates'));
    const file = path.join(ws, 'templates', 'my-brief.json');
    const text = variant(userTemplate, v, JSON.stringify({ id: 'my-brief', sections: 'none' }));
    fs.writeFileSync(file, text);
    const loaded = loadTemplatesFrom(appRoot, ws);
    const mine = loaded.templates.find((t) => t.id === 'my-brief');
    const problems = loaded.problems.filter((p) => p.file === 'templates/my-brief.json');
    if (v === 'bom' || v === 'crlf') {
      expect(mine?.name).toBe('My brief');
      expect(problems).toEqual([]);
    } else {
      expect(mine).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(v === 'schema-invalid' ? /./ : /is not valid JSON/);
      if (v === 'schema-invalid') expect(problems[0]!.field).not.toBe('(file)');
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  const pack = fs.readFileSync(path.join(appRoot, 'resources', 'rubrics', 'fintech.json'), 'utf8');
  const ruleCount = (JSON.parse(pack) as { rules: unknown[] }).rules.length;

  it.each(VARIANTS)('a rule pack, %s', (v) => {
    const loaded = parsePack('resources/rubrics/fintech.json', variant(pack, v, JSON.stringify({ pack: 'fintech', rules: 'none' })));
    if (v === 'bom' || v === 'crlf') {
      expect(loaded.problems).toEqual([]);
      expect(loaded.rules).toHaveLength(ruleCount);
    } else {
      expect(loaded.rules).toEqual([]);
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]!.file).toBe('resources/rubrics/fintech.json');
      if (v !== 'schema-invalid') expect(loaded.problems[0]!.message).toMatch(/is not valid JSON/);
    }
  });

  const bank = fs.readFileSync(path.join(appRoot, 'resources', 'questions', 'fintech.json'), 'utf8');
  const refs = bankReferences(loadProfiles(appRoot).profiles, loadTemplatesFrom(appRoot, null).templates);
  const questionCount = parseBankFile('resources/questions/fintech.json', bank, refs).questions.length;

  it.each(VARIANTS)('a question bank, %s', (v) => {
    const loaded = parseBankFile('resources/questions/fintech.json', variant(bank, v, JSON.stringify({ profile: 'fintech', questions: 'none' })), refs);
    if (v === 'bom' || v === 'crlf') {
      expect(loaded.problems).toEqual([]);
      expect(loaded.questions.length).toBe(questionCount);
      expect(questionCount).toBeGreaterThan(0);
    } else {
      expect(loaded.questions).toEqual([]);
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]!.file).toBe('resources/questions/fintech.json');
      if (v !== 'schema-invalid') expect(loaded.problems[0]!.message).toMatch(/is not valid JSON/);
    }
  });

  const profile = fs.readFileSync(path.join(appRoot, 'resources', 'companies', 'fintech.json'), 'utf8');

  it.each(VARIANTS)('a company profile, %s', (v) => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'resources', 'companies'), { recursive: true });
    const file = path.join(root, 'resources', 'companies', 'fintech.json');
    const text = variant(profile, v, JSON.stringify({ id: 'fintech', name: 3 }));
    fs.writeFileSync(file, text);
    const loaded = loadProfiles(root);
    if (v === 'bom' || v === 'crlf') {
      expect(loaded.problems).toEqual([]);
      expect(loaded.profiles.map((p) => p.id)).toEqual(['fintech']);
    } else {
      expect(loaded.profiles).toEqual([]);
      expect(loaded.problems.length).toBeGreaterThan(0);
      expect(loaded.problems[0]!.file).toBe('fintech.json');
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});
