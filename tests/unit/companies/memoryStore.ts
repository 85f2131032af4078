// An in-memory WorkspaceStore for handler tests: same contract, no disk.
import { CompanyFile, DocumentFile } from '../../../src/core/workspace/schemas';
import type { WorkspaceFile, WorkspaceSettings } from '../../../src/core/workspace/schemas';
import type {
  CompanySummary,
  DocumentSummary,
  FileProblem,
  WorkspaceStore,
} from '../../../src/core/workspace/store';
import { DossierError } from '../../../src/core/errors';
import { docInput } from '../workspace/fixtures/docInput';

export class MemoryStore implements WorkspaceStore {
  readonly root = '/memory';
  companies = new Map<string, CompanyFile>();
  documents = new Map<string, DocumentFile>();
  lastScores = new Map<string, number>();
  writes = 0;
  private nextId = 1;
  constructor(private readonly now: () => Date) {}

  workspace(): WorkspaceFile {
    return {
      schemaVersion: 1,
      createdAt: this.now().toISOString(),
      companyOrder: [...this.companies.keys()],
      settings: {
        candidateName: '',
        pageSize: 'letter',
        design: 'classic',
        disabledRules: [],
        privateTerms: [],
        keepExportVersions: false,
        findingsLanguage: 'draft',
      },
    };
  }
  updateSettings(patch: Partial<WorkspaceSettings>): WorkspaceSettings {
    return { ...this.workspace().settings, ...patch };
  }
  problems(): FileProblem[] {
    return [];
  }
  restoreBackup(): void {}

  listCompanies(): CompanySummary[] {
    return [...this.companies.values()].map((c) => ({
      slug: c.slug,
      name: c.name,
      profileId: c.profileId,
      archived: c.archived,
      documentCount: this.listDocuments(c.slug).length,
      updatedAt: c.updatedAt,
    }));
  }
  getCompany(slug: string): CompanyFile {
    const c = this.companies.get(slug);
    if (!c) throw new DossierError('not-found', `No company ${slug}`);
    return structuredClone(c);
  }
  createCompany(
    name: string,
    profileId: string | null,
    init: Partial<Pick<CompanyFile, 'loop' | 'checklist'>> = {},
  ): CompanyFile {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const at = this.now().toISOString();
    const c = CompanyFile.parse({
      schemaVersion: 1,
      slug,
      name,
      profileId,
      createdAt: at,
      updatedAt: at,
      ...init,
    });
    this.companies.set(slug, c);
    return structuredClone(c);
  }
  updateCompany(slug: string, change: (company: CompanyFile) => CompanyFile): CompanyFile {
    const next = CompanyFile.parse(change(this.getCompany(slug)));
    this.companies.set(slug, next);
    this.writes++;
    return structuredClone(next);
  }

  listDocuments(company: string): DocumentSummary[] {
    return [...this.documents.values()]
      .filter((d) => d.company === company)
      .map((d) => ({
        id: d.id,
        company: d.company,
        templateId: d.templateId,
        title: d.title,
        updatedAt: d.updatedAt,
        revision: d.revision,
        tags: d.tags,
        lastScore: this.lastScores.get(d.id) ?? null,
      }));
  }
  getDocument(company: string, id: string): DocumentFile {
    const d = this.documents.get(id);
    if (!d || d.company !== company) throw new DossierError('not-found', `No document ${id}`);
    return structuredClone(d);
  }
  createDocument(doc: Omit<DocumentFile, 'id' | 'revision'> & { id?: string }): DocumentFile {
    const id = doc.id ?? `doc-${this.nextId++}`;
    const full = DocumentFile.parse({ ...doc, id, revision: 1 });
    this.documents.set(id, full);
    return structuredClone(full);
  }
  updateDocument(
    company: string,
    id: string,
    _base: number | null,
    change: (doc: DocumentFile) => DocumentFile,
  ): DocumentFile {
    const cur = this.getDocument(company, id);
    const next = DocumentFile.parse({ ...change(cur), revision: cur.revision + 1 });
    this.documents.set(id, next);
    return structuredClone(next);
  }
  deleteDocument(_company: string, id: string): void {
    this.documents.delete(id);
  }
  restoreDocument(company: string, id: string): DocumentFile {
    return this.getDocument(company, id);
  }
  exportsDir(): string {
    return '/memory/exports';
  }
  refresh(): string[] {
    return [];
  }
  close(): void {}
}

export function addDocument(
  store: MemoryStore,
  company: string,
  p: { id: string; title: string; tags?: DocumentFile['tags']; text?: string; templateId?: string },
): DocumentFile {
  const at = '2026-11-01T00:00:00.000Z';
  return store.createDocument({
    ...docInput(company, {
      templateId: p.templateId ?? 'impact-brief',
      title: p.title,
      sections: { body: p.text ?? '' },
      tags: p.tags ?? [],
      createdAt: at,
      updatedAt: at,
    }),
    id: p.id,
  });
}
