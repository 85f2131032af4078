// What a pay document's score cannot say: when the company's guides publish no pay figures and the
// candidate has recorded no band, the comp rules have nothing to compare an ask with, so a clean
// score means "nothing was checked", not "the numbers are sound" (newcomer F13, F27). One sentence,
// the guides named, shown beside the memo's findings, on the dashboard and by `dossier check`; in
// Chinese beside a Chinese draft's findings (findingsWords.ts holds both sentences).
import type { CompanyFile } from '../workspace/schemas';
import type { CompanyProfile } from './types';
import { companyBands } from '../rubric/companyBands';
import { sourceName } from '../rubric/sourceNames';
import { findingsWords } from '../rubric/findingsWords';
import type { FindingsLanguage } from '../rubric/findingsLanguage';

export { PAY_TEMPLATES } from './payTemplates';

/**
 * The caveat for pay figures at this company in `lang`, or null when there is a band to check them
 * against (a guide's, or the candidate's own). Names the guides by their names ("Fintech guide",
 * in Chinese "金融科技指南"-style names from sourceLabels.ts).
 */
export function payCaveat(profile: CompanyProfile | null, company: CompanyFile | null, lang: FindingsLanguage = 'en'): string | null {
  if (companyBands(profile, company) !== null) return null;
  const guides = [...new Set((profile?.compensation ?? []).map((c) => c.source))];
  const named = (guides.length > 0 ? guides : (profile?.sources ?? []).map((s) => s.id)).map((label) => sourceName(label, lang));
  return findingsWords(lang).payCaveat(named);
}
