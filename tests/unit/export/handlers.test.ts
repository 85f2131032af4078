// export.* handlers over a real workspace in a temp folder: files land in the company's exports/
// folder with readable, non-clobbering names; exports take a snapshot; private terms need a yes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { OpenedWorkspace } from '../../../src/core/workspace/openWorkspace';
import type { CoreContext } from '../../../src/core/context';
import type { PdfPrinter } from '../../../src/core/export/types';
import { exportHandlers } from '../../../src/core/handlers/exportHandlers';
import { DossierError } from '../../../src/core/errors';
import { CHROMIUM_MISSING } from '../../../src/core/export/pdfUnavailable';
import { normalBrief } from './fixtures/documents';
import { PYTHON, removeTempDirs, tempDir } from './fixtures/tools';
import { tinyPdf } from './fixtures/tinyPdf';
import { docInput } from '../workspace/fixtures/docInput';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const stores: OpenedWorkspace[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
afterAll(removeTempDirs);

/** A printer that records the HTML it was given and returns a PDF of `pages` pages. */
function fakePrinter(pages = 1): PdfPrinter & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    async print(html) {
      printed.push(html);
      return tinyPdf(pages);
    },
    async close() {},
  };
}

function setup(opts: { printer?: PdfPrinter | null; privateTerms?: string[]; keepExportVersions?: boolean } = {}) {
  const root = tempDir();
  const store = openWorkspace(root, { now: () => new Date(2026, 10, 23, 10, 0) });
  stores.push(store);
  store.updateSettings({ candidateName: 'Jane Doe', privateTerms: opts.privateTerms ?? [], keepExportVersions: opts.keepExportVersions ?? false });
  const company = store.createCompany('American Express', 'american-express');
  const at = new Date(2026, 10, 23).toISOString();
  const doc = store.createDocument(
    docInput(company.slug, { title: 'Real-time fraud scoring', sections: normalBrief.sections, createdAt: at, updatedAt: at }),
  );
  const ctx: CoreContext = {
    store,
    shell: 'cli',
    appRoot,
    printer: opts.printer === undefined ? fakePrinter() : opts.printer,
    now: () => new Date(2026, 10, 23, 10, 0),
  };
  return { root, store, ctx, slug: company.slug, id: doc.id, h: exportHandlers(ctx) };
}

function handler<K extends 'export.preview' | 'export.document' | 'export.company'>(h: ReturnType<typeof exportHandlers>, name: K) {
  const fn = h[name];
  if (!fn) throw new Error(`${name} is not registered`);
  return fn;
}

describe('export.document', () => {
  it('writes a readable file name into the company exports folder and returns a workspace-relative path', async () => {
    const { root, h, slug, id } = setup();
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'docx' });
    expect(r.fileName).toBe('One-page impact brief - Real-time fraud scoring - 2026-11-23.docx');
    expect(r.path).toBe(`companies/${slug}/exports/${r.fileName}`);
    expect(r.format).toBe('docx');
    const bytes = fs.readFileSync(path.join(root, r.path));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('asks first when a character has no glyph in the export fonts (emoji), saying where', async () => {
    const { h, slug, store } = setup();
    const doc = store.createDocument(docInput(slug, { title: 'Launch recap', sections: { ...normalBrief.sections, problem: 'Shipped on time 🚀.' } }));
    const err = await handler(h, 'export.document')({ company: slug, id: doc.id, format: 'docx', askFirst: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'needs-confirmation' });
    expect((err as DossierError).message).toContain('“🚀” in Problem cannot be drawn by the export fonts');
    expect((err as DossierError).details).toMatchObject({ missingGlyphs: [{ char: '🚀', where: 'Problem' }] });
  });

  it('a re-export replaces the previous file of the same name', async () => {
    const { h, slug, id, root } = setup();
    const a = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    const b = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    expect(b.fileName).toBe(a.fileName);
    expect(fs.readdirSync(path.join(root, 'companies', slug, 'exports'))).toEqual([a.fileName]);
  });

  it('refuses to write over a symbolic link in the exports folder, as `dossier export --out` does', async () => {
    const { h, slug, id, root } = setup();
    const first = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    const target = path.join(root, first.path);
    const outside = path.join(tempDir(), 'outside.md');
    fs.writeFileSync(outside, 'not yours');
    fs.rmSync(target);
    fs.symlinkSync(outside, target);
    const err = await handler(h, 'export.document')({ company: slug, id, format: 'md' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect(err).toMatchObject({ code: 'conflict' });
    expect((err as DossierError).message).toContain(`Could not save the export as “${first.fileName}” in the exports folder: it is a symbolic link`);
    expect(fs.lstatSync(target).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(outside, 'utf8')).toBe('not yours');
  });

  it.each([
    ['a file', 'it is a file', (p: string) => fs.writeFileSync(p, 'keep me')],
    ['a pipe', 'it is a pipe (FIFO)', (p: string) => execFileSync('mkfifo', [p])],
  ])('when the exports folder is %s: one message naming it, nothing changed (document and company exports)', async (_kind, phrase, make) => {
    const { h, slug, id, root, store } = setup();
    const exportsPath = path.join(root, 'companies', slug, 'exports');
    fs.rmSync(exportsPath, { recursive: true });
    make(exportsPath);
    store.createDocument(docInput(slug, { title: 'Second', sections: normalBrief.sections }));
    for (const run of [
      () => handler(h, 'export.document')({ company: slug, id, format: 'md' }),
      () => handler(h, 'export.company')({ company: slug, format: 'md' }),
    ]) {
      const err = await run().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DossierError);
      expect(err).toMatchObject({ code: 'conflict', details: { path: `companies/${slug}/exports` } });
      expect((err as DossierError).message).toBe(
        `Could not save the export: “companies/${slug}/exports” in the workspace should be the company's exports folder, but ${phrase}. Move or rename it, then export again. Nothing was changed.`,
      );
    }
    if (phrase === 'it is a file') expect(fs.readFileSync(exportsPath, 'utf8')).toBe('keep me');
    else expect(fs.lstatSync(exportsPath).isFIFO()).toBe(true);
  });

  it('keeps every version when the workspace setting says so: the second export gets " (2)"', async () => {
    const { h, slug, id } = setup({ keepExportVersions: true });
    const a = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    const b = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    expect(b.fileName).toBe(a.fileName.replace('.md', ' (2).md'));
  });

  it('asks first (askFirst) when required sections are empty or there are error-level findings, naming them', async () => {
    const { h, slug, store } = setup();
    const empty = store.createDocument(docInput(slug, { title: 'Empty draft', sections: {} }));
    const err = await handler(h, 'export.document')({ company: slug, id: empty.id, format: 'pdf', askFirst: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    expect(err).toMatchObject({ code: 'needs-confirmation' });
    expect((err as DossierError).message).toMatch(/^“Empty draft” is not ready yet: \d required sections are empty \(“Problem”, “Decisions I owned”, “Outcome”, “Risk and compliance”/);
    expect((err as DossierError).details).toMatchObject({ reason: 'findings', emptySections: expect.arrayContaining([{ id: 'problem', label: 'Problem' }, expect.objectContaining({ id: 'outcome' })]) });
    // Without askFirst (the candidate already said "export anyway"; the CLI) it exports.
    const r = await handler(h, 'export.document')({ company: slug, id: empty.id, format: 'md' });
    expect(r.fileName).toMatch(/Empty draft/);
  });

  it('takes a snapshot revision with reason "export"', async () => {
    const { store, h, slug, id } = setup();
    const before = store.getDocument(slug, id);
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'html' });
    const after = store.getDocument(slug, id);
    expect(after.history).toHaveLength(before.history.length + 1);
    const snap = after.history.at(-1);
    expect(snap).toMatchObject({ reason: 'export', revision: before.revision, title: 'Real-time fraud scoring', label: `Exported ${r.fileName}` });
    expect(snap?.sections).toEqual(before.sections);
  });

  it('exports Markdown in the interchange format', async () => {
    const { root, h, slug, id } = setup();
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    const text = fs.readFileSync(path.join(root, r.path), 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('template: impact-brief');
    expect(text).toContain('title: Real-time fraud scoring');
    expect(text).toContain('## Decisions I owned');
  });

  it('prints PDFs through the printer with title and author, and reports the page count', async () => {
    const printer = fakePrinter(1);
    const { h, slug, id } = setup({ printer });
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'pdf', design: 'modern' });
    expect(r.pages).toBe(1);
    expect(r.overBudget).toBeUndefined();
    expect(printer.printed[0]).toContain('<body class="design-modern">');
    expect(printer.printed[0]).toContain('<title>Real-time fraud scoring</title>');
  });

  it('reports a one-page template that prints on two pages, and prints compact on request', async () => {
    const printer = fakePrinter(2);
    const { h, slug, id } = setup({ printer });
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'pdf' });
    expect(r.pages).toBe(2);
    expect(r.overBudget).toMatchObject({ pages: 2, budget: 1, overBy: { pages: 1 }, compactAvailable: true });
    expect(r.overBudget?.longestSection?.label).toBeTruthy();
    const c = await handler(h, 'export.document')({ company: slug, id, format: 'pdf', compact: true });
    expect(printer.printed[1]).toContain('class="design-classic compact"');
    expect(c.overBudget?.compactAvailable).toBe(false);
  });

  it('without Chromium, a PDF export fails with the install hint and writes nothing', async () => {
    const { root, h, slug, id } = setup({ printer: null });
    await expect(handler(h, 'export.document')({ company: slug, id, format: 'pdf' })).rejects.toMatchObject({
      code: 'unavailable',
      message: CHROMIUM_MISSING,
    });
    expect(fs.readdirSync(path.join(root, 'companies', slug, 'exports'))).toEqual([]);
  });

  it('asks for confirmation when a private term appears, then exports once confirmed', async () => {
    const { root, h, slug, id } = setup({ privateTerms: ['debit portfolio'] });
    const err = await handler(h, 'export.document')({ company: slug, id, format: 'md' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DossierError);
    const e = err as DossierError;
    expect(e.code).toBe('needs-confirmation');
    expect(e.message).toContain('“debit portfolio”');
    const findings = (e.details as { findings: { rule: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'confidentiality')).toBe(true);
    expect(fs.readdirSync(path.join(root, 'companies', slug, 'exports'))).toEqual([]);
    const ok = await handler(h, 'export.document')({ company: slug, id, format: 'md', confirmPrivateTerms: true });
    expect(ok.fileName).toMatch(/\.md$/);
  });

  it('asks for confirmation when only the title mentions a private term', async () => {
    const { store, h, slug, id } = setup({ privateTerms: ['Fraud scoring'] });
    const err = await handler(h, 'export.document')({ company: slug, id, format: 'md' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'needs-confirmation' });
    const findings = ((err as DossierError).details as { findings: { section: string | null; excerpt: string; message: string }[] }).findings;
    expect(findings).toEqual([expect.objectContaining({ section: null, excerpt: 'fraud scoring', message: expect.stringContaining('title') as unknown })]);
    // Turning the rule off for the workspace turns the gate off too.
    store.updateSettings({ disabledRules: ['confidentiality'] });
    const ok = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    expect(ok.fileName).toMatch(/\.md$/);
  });

  it('lists error-level findings without blocking the export', async () => {
    const { store, h, slug, id } = setup();
    store.updateDocument(slug, id, null, (d) => ({ ...d, sections: { problem: 'Worked on a churn model that helped the retention team a lot.' } }));
    const r = await handler(h, 'export.document')({ company: slug, id, format: 'md' });
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('export.preview', () => {
  it('returns the sanitized page in the chosen design', async () => {
    const { h, slug, id } = setup();
    const r = await handler(h, 'export.preview')({ company: slug, id });
    expect(r.design).toBe('classic');
    expect(r.pageSize).toBe('letter');
    expect(r.html).toContain('Content-Security-Policy');
    expect(r.html).toContain('Jane Doe · for American Express · November 23, 2026');
    const modern = await handler(h, 'export.preview')({ company: slug, id, design: 'modern' });
    expect(modern.html).toContain('design-modern');
  });
});

describe('export.company', () => {
  it('exports every document of the company in one action', async () => {
    const { store, h, slug, id, root } = setup();
    const second = store.getDocument(slug, id);
    store.createDocument({ ...second, id: undefined, title: 'Second brief' } as Parameters<typeof store.createDocument>[0]);
    const r = await handler(h, 'export.company')({ company: slug, format: 'docx' });
    expect(r.failed).toEqual([]);
    expect(r.files.map((f) => f.fileName).sort()).toEqual([
      'One-page impact brief - Real-time fraud scoring - 2026-11-23.docx',
      'One-page impact brief - Second brief - 2026-11-23.docx',
    ]);
    // Plus one .zip of them all, read back by Python's zipfile (an independent reader).
    const zipName = 'American Express - All DOCX - 2026-11-23.zip';
    expect(r.archive).toEqual({ path: `companies/${slug}/exports/${zipName}`, fileName: zipName });
    expect(fs.readdirSync(path.join(root, 'companies', slug, 'exports')).sort()).toEqual([...r.files.map((f) => f.fileName), zipName].sort());
    const zipPath = path.join(root, 'companies', slug, 'exports', zipName);
    const listing = execFileSync(
      PYTHON,
      ['-c', 'import sys, zipfile, hashlib, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({i.filename: hashlib.sha256(z.read(i)).hexdigest() for i in z.infolist()}))', zipPath],
      { encoding: 'utf8' },
    );
    const expected = Object.fromEntries(
      r.files.map((f) => [f.fileName, createHash('sha256').update(fs.readFileSync(path.join(root, f.path))).digest('hex')]),
    );
    expect(JSON.parse(listing)).toEqual(expected);
  });

  it('the .zip carries clean names even when the files on disk are numbered versions', async () => {
    const { store, h, slug, id, root } = setup({ keepExportVersions: true });
    const first = store.getDocument(slug, id);
    store.createDocument({ ...first, id: undefined, title: 'Second brief' } as Parameters<typeof store.createDocument>[0]);
    await handler(h, 'export.company')({ company: slug, format: 'md' });
    const r = await handler(h, 'export.company')({ company: slug, format: 'md' });
    expect(r.files.map((f) => f.fileName).sort()).toEqual([
      'One-page impact brief - Real-time fraud scoring - 2026-11-23 (2).md',
      'One-page impact brief - Second brief - 2026-11-23 (2).md',
    ]);
    const zipPath = path.join(root, r.archive?.path ?? '');
    const names = execFileSync(PYTHON, ['-c', 'import sys, zipfile\nprint("\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))', zipPath], { encoding: 'utf8' });
    expect(names.trim().split('\n')).toEqual([
      'One-page impact brief - Real-time fraud scoring - 2026-11-23.md',
      'One-page impact brief - Second brief - 2026-11-23.md',
    ]);
  });

  it('writes no archive for a single file, and keeps the files when the archive cannot be written', async () => {
    const { store, h, slug, id, root } = setup();
    const single = await handler(h, 'export.company')({ company: slug, format: 'md' });
    expect(single.files).toHaveLength(1);
    expect(single.archive).toBeUndefined();
    const second = store.getDocument(slug, id);
    store.createDocument({ ...second, id: undefined, title: 'Second brief' } as Parameters<typeof store.createDocument>[0]);
    // A folder squatting on the archive's name (and every numbered alternative) makes the zip fail.
    const exportsDir = path.join(root, 'companies', slug, 'exports');
    const base = 'American Express - All Markdown - 2026-11-23';
    for (let n = 1; n <= 500; n++) fs.mkdirSync(path.join(exportsDir, n === 1 ? `${base}.zip` : `${base} (${n}).zip`));
    const r = await handler(h, 'export.company')({ company: slug, format: 'md' });
    expect(r.failed).toEqual([]);
    expect(r.files).toHaveLength(2);
    expect(r.archive).toBeUndefined();
    expect(r.archiveError).toMatch(/tidy the exports folder|could not/i);
    for (const f of r.files) expect(fs.existsSync(path.join(root, f.path))).toBe(true);
  });

  it('asks once for the whole company when any document has a private term', async () => {
    const { h, slug } = setup({ privateTerms: ['debit portfolio'] });
    await expect(handler(h, 'export.company')({ company: slug, format: 'md' })).rejects.toMatchObject({ code: 'needs-confirmation' });
    const r = await handler(h, 'export.company')({ company: slug, format: 'md', confirmPrivateTerms: true });
    expect(r.files).toHaveLength(1);
  });
});
