// STUB — the rubric owner replaces this file. Keep the exported names and signatures.
import type { CoreContext } from '../context';
import type { CheckResult } from './types';

export interface CheckInput {
  /** Company folder slug (its profile picks the company rule pack) or a profile id. */
  company: string | null;
  templateId: string;
  sections: Record<string, string>;
  silencedRules: string[];
}

export function checkDocument(_ctx: CoreContext, input: CheckInput): CheckResult {
  return { template: input.templateId, company: input.company, score: 100, wordCount: 0, speakingSeconds: null, findings: [] };
}
