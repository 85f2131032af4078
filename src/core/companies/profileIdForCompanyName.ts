// A company as a candidate names it ("JPMorgan Chase", "jpmorgan-chase", "Amex", "Stripe") -> the
// profile id whose guide applies, for `dossier check --company` and the front matter's `company:`.
import { toSlug } from '../workspace/slugify';

/** What this module reads of a profile: its id, display name and the firms it stands for. */
export interface NamedProfile {
  id: string;
  name: string;
  examples?: string[] | undefined;
}

/**
 * Short names in everyday use that neither the profile's name nor its examples spell out.
 * Keys are compared after {@link nameKey}.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  amex: 'american-express',
  chase: 'jpmorgan',
  jpm: 'jpmorgan',
  jpmc: 'jpmorgan',
  wells: 'wells-fargo',
  wf: 'wells-fargo',
};

/** "JP Morgan-Chase" -> "jpmorganchase": the slug without separators, so spacing never matters. */
function nameKey(name: string): string {
  return toSlug(name).replace(/-/g, '');
}

/**
 * A legal-form ending a firm's full name carries ("JPMorgan Chase & Co.", "Wells Fargo & Company",
 * "American Express Company", "Stripe, Inc.", "Revolut Ltd", "Wells Fargo Bank, N.A."); removed,
 * repeatedly, before a name is matched a second time.
 */
const LEGAL_ENDING = /[\s,]*(?:&\s*)?(?:co|company|inc|incorporated|corp|corporation|ltd|limited|llc|plc|n\.?\s*a|bank|holdings?|group)\.?\s*$/i;

function withoutLegalEndings(name: string): string {
  let out = name;
  for (let i = 0; i < 4 && LEGAL_ENDING.test(out); i++) out = out.replace(LEGAL_ENDING, '');
  return out;
}

/**
 * The id of the profile `name` refers to, or null when none matches. A name matches a profile by
 * its id, its display name, one of its example firms (fintech: Stripe, Plaid …), or a short name
 * in everyday use (Amex, Chase, JPM, Wells, WF), also after a legal-form ending ("& Co.", "Inc.",
 * "N.A."). Case, accents, spaces and hyphens are ignored. Pure; cost linear in the number of profiles.
 */
export function profileIdForCompanyName(name: string, profiles: readonly NamedProfile[]): string | null {
  const exact = profileIdForKey(nameKey(name), profiles);
  if (exact !== null) return exact;
  const short = withoutLegalEndings(name);
  return short === name ? null : profileIdForKey(nameKey(short), profiles);
}

function profileIdForKey(key: string, profiles: readonly NamedProfile[]): string | null {
  if (key === '' || key === 'company') return null;
  for (const p of profiles) {
    const keys = [p.id, p.name, ...(p.examples ?? [])].map(nameKey);
    if (keys.includes(key)) return p.id;
  }
  const short = SHORT_NAMES[key];
  return short !== undefined && profiles.some((p) => p.id === short) ? short : null;
}
