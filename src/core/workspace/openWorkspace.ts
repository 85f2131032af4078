// The workspace store: lowdb files in one folder, with the guarantees of DESIGN.md "Workspace on
// disk". Every file is read once at open into an in-memory index (parsed data, the exact bytes,
// and a fingerprint: mtime + size + a content hash of the bytes last seen; the text itself is not
// kept); lists are answered from the index, saves go through lowdb's LowSync with the
// DurableFileAdapter, and every save first reads the file and compares its hash, so another
// program's change is never overwritten, even one that keeps the size and modification time.
import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import { DossierError } from '../errors';
import { CompanyFile, CURRENT_SCHEMA_VERSION, DocumentFile, WorkspaceFile, WorkspaceSettings } from './schemas';
import type { CompanySummary, DocumentSummary, FileProblem, WorkspaceStore } from './store';
import { DurableFileAdapter, fsyncDir, isErrno, readFileBytes, removeLeftoverTempFiles, writeFileDurableSync } from './durableFile';
import type { FileBytes } from './durableFile';
import { isSafeSegment, resolveInside, resolveRelative, segmentProblem } from './resolveInside';
import { parseDossierFile } from './parseDossierFile';
import { parseJsonText } from './jsonText';
import { readValidatedFiles, sameJson, validatedKey, writeValidatedFiles } from './validatedFiles';
import type { ParsedKinds } from './parseDossierFile';
import type { FileKind } from './migrations';
import { acquireLock, releaseLock } from './workspaceLock';
import { BACKUPS_TO_KEEP, backupDir, fileStamp, newestBackupText, newestValidBackup, writeBackup } from './backups';
import { uniqueSlug } from './slugify';
import { pathTaken } from './pathTaken';
import { newDocumentId } from './newDocumentId';

export interface OpenWorkspaceOptions {
  /** Read without taking the lock and never write (the CLI `check` path). */
  readOnly?: boolean;
  /**
   * false: read workspace.json and the company files only, no document (the CLI's check and
   * export need the settings and the companies; a 1,000-document workspace cost them about
   * 120 ms of CPU). Every document list is then empty and documentCount 0. Read-only opens only.
   */
  documents?: boolean;
  now?: () => Date;
  backupsToKeep?: number;
}

/** The store, plus whether this open created the workspace (first run). */
export interface OpenedWorkspace extends WorkspaceStore {
  readonly created: boolean;
}

/**
 * What we last saw of a file: its mtime, size and a content hash (SHA-1 of the bytes, base64).
 * A save always reads the file and compares the hash; refresh() reads only files whose mtime or
 * size changed. Only different bytes count as an outside change.
 */
interface Fingerprint {
  mtimeMs: number;
  size: number;
  hash: string;
}

/**
 * Why `dir` cannot be used as a folder, or null when it is one (a link to a folder counts) or does
 * not exist yet: a phrase such as "it is a pipe (FIFO)", to follow "but ".
 */
function notAFolder(dir: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch (err) {
    if (isErrno(err, 'ENOENT') && !isDanglingLink(dir)) return null;
    return isDanglingLink(dir) ? 'it is a link to something that does not exist' : `it cannot be read (${String((err as { code?: unknown }).code ?? err)})`;
  }
  if (st.isDirectory()) return null;
  if (st.isFIFO()) return 'it is a pipe (FIFO)';
  if (st.isSocket()) return 'it is a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'it is a device';
  return 'it is a file';
}

function isDanglingLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The content hash of a file's bytes (SHA-1, base64: 28 characters per file held in memory). A
 * string is hashed as its UTF-8 bytes, which are the bytes Dossier writes for it.
 */
export function contentHash(data: string | Uint8Array): string {
  return hash('sha1', data, 'base64');
}

interface Entry<K extends FileKind> {
  kind: K;
  rel: string;
  abs: string;
  /** lowdb over the durable adapter, made at the first save (most files are only read). */
  db: LowSync<unknown> | null;
  adapter: DurableFileAdapter | null;
  /** Of the bytes we last read or wrote; null when the file was missing. */
  fp: Fingerprint | null;
  /** The text read by syncBeforeWrite just before a save: the source of that save's backup. */
  beforeWrite: string | null;
  /** The content hash of the newest backup of this file, once known (undefined: not looked up yet). */
  backedUp?: string | null;
  data: ParsedKinds[K] | null;
  /** Why the file cannot be used; it is then never written. */
  problem: string | null;
  /**
   * The bytes of fp.hash validated unchanged (validatedFiles.ts), so their hash goes to
   * .dossier/validated.json. False after a save until the next open validates the saved bytes.
   */
  validated: boolean;
  /** Documents only: the revision a caller must name to save (may be ahead of the file, see reload). */
  revision: number;
}

interface CompanyNode {
  entry: Entry<'company'>;
  docs: Map<string, Entry<'document'>>;
}

const DOC_FILE = /^([A-Za-z0-9_-][A-Za-z0-9._-]*)\.json$/;

export function openWorkspace(rootDir: string, opts: OpenWorkspaceOptions = {}): OpenedWorkspace {
  return new Store(path.resolve(rootDir), opts);
}

class Store implements OpenedWorkspace {
  readonly root: string;
  readonly created: boolean;
  readonly readOnly: boolean;
  /** False: documents are not read (OpenWorkspaceOptions.documents). */
  private readonly withDocuments: boolean;
  private readonly now: () => Date;
  private readonly keep: number;
  private readonly lockFile: string;
  private closed = false;
  private ws: Entry<'workspace'>;
  private readonly companies = new Map<string, CompanyNode>();
  /** Entries of documents/ named like a document but not a regular file (a link, a folder): workspace-relative path -> why it is not listed. */
  private readonly skippedFiles = new Map<string, string>();
  /** Paths found changed on disk while saving, reported by the next refresh(). */
  private readonly pendingChanged = new Set<string>();
  /** While opening: keys of .dossier/validated.json (null afterwards: changed files are always validated). */
  private validatedKeys: Set<string> | null = null;
  /** Keys of validatedKeys some file matched while opening. */
  private readonly validatedHits = new Set<string>();
  /** The files' validated keys differ from .dossier/validated.json. */
  private validatedDirty = false;

  constructor(root: string, opts: OpenWorkspaceOptions) {
    this.root = root;
    this.readOnly = opts.readOnly ?? false;
    this.withDocuments = opts.documents ?? true;
    if (!this.withDocuments && !this.readOnly) {
      throw new DossierError('bad-request', 'A workspace opened without its documents must be opened read-only.');
    }
    this.now = opts.now ?? (() => new Date());
    this.keep = opts.backupsToKeep ?? BACKUPS_TO_KEEP;
    this.lockFile = resolveInside(root, '.dossier', 'lock');
    if (this.readOnly) {
      if (!fs.existsSync(path.join(root, 'workspace.json'))) {
        throw new DossierError('not-found', `There is no Dossier workspace in “${root}”. Run “dossier init” to create one.`);
      }
    } else {
      try {
        fs.mkdirSync(path.join(root, '.dossier'), { recursive: true });
        acquireLock(this.lockFile, this.now());
      } catch (err) {
        if (err instanceof DossierError) throw err;
        const disk = diskProblem(err, '.dossier');
        if (disk !== null) throw disk;
        throw new DossierError(
          'unavailable',
          `Dossier cannot use the folder “${root}” as a workspace (${err instanceof Error ? err.message : String(err)}). Choose a folder you can write to.`,
        );
      }
    }
    try {
      this.validatedKeys = readValidatedFiles(root);
      this.ws = this.loadEntry('workspace', 'workspace.json', ['workspace.json']);
      let created = false;
      if (this.ws.fp === null && this.ws.problem === null && !this.readOnly) {
        const fresh = WorkspaceFile.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: this.now().toISOString() });
        fs.mkdirSync(path.join(root, 'companies'), { recursive: true });
        this.save(this.ws, fresh);
        created = true;
      }
      this.created = created;
      this.scanCompanies();
      if (this.validatedHits.size !== this.validatedKeys.size) this.validatedDirty = true; // stale keys
      this.validatedKeys = null;
      this.validatedHits.clear();
      this.writeValidated();
    } catch (err) {
      if (!this.readOnly) releaseLock(this.lockFile);
      throw err;
    }
  }

  // ---------------------------------------------------------------- workspace

  /**
   * The workspace settings and company order. Throws `corrupt-file` naming workspace.json while
   * that file cannot be read: its settings (private terms, the candidate's name) are never
   * replaced by defaults. A workspace whose workspace.json is missing (not broken) gets defaults.
   */
  workspace(): WorkspaceFile {
    this.assertOpen();
    if (this.ws.problem !== null) this.usable(this.ws);
    return structuredClone(this.ws.data ?? defaultWorkspace(this.now()));
  }

  updateSettings(patch: Partial<WorkspaceSettings>): WorkspaceSettings {
    this.assertWritable();
    // A settings patch holds whole lists (private terms): refuse it over an outside version.
    if (this.syncBeforeWrite(this.ws)) throw this.changedElsewhere(this.ws);
    const ws = structuredClone(this.usable(this.ws));
    const settings = WorkspaceSettings.parse({ ...ws.settings, ...patch });
    this.save(this.ws, { ...ws, settings });
    return structuredClone(settings);
  }

  problems(): FileProblem[] {
    this.assertOpen();
    const out: FileProblem[] = [];
    for (const entry of this.allEntries()) {
      if (entry.problem === null) continue;
      const backup = newestValidBackup(this.root, entry.rel, entry.kind);
      out.push({ file: entry.rel, message: entry.problem, backup: backup ? backup.file : null, backupSavedAt: backup ? backup.savedAt : null });
    }
    for (const [file, message] of this.skippedFiles) out.push({ file, message, backup: null, backupSavedAt: null });
    return out;
  }

  restoreBackup(file: string): void {
    this.assertWritable();
    const abs = resolveRelative(this.root, file);
    const entry = this.allEntries().find((e) => e.abs === abs);
    if (!entry) throw new DossierError('not-found', `Dossier does not know the file “${file}”.`, { file });
    if (entry.problem === null) {
      throw new DossierError('bad-request', `“${file}” reads fine, so there is nothing to restore.`, { file });
    }
    const backup = newestValidBackup(this.root, entry.rel, entry.kind);
    if (!backup) {
      throw new DossierError('not-found', `There is no good backup of “${file}”. The broken file is still there for you to repair by hand.`, { file });
    }
    if (fs.existsSync(abs)) {
      fs.renameSync(abs, `${abs}.broken-${fileStamp(this.now())}`);
    }
    writeFileDurableSync(abs, backup.text);
    this.reload(entry);
    if (entry.kind === 'company') this.scanDocuments(this.companies.get(path.basename(path.dirname(abs)))!);
  }

  // ---------------------------------------------------------------- companies

  listCompanies(): CompanySummary[] {
    this.assertOpen();
    const order = this.ws.data?.companyOrder ?? [];
    const rank = (slug: string) => {
      const i = order.indexOf(slug);
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const out: CompanySummary[] = [];
    for (const [slug, node] of this.companies) {
      const c = node.entry.data;
      if (!c || node.entry.problem !== null) continue;
      let documentCount = 0;
      for (const doc of node.docs.values()) if (doc.data && doc.problem === null) documentCount++;
      out.push({ slug, name: c.name, profileId: c.profileId, archived: c.archived, documentCount, updatedAt: c.updatedAt });
    }
    return out.sort((a, b) => rank(a.slug) - rank(b.slug) || a.name.localeCompare(b.name));
  }

  getCompany(slug: string): CompanyFile {
    return structuredClone(this.readCompany(slug).entry.data!);
  }

  createCompany(name: string, profileId: string | null, init: Partial<Pick<CompanyFile, 'loop' | 'checklist'>> = {}): CompanyFile {
    this.assertWritable();
    const trimmed = name.trim();
    if (trimmed === '') throw new DossierError('bad-request', 'A company needs a name.');
    this.assertNoFolderLink();
    const slug = uniqueSlug(trimmed, (s) => this.companies.has(s) || pathTaken(path.join(this.root, 'companies', s)));
    const dir = resolveInside(this.root, 'companies', slug);
    const rel = `companies/${slug}`;
    try {
      return this.createCompanyIn(dir, slug, trimmed, profileId, init);
    } catch (err) {
      // All or nothing (breaker: a full disk left a half-made folder that listed after a restart,
      // and the retry made "…-2"): the folder this call made goes again, with its backups.
      this.companies.delete(slug);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(backupDir(this.root, rel), { recursive: true, force: true });
      throw diskProblem(err, rel) ?? err;
    }
  }

  /** createCompany's steps: folders, company file, then the company order. Throws on the first failure. */
  private createCompanyIn(dir: string, slug: string, trimmed: string, profileId: string | null, init: Partial<Pick<CompanyFile, 'loop' | 'checklist'>>): CompanyFile {
    fs.mkdirSync(path.join(dir, 'documents'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'exports'), { recursive: true });
    const at = this.now().toISOString();
    const company = CompanyFile.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      slug,
      name: trimmed,
      profileId,
      createdAt: at,
      updatedAt: at,
      loop: init.loop ?? [],
      checklist: init.checklist ?? [],
    });
    const entry = this.loadEntry('company', `companies/${slug}/dossier.json`, ['companies', slug, 'dossier.json']);
    this.save(entry, company);
    this.companies.set(slug, { entry, docs: new Map() });
    // Keep the candidate's order; a broken workspace.json is left alone (the company still lists).
    if (this.ws.data && this.ws.problem === null) {
      const ws = this.writableWorkspace();
      if (!ws.companyOrder.includes(slug)) this.save(this.ws, { ...ws, companyOrder: [...ws.companyOrder, slug] });
    }
    return structuredClone(company);
  }

  updateCompany(slug: string, change: (company: CompanyFile) => CompanyFile): CompanyFile {
    this.assertWritable();
    const node = this.readCompany(slug);
    // The change carries what the candidate saw (a whole loop, checklist or pay table); over a
    // version another program wrote since, it would silently drop that program's edits.
    if (this.syncBeforeWrite(node.entry)) throw this.changedElsewhere(node.entry);
    const current = this.usable(node.entry);
    const next = CompanyFile.parse({ ...change(structuredClone(current)), slug, updatedAt: this.now().toISOString() });
    this.save(node.entry, next);
    return structuredClone(next);
  }

  // ---------------------------------------------------------------- documents

  listDocuments(company: string): DocumentSummary[] {
    const node = this.readCompany(company);
    const out: DocumentSummary[] = [];
    for (const entry of node.docs.values()) {
      const d = entry.data;
      if (!d || entry.problem !== null) continue;
      const last = d.history.length > 0 ? d.history[d.history.length - 1] : undefined;
      out.push({
        id: d.id,
        company,
        templateId: d.templateId,
        title: d.title,
        updatedAt: d.updatedAt,
        revision: entry.revision,
        tags: [...d.tags],
        lastScore: last ? last.score : null,
      });
    }
    return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
  }

  getDocument(company: string, id: string): DocumentFile {
    const entry = this.readDocument(company, id);
    return { ...structuredClone(this.usable(entry)), revision: entry.revision };
  }

  peekDocument(company: string, id: string): Readonly<DocumentFile> {
    const entry = this.readDocument(company, id);
    const doc = this.usable(entry);
    return doc.revision === entry.revision ? doc : { ...doc, revision: entry.revision };
  }

  createDocument(doc: Omit<DocumentFile, 'id' | 'revision'> & { id?: string }): DocumentFile {
    this.assertWritable();
    const node = this.readCompany(doc.company);
    const id = doc.id ?? newDocumentId();
    const idProblem = segmentProblem(id);
    if (idProblem !== null || !DOC_FILE.test(`${id}.json`)) {
      throw new DossierError('unsafe-path', `“${id}” cannot be a document id because ${idProblem ?? 'it has an unusual shape'}.`);
    }
    const rel = `companies/${doc.company}/documents/${id}.json`;
    this.assertNoFolderLink(doc.company, 'documents');
    const abs = resolveInside(this.root, 'companies', doc.company, 'documents', `${id}.json`);
    if (node.docs.has(id) || fs.existsSync(abs)) {
      throw new DossierError('conflict', `A document with the id “${id}” already exists in this company.`, { file: rel });
    }
    const at = this.now().toISOString();
    const full = DocumentFile.parse({
      ...doc,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id,
      revision: 0,
      createdAt: doc.createdAt || at,
      updatedAt: doc.updatedAt || at,
    });
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const entry = this.loadEntry('document', rel, ['companies', doc.company, 'documents', `${id}.json`]);
    this.save(entry, full);
    node.docs.set(id, entry);
    return structuredClone(full);
  }

  updateDocument(
    company: string,
    id: string,
    baseRevision: number | null,
    change: (doc: DocumentFile) => DocumentFile,
  ): DocumentFile {
    this.assertWritable();
    const entry = this.readDocument(company, id);
    this.syncBeforeWrite(entry);
    const current = { ...this.usable(entry), revision: entry.revision };
    if (baseRevision !== null && baseRevision !== current.revision) {
      throw new DossierError(
        'conflict',
        `“${current.title || id}” was changed somewhere else (another window or a sync tool) since you opened it ` +
          `(you edited version ${baseRevision}, the saved one is version ${current.revision}). ` +
          'Your edits were not saved over it: reload the document, then copy your changes in.',
        { file: entry.rel, details: { baseRevision, revision: current.revision } },
      );
    }
    const changed = change(structuredClone(current));
    const next = DocumentFile.parse({
      ...changed,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id,
      company,
      revision: current.revision + 1,
      updatedAt: this.now().toISOString(),
    });
    this.save(entry, next);
    return structuredClone(next);
  }

  deleteDocument(company: string, id: string): void {
    this.assertWritable();
    const node = this.readCompany(company);
    const entry = this.findDocument(node, company, id);
    const trash = resolveInside(this.root, '.dossier', 'trash', company, `${id}.json`);
    fs.mkdirSync(path.dirname(trash), { recursive: true });
    try {
      fs.renameSync(entry.abs, trash);
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
      node.docs.delete(id);
      throw new DossierError('not-found', 'That document is already gone from the workspace folder.', { file: entry.rel });
    }
    fsyncDir(path.dirname(entry.abs));
    fsyncDir(path.dirname(trash));
    node.docs.delete(id);
    if (entry.validated) this.validatedDirty = true;
  }

  restoreDocument(company: string, id: string): DocumentFile {
    this.assertWritable();
    const node = this.readCompany(company);
    if (!isSafeSegment(id)) throw new DossierError('unsafe-path', `“${id}” is not a valid document id.`);
    const trash = resolveInside(this.root, '.dossier', 'trash', company, `${id}.json`);
    const rel = `companies/${company}/documents/${id}.json`;
    this.assertNoFolderLink(company, 'documents');
    const abs = resolveInside(this.root, 'companies', company, 'documents', `${id}.json`);
    if (!fs.existsSync(trash)) throw new DossierError('not-found', 'There is no deleted document to bring back.', { file: rel });
    if (node.docs.has(id) || fs.existsSync(abs)) {
      throw new DossierError('conflict', 'A document with the same id is already in the workspace, so the deleted one was left in the trash.', { file: rel });
    }
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.renameSync(trash, abs);
    fsyncDir(path.dirname(abs));
    fsyncDir(path.dirname(trash));
    const entry = this.loadEntry('document', rel, ['companies', company, 'documents', `${id}.json`]);
    node.docs.set(id, entry);
    return this.getDocument(company, id);
  }

  exportsDir(company: string): string {
    this.readCompany(company);
    this.assertNoFolderLink(company, 'exports');
    const dir = resolveInside(this.root, 'companies', company, 'exports');
    const problem = notAFolder(dir);
    if (problem) {
      const rel = `companies/${company}/exports`;
      throw new DossierError('conflict', `Could not save the export: “${rel}” in the workspace should be the company's exports folder, but ${problem}. Move or rename it, then export again. Nothing was changed.`, {
        details: { path: rel },
      });
    }
    if (!this.readOnly) fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  // ---------------------------------------------------------------- external changes

  refresh(): string[] {
    this.assertOpen();
    const changed = new Set<string>(this.pendingChanged);
    this.pendingChanged.clear();
    if (this.changedOnDisk(this.ws)) {
      this.reloadOutside(this.ws);
      changed.add(this.ws.rel);
    }
    const onDisk = new Set(this.companySlugsOnDisk());
    for (const [slug, node] of [...this.companies]) {
      if (!onDisk.has(slug)) {
        this.companies.delete(slug);
        changed.add(node.entry.rel);
        continue;
      }
      if (this.changedOnDisk(node.entry)) {
        this.reloadOutside(node.entry);
        changed.add(node.entry.rel);
      }
      const ids = new Set(this.withDocuments ? this.documentIdsOnDisk(slug) : []);
      for (const [id, entry] of [...node.docs]) {
        if (!ids.has(id)) {
          node.docs.delete(id);
          changed.add(entry.rel);
        } else if (this.changedOnDisk(entry)) {
          this.reloadOutside(entry);
          changed.add(entry.rel);
        }
      }
      for (const id of ids) {
        if (node.docs.has(id)) continue;
        const entry = this.loadDocumentEntry(slug, id);
        node.docs.set(id, entry);
        changed.add(entry.rel);
      }
    }
    for (const slug of onDisk) {
      if (this.companies.has(slug)) continue;
      const node = this.loadCompany(slug);
      if (!node) continue;
      changed.add(node.entry.rel);
      for (const entry of node.docs.values()) changed.add(entry.rel);
    }
    if (changed.size > 0) this.validatedDirty = true; // a key may have gone with a removed or changed file
    this.writeValidated();
    return [...changed].sort();
  }

  close(): void {
    if (this.closed) return;
    this.writeValidated();
    this.closed = true;
    if (!this.readOnly) releaseLock(this.lockFile);
  }

  // ---------------------------------------------------------------- internals

  private assertOpen(): void {
    if (this.closed) throw new DossierError('unavailable', 'This workspace was closed. Open it again to continue.');
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnly) throw new DossierError('unavailable', 'This workspace is open read-only here, so nothing can be saved.');
  }

  private writableWorkspace(): WorkspaceFile {
    this.assertWritable();
    this.syncBeforeWrite(this.ws);
    return structuredClone(this.usable(this.ws));
  }

  /** The entry's data, or the corrupt-file error naming it. */
  private usable<K extends FileKind>(entry: Entry<K>): ParsedKinds[K] {
    if (entry.problem === null && entry.data === null) {
      throw new DossierError('not-found', `“${entry.rel}” was removed from the workspace folder by another program.`, { file: entry.rel });
    }
    if (entry.problem !== null || entry.data === null) {
      throw new DossierError(
        'corrupt-file',
        `${entry.problem ?? `“${entry.rel}” is missing.`} Restore the last good backup from the workspace problems list, or repair the file by hand.`,
        { file: entry.rel },
      );
    }
    return entry.data;
  }

  private readCompany(slug: string): CompanyNode {
    this.assertOpen();
    const node = isSafeSegment(slug) ? this.companies.get(slug) : undefined;
    if (!node) throw new DossierError('not-found', `There is no company “${slug}” in this workspace.`);
    this.usable(node.entry);
    return node;
  }

  private findDocument(node: CompanyNode, company: string, id: string): Entry<'document'> {
    const entry = isSafeSegment(id) ? node.docs.get(id) : undefined;
    if (!entry) throw new DossierError('not-found', `There is no document “${id}” in “${company}”. It may have been deleted.`);
    return entry;
  }

  private readDocument(company: string, id: string): Entry<'document'> {
    const entry = this.findDocument(this.readCompany(company), company, id);
    this.usable(entry);
    return entry;
  }

  private allEntries(): Entry<FileKind>[] {
    const out: Entry<FileKind>[] = [this.ws];
    for (const node of this.companies.values()) {
      out.push(node.entry);
      for (const doc of node.docs.values()) out.push(doc);
    }
    return out;
  }

  /**
   * Names of the company folders: real folders holding a dossier.json. A link in place of
   * companies/ or of a company folder is not followed, wherever it leads (outside the workspace,
   * or to another company folder, which would list that company twice): it is named under
   * problems instead (breaker F11).
   */
  private companySlugsOnDisk(): string[] {
    const dir = path.join(this.root, 'companies');
    for (const rel of [...this.skippedFiles.keys()]) if (/^companies(?:\/[^/]+)?$/.test(rel)) this.skippedFiles.delete(rel);
    if (this.isLink('companies')) {
      this.skippedFiles.set('companies', `${this.linkPhrase('companies')}; Dossier does not follow links to folders, so no company in it is listed. Put the folder itself there instead.`);
      return [];
    }
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const out: string[] = [];
    for (const d of names) {
      if (!isSafeSegment(d.name)) continue;
      if (d.isSymbolicLink()) {
        const rel = `companies/${d.name}`;
        if (fs.existsSync(path.join(dir, d.name, 'dossier.json'))) {
          this.skippedFiles.set(rel, `${this.linkPhrase(rel)}; Dossier does not follow links to company folders, so it is not listed. Move the folder itself into companies/ instead.`);
        }
        continue;
      }
      if (d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'dossier.json'))) out.push(d.name);
    }
    return out;
  }

  /** Whether the workspace-relative `rel` is a symbolic link (dangling or not). */
  private isLink(rel: string): boolean {
    try {
      return fs.lstatSync(path.join(this.root, ...rel.split('/'))).isSymbolicLink();
    } catch {
      return false;
    }
  }

  /** "“companies/x” is a link to a folder outside the workspace" or "… is a link to “companies/y”". */
  private linkPhrase(rel: string): string {
    let where = 'a folder outside the workspace';
    try {
      const real = fs.realpathSync.native(path.join(this.root, ...rel.split('/')));
      const inside = path.relative(fs.realpathSync.native(this.root), real);
      if (inside === '') where = 'the workspace folder itself';
      else if (!inside.startsWith('..') && !path.isAbsolute(inside)) where = `“${inside.split(path.sep).join('/')}”`;
    } catch {
      where = 'something that does not exist';
    }
    return `“${rel}” is a link to ${where}`;
  }

  /**
   * Throws 'unsafe-path' naming the first of companies/, companies/<slug>/ and
   * companies/<slug>/<sub>/ that is a link: Dossier never saves through a link to a folder.
   */
  private assertNoFolderLink(slug?: string, sub?: 'documents' | 'exports'): void {
    const rels = ['companies', ...(slug ? [`companies/${slug}`] : []), ...(slug && sub ? [`companies/${slug}/${sub}`] : [])];
    for (const rel of rels) {
      if (!this.isLink(rel)) continue;
      throw new DossierError(
        'unsafe-path',
        `${this.linkPhrase(rel)}; Dossier does not save through links to folders. Replace the link with the folder itself, then try again. Nothing was changed.`,
        { file: rel },
      );
    }
  }

  /** Ids of the regular files in documents/ (links are skipped, so each file is inside the checked folder). */
  private documentIdsOnDisk(slug: string): string[] {
    const folder = `companies/${slug}/documents`;
    this.skippedFiles.delete(folder);
    if (this.isLink(folder)) {
      for (const rel of [...this.skippedFiles.keys()]) if (rel.startsWith(`${folder}/`)) this.skippedFiles.delete(rel);
      this.skippedFiles.set(folder, `${this.linkPhrase(folder)}; Dossier does not follow links to folders, so the documents in it are not listed. Put the folder itself there instead.`);
      return [];
    }
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(resolveInside(this.root, 'companies', slug, 'documents'), { withFileTypes: true });
    } catch {
      return [];
    }
    const out: string[] = [];
    const prefix = `companies/${slug}/documents/`;
    for (const rel of [...this.skippedFiles.keys()]) if (rel.startsWith(prefix)) this.skippedFiles.delete(rel);
    for (const d of names) {
      const m = DOC_FILE.exec(d.name);
      if (!m || !isSafeSegment(m[1]!)) continue;
      if (d.isFile()) {
        out.push(m[1]!);
        continue;
      }
      // Not read, but not silently dropped either: workspace.info lists it under problems.
      const rel = `${prefix}${d.name}`;
      if (d.isDirectory()) this.skippedFiles.set(rel, `“${rel}” is a folder where a document file should be, so it is not listed. Move the folder elsewhere.`);
      else if (d.isSymbolicLink()) this.skippedFiles.set(rel, `“${rel}” is a link${this.linksOutside(rel) ? ' to a file outside the workspace' : ''}; Dossier does not follow links to documents, so it is not listed. Put the file itself in the folder instead.`);
      else this.skippedFiles.set(rel, `“${rel}” is not a regular file, so it is not listed.`);
    }
    return out;
  }

  /** True when the link at `rel` (workspace-relative) leads outside the workspace or nowhere. */
  private linksOutside(rel: string): boolean {
    try {
      const real = fs.realpathSync(path.join(this.root, rel));
      const root = fs.realpathSync(this.root);
      return path.relative(root, real).startsWith('..') || path.isAbsolute(path.relative(root, real));
    } catch {
      return false; // a broken link: said as "is a link"
    }
  }

  private scanCompanies(): void {
    const slugs = this.companySlugsOnDisk();
    if (!this.readOnly) {
      // We hold the lock, so temp files here belong to saves that were interrupted.
      removeLeftoverTempFiles(this.root);
      removeLeftoverTempFiles(path.join(this.root, '.dossier'));
      for (const slug of slugs) {
        removeLeftoverTempFiles(path.join(this.root, 'companies', slug));
        removeLeftoverTempFiles(path.join(this.root, 'companies', slug, 'documents'));
      }
    }
    for (const slug of slugs) this.loadCompany(slug);
  }

  private loadCompany(slug: string): CompanyNode | null {
    let entry: Entry<'company'>;
    try {
      entry = this.loadEntry('company', `companies/${slug}/dossier.json`, ['companies', slug, 'dossier.json']);
    } catch (err) {
      if (err instanceof DossierError && err.code === 'unsafe-path') return null; // e.g. a link leading outside
      throw err;
    }
    const node: CompanyNode = { entry, docs: new Map() };
    this.companies.set(slug, node);
    this.scanDocuments(node);
    return node;
  }

  private scanDocuments(node: CompanyNode): void {
    const slug = path.basename(path.dirname(node.entry.abs));
    node.docs.clear();
    if (!this.withDocuments) return;
    for (const id of this.documentIdsOnDisk(slug)) node.docs.set(id, this.loadDocumentEntry(slug, id));
  }

  /** `id` comes from documentIdsOnDisk: a safe name of a regular file in a folder already checked. */
  private loadDocumentEntry(slug: string, id: string): Entry<'document'> {
    const abs = path.join(this.root, 'companies', slug, 'documents', `${id}.json`);
    const entry = this.loadEntry('document', `companies/${slug}/documents/${id}.json`, [], abs);
    return entry;
  }

  /** Creates the entry and reads the file (segments relative to the root, or an already checked path). */
  private loadEntry<K extends FileKind>(kind: K, rel: string, segments: string[], checkedAbs?: string): Entry<K> {
    const abs = checkedAbs ?? resolveInside(this.root, ...segments);
    const entry: Entry<K> = {
      kind,
      rel,
      abs,
      adapter: null,
      db: null,
      fp: null,
      beforeWrite: null,
      data: null,
      problem: null,
      validated: false,
      revision: 0,
    };
    this.reload(entry);
    return entry;
  }

  /** Reads the file again into the entry and returns its text (null: missing or unreadable). Never writes. */
  private reload<K extends FileKind>(entry: Entry<K>): string | null {
    const previousRevision = entry.revision;
    const hadData = entry.data !== null;
    let read: FileBytes | null;
    try {
      read = readFileBytes(entry.abs);
    } catch (err) {
      entry.fp = null;
      entry.data = null;
      entry.problem = `“${entry.rel}” could not be read (${err instanceof Error ? err.message : String(err)}).`;
      return null;
    }
    if (read === null) {
      entry.fp = null;
      entry.data = null;
      entry.problem = null;
      return null;
    }
    // The bytes are hashed as read and decoded once; the parsed data and the hash are all we keep.
    entry.fp = { mtimeMs: read.mtimeMs, size: read.size, hash: contentHash(read.bytes) };
    const text = read.bytes.toString('utf8');
    const wasValidated = entry.validated;
    const key = validatedKey(entry.kind, entry.fp.hash);
    let data = this.validatedKeys?.has(key) ? parsedAsValidated<K>(text) : null;
    if (data !== null) {
      this.validatedHits.add(key);
      entry.validated = true;
    } else {
      const parsed = parseDossierFile(entry.kind, text, entry.rel, this.now());
      if (!parsed.ok) {
        entry.data = null;
        entry.problem = parsed.message;
        entry.validated = false;
        if (wasValidated) this.validatedDirty = true;
        return text;
      }
      data = parsed.data;
      // Only a writer records keys, so a read-only open skips the comparison.
      entry.validated = !this.readOnly && parsed.migratedFrom === null && sameJson(parsed.raw, data);
      if (entry.validated || wasValidated) this.validatedDirty = true;
    }
    entry.data = withIdentity(entry.rel, data);
    entry.problem = null;
    if (entry.kind === 'document') {
      const diskRevision = (data as DocumentFile).revision;
      // A program that edits the file without raising its revision must still make older edits
      // conflict, so the revision callers must name moves past the one they last saw.
      entry.revision = hadData && diskRevision <= previousRevision ? previousRevision + 1 : diskRevision;
    }
    return text;
  }

  /**
   * For refresh(): true when the file's bytes differ from what we last read or wrote. Files whose
   * mtime and size are unchanged are not read (a poll over 1,000 files stays cheap); a save does
   * not rely on this shortcut (see syncBeforeWrite).
   */
  private changedOnDisk(entry: Entry<FileKind>): boolean {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(entry.abs);
    } catch {
      return entry.fp !== null;
    }
    if (entry.fp === null) return true;
    if (stat.mtimeMs === entry.fp.mtimeMs && stat.size === entry.fp.size) return false;
    let bytes: Uint8Array;
    try {
      const read = readFileBytes(entry.abs);
      if (read === null) return true;
      bytes = read.bytes;
    } catch {
      return true;
    }
    if (contentHash(bytes) === entry.fp.hash) {
      entry.fp = { mtimeMs: stat.mtimeMs, size: stat.size, hash: entry.fp.hash }; // touched, same bytes
      return false;
    }
    return true;
  }

  /**
   * Before a write: reads the file and compares its content hash with what we last read or wrote,
   * whatever its mtime and size say (a sync tool or `touch -r` can keep both). An outside change is
   * picked up (so it is never clobbered) and reported by the next refresh(). The text read becomes
   * the backup of the save that follows.
   */
  private syncBeforeWrite(entry: Entry<FileKind>): boolean {
    entry.beforeWrite = null;
    let bytes: Uint8Array | null;
    try {
      bytes = readFileBytes(entry.abs)?.bytes ?? null;
    } catch {
      bytes = new Uint8Array(0); // unreadable now (a pipe, too big): reload names the problem
    }
    const unchanged = bytes === null ? entry.fp === null : entry.fp !== null && contentHash(bytes) === entry.fp.hash;
    if (unchanged) {
      entry.beforeWrite = bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      return false;
    }
    entry.beforeWrite = this.reloadOutside(entry);
    this.pendingChanged.add(entry.rel);
    return true;
  }

  /**
   * Reloads a file another program changed and, in a writer, keeps the version it wrote as the
   * newest backup when it is valid: should the file tear later, "restore the last good backup"
   * brings back that version, not an older one of ours.
   */
  private reloadOutside(entry: Entry<FileKind>): string | null {
    const text = this.reload(entry);
    if (text === null || this.readOnly || entry.problem !== null || entry.fp === null) return text;
    if (entry.backedUp === undefined) {
      const newest = newestBackupText(this.root, entry.rel);
      entry.backedUp = newest === null ? null : contentHash(newest);
    }
    if (entry.backedUp !== entry.fp.hash) {
      try {
        writeBackup(this.root, entry.rel, text, this.now(), this.keep);
        entry.backedUp = entry.fp.hash;
      } catch {
        // Best effort (a full disk): the next save backs these bytes up before writing over them.
      }
    }
    return text;
  }

  /**
   * The conflict for a change made from a view older than the file on disk. The outside version
   * is loaded by then (and backed up by the next save), so showing the page again shows it.
   */
  private changedElsewhere(entry: Entry<FileKind>): DossierError {
    if (entry.problem !== null) this.usable(entry); // a torn or invalid outside version: name the file instead
    entry.beforeWrite = null;
    return new DossierError(
      'conflict',
      `“${entry.rel}” was changed by another program (a sync tool or another window) since Dossier last read it. ` +
        'Dossier has loaded that version and did not save over it: look at the page again, then redo your change.',
      { file: entry.rel },
    );
  }

  /** Writes .dossier/validated.json when the validated keys changed (a writer only). */
  private writeValidated(): void {
    if (!this.validatedDirty || this.readOnly || this.closed) return;
    this.validatedDirty = false;
    const keys: string[] = [];
    for (const e of this.allEntries()) if (e.validated && e.fp !== null) keys.push(validatedKey(e.kind, e.fp.hash));
    writeValidatedFiles(this.root, keys);
  }

  /**
   * Saves data through lowdb, then keeps the saved bytes as the newest backup (written durably
   * like the save). The previous good bytes are backed up first when no backup holds them yet
   * (a file from before backups, or one another program changed).
   */
  private save<K extends FileKind>(entry: Entry<K>, data: ParsedKinds[K]): void {
    const before = entry.beforeWrite;
    entry.beforeWrite = null;
    if (entry.problem !== null) this.usable(entry); // never overwrite a file we could not read
    const now = this.now();
    const adapter = (entry.adapter ??= new DurableFileAdapter(entry.abs));
    try {
      if (before !== null && entry.fp !== null) {
        if (entry.backedUp === undefined) {
          const newest = newestBackupText(this.root, entry.rel);
          entry.backedUp = newest === null ? null : contentHash(newest);
        }
        if (entry.backedUp !== contentHash(before)) writeBackup(this.root, entry.rel, before, now, this.keep);
      }
      entry.db ??= new LowSync<unknown>(adapter, null);
      entry.db.data = data;
      entry.db.write();
    } catch (err) {
      // The file is written whole or not at all (writeFileDurableSync), so nothing was saved.
      throw diskProblem(err, entry.rel) ?? err;
    } finally {
      if (entry.db) entry.db.data = null; // the index holds the data (entry.data); lowdb needs it only while writing
    }
    const text = adapter.lastText!;
    const stat = adapter.lastStat!;
    adapter.lastText = null;
    // The file is saved: the in-memory state follows before the backup, so a failed backup cannot
    // leave this store a revision behind its own file (the next save would be called a conflict).
    entry.fp = { mtimeMs: stat.mtimeMs, size: stat.size, hash: contentHash(text) };
    if (entry.validated) this.validatedDirty = true;
    entry.validated = false; // the next open validates the saved bytes and records them
    entry.data = data;
    if (entry.kind === 'document') entry.revision = (data as DocumentFile).revision;
    try {
      writeBackup(this.root, entry.rel, text, now, this.keep);
      entry.backedUp = entry.fp.hash;
    } catch (err) {
      // Best effort: the save itself is done. With the disk full the backup waits for the next save
      // (backedUp unknown, so that save compares against the newest backup on disk).
      if (diskProblem(err, entry.rel) === null) throw err;
      entry.backedUp = undefined;
    }
  }
}

/**
 * A save refused by the disk itself (full: ENOSPC, quota: EDQUOT, read-only: EROFS) as one plain
 * DossierError 'unavailable' naming the file, details `{ disk: 'full' | 'read-only' }`; null for
 * any other error.
 */
export function diskProblem(err: unknown, rel: string): DossierError | null {
  if (isErrno(err, 'ENOSPC') || isErrno(err, 'EDQUOT')) {
    return new DossierError('unavailable', 'The disk holding your workspace is full; nothing was saved. Free some space on it, then save again.', { file: rel, details: { disk: 'full' } });
  }
  if (isErrno(err, 'EROFS')) {
    return new DossierError('unavailable', 'The disk holding your workspace is read-only; nothing was saved. Move the workspace to a disk Dossier can write to, then save again.', {
      file: rel,
      details: { disk: 'read-only' },
    });
  }
  return null;
}

/**
 * The folder and file name are the truth: a company folder renamed by hand, or a document file
 * copied or moved by a sync tool, takes the slug / id of its place (written on its next save).
 */
function withIdentity<T>(rel: string, data: T): T {
  const parts = rel.split('/');
  if (parts[0] !== 'companies' || parts.length < 3) return data;
  const slug = parts[1]!;
  if (parts.length === 3) {
    const company = data as CompanyFile;
    return (company.slug === slug ? data : { ...company, slug }) as T;
  }
  const id = parts[3]!.replace(/\.json$/, '');
  const doc = data as DocumentFile;
  return (doc.id === id && doc.company === slug ? data : { ...doc, id, company: slug }) as T;
}

/**
 * The data of a file whose bytes are recorded as validated unchanged: JSON.parse alone, as a
 * validation of those bytes would give the same data. Null (validate in full) when the text does
 * not parse or is not an object of the current schema version, which a recorded file never is.
 */
function parsedAsValidated<K extends FileKind>(text: string): ParsedKinds[K] | null {
  let raw: unknown;
  try {
    raw = parseJsonText(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  return (raw as { schemaVersion?: unknown }).schemaVersion === CURRENT_SCHEMA_VERSION ? (raw as ParsedKinds[K]) : null;
}

function defaultWorkspace(now: Date): WorkspaceFile {
  return WorkspaceFile.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: now.toISOString() });
}

export { defaultWorkspaceDir } from './workspaceDir';
