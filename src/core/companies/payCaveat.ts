// What a pay document's score cannot say: when the company's guides publish no pay figures and the
// candidate has recorded no band, the comp rules have nothing to compare an ask with, so a clean
// score means "nothing was checked", not "the numbers are sound" (newcomer F13, F27). One sentence,
// the guides named, shown beside the memo's findings, on the dashboard and by `dossier check`.
import type { CompanyFile } from '../workspace/schemas';
import type { CompanyProfile } from './types';
import { companyBands } from '../rubric/companyBands';
import { sourceName } from './sourceLabels';

export { PAY_TEMPLATES } from './payTemplates';

/**
 * The caveat for pay figures at this company, or null when there is a band to check them against
 * (a guide's, or the candidate's own). Names the guides by their names ("Fintech guide").
 */
export function payCaveat(profile: CompanyProfile | null, company: CompanyFile | null): string | null {
  if (companyBands(profile, company) !== null) return null;
  const guides = [...new Set((profile?.compensation ?? []).map((c) => c.source))];
  const named = (guides.length > 0 ? guides : (profile?.sources ?? []).map((s) => s.id)).map(sourceName);
  if (named.length === 0) {
    return 'Your pay figures were not checked against a band: this folder has no company guide and no band of your own. Add the band a recruiter gives you under Compensation to have them checked.';
  }
  const list = named.length === 1 ? `the ${named[0]} publishes` : `the ${named.slice(0, -1).join(', ')} and ${named.at(-1)} publish`;
  return `Your pay figures were not checked against a band: ${list} no pay figures for this company. Add the band a recruiter gives you under Compensation to have them checked.`;
}
