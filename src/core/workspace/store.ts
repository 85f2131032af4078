// The storage interface the rest of core programs against. workspaceStore.ts implements it
// over lowdb with the durable adapter; every method is one operation on disk.
import type { CompanyFile, DocumentFile, WorkspaceFile, WorkspaceSettings } from './schemas';

/** A file that failed to parse or validate. It is never overwritten; a backup may be offered. */
export interface FileProblem {
  /** Workspace-relative path, forward slashes. */
  file: string;
  message: string;
  /** Workspace-relative path of the newest backup that validates, if any. */
  backup: string | null;
  /** When that backup's version was saved (ISO 8601), so the candidate knows how old it is. */
  backupSavedAt: string | null;
}

export interface CompanySummary {
  slug: string;
  name: string;
  profileId: string | null;
  archived: boolean;
  documentCount: number;
  updatedAt: string;
}

export interface DocumentSummary {
  id: string;
  company: string;
  templateId: string;
  title: string;
  updatedAt: string;
  revision: number;
  tags: DocumentFile['tags'];
  /** Score of the newest revision snapshot, if any. */
  lastScore: number | null;
}

export interface WorkspaceStore {
  readonly root: string;
  /** Opened to read only (never writes, not even caches). */
  readonly readOnly?: boolean;
  workspace(): WorkspaceFile;
  updateSettings(patch: Partial<WorkspaceSettings>): WorkspaceSettings;
  problems(): FileProblem[];
  /** Replace a broken file with its newest good backup. */
  restoreBackup(file: string): void;

  listCompanies(): CompanySummary[];
  getCompany(slug: string): CompanyFile;
  /** `init` (optional) seeds the loop and checklist of the new company file. */
  createCompany(name: string, profileId: string | null, init?: Partial<Pick<CompanyFile, 'loop' | 'checklist'>>): CompanyFile;
  /** Apply a change to the company file and save it atomically; returns the saved file. */
  updateCompany(slug: string, change: (company: CompanyFile) => CompanyFile): CompanyFile;

  listDocuments(company: string): DocumentSummary[];
  getDocument(company: string, id: string): DocumentFile;
  /**
   * The stored document without a copy, for overviews that read every document (dashboard,
   * scored lists): callers must not change it. Optional: getDocument is the safe default.
   */
  peekDocument?(company: string, id: string): Readonly<DocumentFile>;
  /** Saves a new document (id chosen by the store when empty). */
  createDocument(doc: Omit<DocumentFile, 'id' | 'revision'> & { id?: string }): DocumentFile;
  /**
   * Saves a change. `baseRevision` is the revision the caller edited; when the file on disk has
   * moved on (another window, a sync tool), throws a ConflictError instead of overwriting.
   */
  updateDocument(
    company: string,
    id: string,
    baseRevision: number | null,
    change: (doc: DocumentFile) => DocumentFile,
  ): DocumentFile;
  /** Moves the file to the company's .trash so it can be restored (undo). */
  deleteDocument(company: string, id: string): void;
  restoreDocument(company: string, id: string): DocumentFile;

  /** Absolute path of the company's exports/ folder (created on demand). */
  exportsDir(company: string): string;
  /** Reload anything changed on disk by another program; returns the changed workspace-relative paths. */
  refresh(): string[];
  close(): void;
}
