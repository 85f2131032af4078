// STUB — the companies owner replaces this file. Keep the exported names and signatures.
import type { CoreContext } from '../context';
import type { ChecklistItem, LoopRound } from '../workspace/schemas';

/** The loop and checklist a new company folder starts with (empty for a custom company). */
export function seedFromProfile(_ctx: CoreContext, _profileId: string | null): { loop: LoopRound[]; checklist: ChecklistItem[] } {
  return { loop: [], checklist: [] };
}
