// What every core operation is handed. Transports (Electron, HTTP, CLI) build one per workspace.
import type { WorkspaceStore } from './workspace/store';
import type { PdfPrinter } from './export/types';

export interface CoreContext {
  store: WorkspaceStore;
  /** Which shell is serving: reveal/open only exist in Electron. */
  shell: 'electron' | 'browser' | 'cli';
  /** Folder holding the built-in templates/ and resources/ (the repository or app root). */
  appRoot: string;
  /** Prints PDFs; null where no Chromium is available. */
  printer: PdfPrinter | null;
  now: () => Date;
}
