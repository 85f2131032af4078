// The WorkspaceStore as seen from a worker thread: every method is a synchronous call to the
// main thread's store (syncChannel.ts), so the one-writer guarantees stay where they are. The two
// methods that take a change function (functions cannot cross threads) read, apply the change
// here, and save with the revision (or updatedAt) they read; when another save came in between,
// they read again and retry, as a caller with `baseRevision: null` expects.
import type { CompanyFile, DocumentFile } from '../../core/workspace/schemas';
import type { WorkspaceStore } from '../../core/workspace/store';
import { DossierError } from '../../core/errors';

type Call = (method: string, args: unknown[]) => unknown;

/** Main-thread methods a proxy may call: the store's own, plus the two "replace" forms below. */
export function handleStoreCall(store: WorkspaceStore, method: string, args: unknown[]): unknown {
  switch (method) {
    case 'replaceDocument': {
      const [company, id, revision, next] = args as [string, string, number, DocumentFile];
      return store.updateDocument(company, id, revision, () => next);
    }
    case 'replaceCompany': {
      const [slug, updatedAt, next] = args as [string, string, CompanyFile];
      return store.updateCompany(slug, (current) => {
        if (current.updatedAt !== updatedAt) throw new DossierError('conflict', 'The company file changed while it was being updated.');
        return next;
      });
    }
    case 'root':
      return store.root;
    case 'close':
      return undefined; // the main thread owns the store's lifetime
    default: {
      if (!PLAIN_METHODS.has(method)) throw new DossierError('bad-request', `The workspace has no operation ${method}.`);
      const fn = (store as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
      return fn.apply(store, args);
    }
  }
}

const PLAIN_METHODS = new Set([
  'workspace',
  'updateSettings',
  'problems',
  'restoreBackup',
  'listCompanies',
  'getCompany',
  'createCompany',
  'listDocuments',
  'getDocument',
  'createDocument',
  'deleteDocument',
  'restoreDocument',
  'exportsDir',
  'refresh',
]);

const RETRIES = 5;

export function createStoreProxy(call: Call): WorkspaceStore {
  const root = call('root', []) as string;
  const plain =
    <R>(method: string) =>
    (...args: unknown[]): R =>
      call(method, args) as R;
  return {
    root,
    workspace: plain('workspace'),
    updateSettings: plain('updateSettings'),
    problems: plain('problems'),
    restoreBackup: plain('restoreBackup'),
    listCompanies: plain('listCompanies'),
    getCompany: plain('getCompany'),
    createCompany: plain('createCompany'),
    listDocuments: plain('listDocuments'),
    getDocument: plain('getDocument'),
    createDocument: plain('createDocument'),
    deleteDocument: plain('deleteDocument'),
    restoreDocument: plain('restoreDocument'),
    exportsDir: plain('exportsDir'),
    refresh: plain('refresh'),
    close: () => undefined,
    updateDocument(company, id, baseRevision, change) {
      for (let attempt = 0; ; attempt++) {
        const current = call('getDocument', [company, id]) as DocumentFile;
        const revision = baseRevision ?? current.revision;
        try {
          return call('replaceDocument', [company, id, revision, change(current)]) as DocumentFile;
        } catch (err) {
          if (baseRevision !== null || attempt >= RETRIES || !(err instanceof DossierError && err.code === 'conflict')) throw err;
        }
      }
    },
    updateCompany(slug, change) {
      for (let attempt = 0; ; attempt++) {
        const current = call('getCompany', [slug]) as CompanyFile;
        try {
          return call('replaceCompany', [slug, current.updatedAt, change(current)]) as CompanyFile;
        } catch (err) {
          if (attempt >= RETRIES || !(err instanceof DossierError && err.code === 'conflict')) throw err;
        }
      }
    },
  };
}
