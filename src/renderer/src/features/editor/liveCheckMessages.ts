// Messages between the editor and its check worker (liveCheck.worker.ts).
import type { CheckResult, Template } from '../../../../shared/api';
import type { CheckData, CheckDoc } from '../../../../shared/liveCheck';

export type LiveCheckRequest =
  /** One company's packs and env; `key` names it so a check never runs on another's data. */
  | { type: 'data'; key: string; data: CheckData }
  | { type: 'check'; key: string; seq: number; template: Template; doc: CheckDoc };

export type LiveCheckReply = { seq: number; ok: true; result: CheckResult } | { seq: number; ok: false; error: string };
