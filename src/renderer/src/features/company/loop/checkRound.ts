// Checks one loop round as the candidate edits it, with core's own loop checks (the same ones the
// save refuses). Errors block saving (the draft is kept on screen so nothing typed is lost);
// warnings are shown but the round still saves.
import type { LoopRound } from '../../../../../shared/api';
import { validateLoop } from '../../../../../shared/validateLoop';

type RoundField = 'name' | 'minutes' | 'scheduledAt' | 'timeZone';
const FIELDS: readonly string[] = ['name', 'minutes', 'scheduledAt', 'timeZone'] satisfies RoundField[];

export interface RoundProblems {
  /** Field -> message; any entry blocks saving. */
  errors: Partial<Record<RoundField, string>>;
  warnings: string[];
}

export function checkRound(round: LoopRound, now: number): RoundProblems {
  const errors: RoundProblems['errors'] = {};
  const warnings: string[] = [];
  for (const problem of validateLoop([round], new Date(now))) {
    // Core names fields "loop.0.<field>".
    const field = problem.field.split('.')[2] ?? '';
    if (problem.severity === 'warning') warnings.push(problem.message);
    else if (FIELDS.includes(field)) errors[field as RoundField] ??= problem.message;
  }
  return { errors, warnings };
}

export function hasErrors(problems: RoundProblems): boolean {
  return Object.keys(problems.errors).length > 0;
}
