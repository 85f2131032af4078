// Test helper: runs the real rule packs and templates from the repository over some text.
import path from 'node:path';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { loadTemplatesFrom, findTemplate } from '../../../src/core/templates/registry';
import { checkText } from '../../../src/core/rubric/checkText';
import type { CheckResult, CompBands, Finding } from '../../../src/core/rubric/types';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import type { FindingsLanguageSetting } from '../../../src/core/rubric/findingsLanguage';

export const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export interface Case {
  text: string;
  /** Section id; defaults to the template's first section. */
  section?: string;
  template?: string;
  company?: string | null;
  sections?: Record<string, string>;
  privateTerms?: string[];
  bands?: CompBands | null;
  /**
   * The findings' language. The rule tables assert the English wording of Chinese drafts too, so
   * it defaults to 'en'; chineseFindings.test.ts covers the Chinese ('draft' follows the text).
   */
  lang?: FindingsLanguageSetting;
}

export function run(c: Case, opts: { silenced?: string[]; disabled?: string[] } = {}): CheckResult {
  const template = findTemplate(loadTemplatesFrom(appRoot, null), c.template ?? 'impact-brief');
  const rules = selectRules(loadRulePacks(appRoot).rules, template, c.company === undefined ? 'wells-fargo' : c.company);
  const firstId = template.sections[0]?.id ?? 'problem';
  const sections = c.sections ?? { [c.section ?? firstId]: c.text };
  return checkText({
    template,
    sections,
    rules,
    bands: c.bands ?? null,
    privateTerms: c.privateTerms ?? [],
    disabled: opts.disabled ?? [],
    silenced: opts.silenced ?? [],
    company: c.company ?? null,
    findingsLanguage: c.lang ?? 'en',
  });
}

export function findingsOf(rule: string, c: Case): Finding[] {
  return run(c).findings.filter((f) => f.rule === rule && !f.silenced);
}

export type Row = string | Case;

/** Table rows as [label, case] pairs for it.each: a bare string is the text on top of `base`. */
export function tableRows(rows: Row[], base: Partial<Case>): [string, Case][] {
  return rows.map((r) => [typeof r === 'string' ? r : r.text, typeof r === 'string' ? { ...base, text: r } : { ...base, ...r }]);
}

/**
 * comp-band findings for a comp memo with these sections, with the company profile's bands as the
 * app and `dossier check` use them; info notes only when asked for.
 */
export function compBandFindings(company: string, sections: Record<string, string>, opts: { info?: boolean } = {}): Finding[] {
  const bands = companyBands(findProfile(appRoot, company), null);
  return run({ text: '', template: 'comp-memo', company, sections, bands }).findings.filter(
    (f) => f.rule === 'comp-band' && !f.silenced && (opts.info === true || f.severity !== 'info'),
  );
}
