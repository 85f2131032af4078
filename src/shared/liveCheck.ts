// The pure rubric check for the editor's Web Worker: the same core functions the server's
// rubric.check runs (checkWithEnv over packs compiled from their texts), fed with what
// rubric.checkData returns. No file system, no network.
import { compilePacks } from '../core/rubric/rulePacks';
import type { CompiledRule } from '../core/rubric/rulePacks';
import { checkWithEnv } from '../core/rubric/checkWithEnv';
import { createSectionMemo } from '../core/rubric/sectionMemo';
import type { CheckData, CheckDoc } from '../core/rubric/checkWithEnv';
import type { Template } from '../core/templates/types';
import type { CheckResult } from '../core/rubric/types';
import { negatedRanges } from '../core/rubric/claims/negation';

export type { CheckData, CheckDoc };

/**
 * A checker over one company's check data; the packs are compiled once, when it is made. It keeps
 * the sections it prepared last (sectionMemo.ts), so checking the same document again after an
 * edit prepares only the sections whose text changed.
 */
export function createLocalChecker(data: CheckData): (template: Template, doc: CheckDoc) => CheckResult {
  const rules: CompiledRule[] = compilePacks(data.packs).rules;
  const memo = createSectionMemo();
  return (template, doc) => checkWithEnv(rules, data.env, template, doc, memo);
}

/**
 * Builds what the check otherwise builds on first use (wink's English model for negation, a few
 * hundred milliseconds once), so the first keystroke that types a "not" does not wait for it.
 */
export function warmUpChecker(): void {
  negatedRanges('This was not a warm-up.');
}
