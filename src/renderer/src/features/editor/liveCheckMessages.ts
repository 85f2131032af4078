// Messages between the editor and its check worker (liveCheck.worker.ts).
import type { CheckResult, Template } from '../../../../shared/api';
import type { CheckData } from '../../../../shared/liveCheck';

export type LiveCheckRequest =
  /** One company's packs and env; `key` names it so a check never runs on another's data. */
  | { type: 'data'; key: string; data: CheckData }
  | {
      type: 'check';
      key: string;
      seq: number;
      /** Names the open document (one editor); the worker keeps its text between checks. */
      doc: string;
      /** Sent with the first check of a document and whenever it changes; otherwise the held one. */
      template?: Template;
      /**
       * full: every section's text (the worker drops what it held for `doc`); otherwise only the
       * sections changed since the previous check of `doc`, merged into what it holds. Messages
       * arrive in order, so the worker's copy is always the editor's at the time of posting.
       */
      full: boolean;
      sections: Record<string, string>;
      silencedRules: string[];
      /** The document's title, read with its sections to choose the findings' language. */
      title?: string;
    };

export type LiveCheckReply =
  /** computeMs: the check itself inside the worker (performance.now(), milliseconds). */
  | { seq: number; ok: true; result: CheckResult; computeMs: number }
  | { seq: number; ok: false; error: string };
