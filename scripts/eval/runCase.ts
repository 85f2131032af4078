// Runs gold cases through the rubric exactly as `dossier check` does (src/cli/checkMarkdownFile):
// the template, the rule packs selected for the template and company profile, the profile's pay
// bands, then checkText. A rule "fired" when it raised an unsilenced warning or error anywhere in
// the document; info notes (e.g. "base is rigid here") are advice, not flags.
import { loadRulePacks, selectRules } from '../../src/core/rubric/loadRulePacks';
import { findTemplate, loadTemplatesFrom } from '../../src/core/templates/registry';
import type { LoadedTemplates } from '../../src/core/templates/registry';
import { checkText } from '../../src/core/rubric/checkText';
import { findProfile } from '../../src/core/companies/loadProfiles';
import { companyBands } from '../../src/core/rubric/companyBands';
import type { CheckResult, Finding } from '../../src/core/rubric/types';
import type { CompiledRule } from '../../src/core/rubric/loadRulePacks';
import type { GoldCase } from './corpusSchema';
import { caseSections } from './corpusSchema';

export interface Checker {
  templates: LoadedTemplates;
  /** Ids of the rules the rule packs define (a rule the corpus names may not exist yet). */
  ruleIds: ReadonlySet<string>;
  check(
    templateId: string,
    company: string | null,
    sections: Record<string, string>,
    privateTerms?: string[],
  ): CheckResult;
}

/** Loads templates and rule packs once from the app root; `check` throws on an unknown template. */
export function createChecker(appRoot: string): Checker {
  const templates = loadTemplatesFrom(appRoot, null);
  const packs: CompiledRule[] = loadRulePacks(appRoot).rules;
  const bands = new Map<string, ReturnType<typeof companyBands>>();
  return {
    templates,
    ruleIds: new Set(packs.map((r) => r.id)),
    check(templateId, company, sections, privateTerms = []) {
      const template = findTemplate(templates, templateId);
      const key = company ?? '';
      if (!bands.has(key)) bands.set(key, companyBands(findProfile(appRoot, company), null));
      return checkText({
        template,
        sections,
        rules: selectRules(packs, template, company),
        bands: bands.get(key) ?? null,
        privateTerms,
        disabled: [],
        silenced: [],
        company,
      });
    },
  };
}

/** True for a finding that counts as the rule firing. */
export function isFlag(f: Finding): boolean {
  return !f.silenced && (f.severity === 'warning' || f.severity === 'error');
}

/** The distinct rule ids that flagged the case's document. */
export function firedRules(checker: Checker, c: GoldCase): string[] {
  const company = c.company === 'none' ? null : c.company;
  const result = checker.check(c.template, company, caseSections(c), c.privateTerms ?? []);
  return [...new Set(result.findings.filter(isFlag).map((f) => f.rule))];
}
