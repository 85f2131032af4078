// Checks a document of the workspace: resolves the template, the company's profile (rule pack
// and bands) and the workspace settings (disabled rules, private terms), then runs checkText.
import type { CoreContext } from '../context';
import type { CheckResult } from './types';
import type { CompanyFile } from '../workspace/schemas';
import { getTemplate } from '../templates/registry';
import { checkText } from './checkText';
import { COMPANY_PACKS, loadRulePacks, selectRules } from './loadRulePacks';
import { companyBands } from './companyBands';
import { DossierError } from '../errors';

export interface CheckInput {
  /** Company folder slug (its profile picks the company rule pack) or a profile id. */
  company: string | null;
  templateId: string;
  sections: Record<string, string>;
  silencedRules: string[];
}

/** A company argument as a profile id plus, for a workspace folder, its company file. */
export function resolveCompany(ctx: CoreContext, company: string | null): { profileId: string | null; file: CompanyFile | null } {
  if (company === null || company === '') return { profileId: null, file: null };
  try {
    const file = ctx.store.getCompany(company);
    return { profileId: file.profileId, file };
  } catch (err) {
    if (COMPANY_PACKS.includes(company)) return { profileId: company, file: null };
    if (err instanceof DossierError && err.code === 'not-found') {
      throw new DossierError('not-found', `There is no company “${company}” in this workspace, and it is not a profile id (${COMPANY_PACKS.join(', ')}).`);
    }
    throw err;
  }
}

export function checkDocument(ctx: CoreContext, input: CheckInput): CheckResult {
  const template = getTemplate(ctx, input.templateId);
  const { profileId, file } = resolveCompany(ctx, input.company);
  const settings = ctx.store.workspace().settings;
  const rules = selectRules(loadRulePacks(ctx.appRoot).rules, template, profileId);
  return checkText({
    template,
    sections: input.sections,
    rules,
    bands: companyBands(ctx.appRoot, profileId, file),
    privateTerms: settings.privateTerms,
    disabled: settings.disabledRules,
    silenced: input.silencedRules,
    company: input.company,
  });
}
