// The check as pure data in, findings out: compiled rules, the resolved environment of one company
// (profile, bands, workspace settings) and a template. The server (checkDocument), the CLI and the
// editor's Web Worker all call this one function, so the live findings and the saved score cannot
// disagree. No file system here: callers load packs, templates and profiles.
import type { Template } from '../templates/types';
import type { CheckResult, CompBands } from './types';
import type { CompiledRule, RulePackFile } from './rulePacks';
import { selectRules } from './rulePacks';
import { checkText } from './checkText';
import type { SectionMemo } from './sectionMemo';
import type { FindingsLanguageSetting } from './findingsLanguage';

/** Everything a check depends on besides the document and the rules, resolved once per company. */
export interface CheckEnv {
  /** The company argument as given (folder slug or profile id), echoed in the result. */
  company: string | null;
  /** The profile whose company pack applies, or null. */
  profileId: string | null;
  bands: CompBands | null;
  privateTerms: string[];
  /** Rule ids turned off for the workspace. */
  disabled: string[];
  /** The workspace's findings language (follow the draft when absent). */
  findingsLanguage?: FindingsLanguageSetting;
}

/** What a checker outside the server needs (the editor's worker): pack texts and the env. */
export interface CheckData {
  packs: RulePackFile[];
  env: CheckEnv;
}

export interface CheckDoc {
  /** The title, read with the sections to tell a Chinese draft; absent: the sections alone. */
  title?: string;
  sections: Record<string, string>;
  silencedRules: string[];
}

/**
 * The check of one document. `memo` (sectionMemo.ts): sections prepared by this caller's previous
 * check, reused where the text is unchanged; the editor passes one, a one-off check does not.
 */
export function checkWithEnv(rules: CompiledRule[], env: CheckEnv, template: Template, doc: CheckDoc, memo?: SectionMemo): CheckResult {
  return checkText({
    template,
    sections: doc.sections,
    rules: selectRules(rules, template, env.profileId),
    bands: env.bands,
    privateTerms: env.privateTerms,
    disabled: env.disabled,
    silenced: doc.silencedRules,
    company: env.company,
    ...(memo ? { memo } : {}),
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(env.findingsLanguage ? { findingsLanguage: env.findingsLanguage } : {}),
  });
}
