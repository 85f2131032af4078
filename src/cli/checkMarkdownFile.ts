// Checks one Markdown file outside any open workspace: reads it (readMarkdownFile) and runs the
// rubric. Used by `dossier check`, and by `dossier export` for its review of a file (exportReview.ts).
import type { CheckResult } from '../core/rubric/types';
import type { ParsedMarkdown } from '../core/document/types';
import type { Template } from '../core/templates/types';
import type { WorkspaceSettings } from '../core/workspace/schemas';
import type { CompiledRule } from '../core/rubric/loadRulePacks';
import { rulesForChecking, selectRules } from '../core/rubric/loadRulePacks';
import { checkText } from '../core/rubric/checkText';
import { companyBands } from '../core/rubric/companyBands';
import { findProfile } from '../core/companies/loadProfiles';
import { PAY_TEMPLATES, payCaveat } from '../core/companies/payCaveat';
import { readMarkdownFile } from './readMarkdownFile';
import type { CheckFileOptions, ReadMarkdownFile } from './readMarkdownFile';
import type { FindingsLanguageSetting } from '../core/rubric/findingsLanguage';

export type { CheckFileOptions } from './readMarkdownFile';

export interface CheckedFile {
  parsed: ParsedMarkdown;
  template: Template;
  company: string | null;
  result: CheckResult;
  /** Finding line numbers translated to lines of the file. */
  fileLines: number[];
  /** The workspace's settings when one was read (private terms, disabled rules). */
  settings: WorkspaceSettings | null;
  /** For a pay document with no band to check its figures against, why (payCaveat.ts); else null. */
  payCaveat: string | null;
}

/**
 * Runs the rubric over a file already read. `only` narrows the rules (after the template and
 * company have selected them); a rule's findings do not depend on the other rules, so the
 * findings of the rules kept are the same as in a full check (the score is not). The findings'
 * language is `lang` (`--lang`), else the workspace's setting, else the draft's (findingsLanguage.ts).
 */
export function checkReadFile(
  read: ReadMarkdownFile,
  appRoot: string,
  only?: (rule: CompiledRule) => boolean,
  lang?: FindingsLanguageSetting,
): CheckedFile {
  const { parsed, template, company, profileId, view } = read;
  const selected = selectRules(rulesForChecking(appRoot), template, profileId);
  const profile = findProfile(appRoot, profileId);
  const bands = companyBands(profile, view?.company ?? null);
  const result = checkText({
    template,
    sections: parsed.sections,
    rules: only ? selected.filter(only) : selected,
    bands,
    privateTerms: view?.settings?.privateTerms ?? [],
    disabled: view?.settings?.disabledRules ?? [],
    silenced: parsed.frontMatter.silencedRules ?? [],
    company,
    ...(parsed.frontMatter.title !== undefined ? { title: parsed.frontMatter.title } : {}),
    findingsLanguage: lang ?? view?.settings?.findingsLanguage ?? 'draft',
  });
  const fileLines = result.findings.map((f) => {
    const start = f.section === null ? 0 : (parsed.bodyLines[f.section] ?? 0);
    return start > 0 ? start + f.line - 1 : 1;
  });
  const caveat = bands === null && PAY_TEMPLATES.includes(template.id) && result.statesPay === true ? payCaveat(profile, view?.company ?? null, result.language) : null;
  return { parsed, template, company, result, fileLines, settings: view?.settings ?? null, payCaveat: caveat };
}

export async function checkMarkdownFile(opts: CheckFileOptions & { lang?: FindingsLanguageSetting | undefined }): Promise<CheckedFile> {
  return checkReadFile(await readMarkdownFile(opts), opts.appRoot, undefined, opts.lang);
}
