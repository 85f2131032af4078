// The currency of a company folder's compensation record (newcomer 9 §4: a London offer could only
// be typed as if it were dollars). Amounts are stored in whole units of one ISO 4217 currency per
// record (current pay, the ask and offers). A record saved before Dossier had currencies has none:
// it opens as before, its figures read as US dollars (the only currency the form then took), and
// the file is not rewritten with a currency until the candidate picks one (schemas.ts Compensation).
// A folder with no figures yet starts from a default: the guides' currency where the profile
// publishes pay (all five guides state pay in US dollars), else the place in the folder's name or
// job description ("… (London)" -> GBP), else US dollars. No exchange rates anywhere: a non-USD
// amount is never compared with a US-dollar band.
import type { CompanyFile } from '../workspace/schemas';
import type { CompanyProfile } from './types';

export type CurrencySource = 'recorded' | 'saved-before-currencies' | 'guides' | 'place' | 'fallback';

export interface RecordCurrency {
  /** ISO 4217 code. */
  code: string;
  from: CurrencySource;
  /** Why this currency, in plain words for the form ("From “London” in the folder name."). */
  note: string;
}

/**
 * Places a candidate names in a folder or job description, and their currency (ISO 4217). Our own
 * list: no standard maps cities to currencies; these are the financial centres the guides' firms
 * and fintechs hire in. Country names come from the runtime's English region names.
 */
const PLACES: [RegExp, string][] = [
  [/\b(?:London|Edinburgh|Manchester|Glasgow|Belfast|United Kingdom|UK|England|Scotland)\b|伦敦|英国/, 'GBP'],
  [/\b(?:Dublin|Amsterdam|Paris|Frankfurt|Berlin|Munich|Madrid|Milan|Lisbon|Vilnius|Brussels|Luxembourg|Ireland|Netherlands|France|Germany|Spain|Italy|Portugal|Lithuania)\b|巴黎|法兰克福|柏林|都柏林|阿姆斯特丹/, 'EUR'],
  [/\b(?:Toronto|Montreal|Montréal|Vancouver|Calgary|Canada)\b|多伦多|温哥华|加拿大/, 'CAD'],
  [/\b(?:Hong Kong)\b|香港/, 'HKD'],
  [/\b(?:Singapore)\b|新加坡/, 'SGD'],
  [/\b(?:Sydney|Melbourne|Australia)\b|悉尼|墨尔本|澳大利亚/, 'AUD'],
  [/\b(?:Zurich|Zürich|Geneva|Switzerland)\b|苏黎世|日内瓦|瑞士/, 'CHF'],
  [/\b(?:Tokyo|Japan)\b|东京|日本/, 'JPY'],
  [/\b(?:Shanghai|Beijing|Shenzhen|Hangzhou|Guangzhou|China)\b|上海|北京|深圳|杭州|广州/, 'CNY'],
  [/\b(?:Bengaluru|Bangalore|Mumbai|Hyderabad|Pune|India)\b/, 'INR'],
  [/\b(?:New York|NYC|Charlotte|San Francisco|Seattle|Chicago|Boston|Dallas|Austin|Phoenix|Plano|Wilmington|United States|USA|US)\b|纽约|旧金山|美国/, 'USD'],
];

/** The English name of a currency ("British Pound"), from the runtime's CLDR names, else the code. */
export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The first place named in `text` that has a currency, with the words that named it. */
export function currencyOfPlace(text: string): { code: string; place: string } | null {
  let best: { code: string; place: string; at: number } | null = null;
  for (const [re, code] of PLACES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { code, place: m[0], at: m.index };
  }
  return best ? { code: best.code, place: best.place } : null;
}

/** True when the record holds any figure (a record with none may take a default currency). */
export function hasFigures(comp: CompanyFile['compensation']): boolean {
  return comp.current !== null || comp.ask !== null || comp.offers.length > 0;
}

/**
 * The currency the folder's compensation figures are in, and why (see the module comment). A
 * recorded currency wins; figures saved before currencies are US dollars; else the default.
 */
export function recordCurrency(company: Pick<CompanyFile, 'name' | 'jobDescription' | 'compensation'>, profile: CompanyProfile | null): RecordCurrency {
  const comp = company.compensation;
  if (comp.currency) return { code: comp.currency, from: 'recorded', note: '' };
  if (hasFigures(comp)) {
    return {
      code: 'USD',
      from: 'saved-before-currencies',
      note: 'These figures were saved before Dossier asked for a currency, so they are read as US dollars. If they are in another currency, choose it here.',
    };
  }
  const guidePay = (profile?.compensation ?? []).some((c) => c.base !== null || c.totalCash !== null);
  if (guidePay) return { code: 'USD', from: 'guides', note: 'The guides for this company state pay in US dollars.' };
  const fromName = currencyOfPlace(company.name);
  if (fromName) return { code: fromName.code, from: 'place', note: `From “${fromName.place}” in the folder name.` };
  const fromJd = currencyOfPlace(company.jobDescription.slice(0, 20_000));
  if (fromJd) return { code: fromJd.code, from: 'place', note: `From “${fromJd.place}” in the job description.` };
  return { code: 'USD', from: 'fallback', note: 'No location is known for this folder, so US dollars are assumed. Choose the currency the offer is paid in.' };
}

/** Whole amounts in a currency as candidates read them: "£105,000", "$185,000", "CA$240,000"; short: "£105k". */
export function formatAmount(amount: number, code: string, short = false): string {
  const n = Math.round(amount);
  let fmt: Intl.NumberFormat;
  try {
    fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: code, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  } catch {
    return `${n.toLocaleString('en-US')} ${code}`;
  }
  if (short && Math.abs(n) >= 1000) {
    const k = n / 1000;
    const parts = fmt.formatToParts(1);
    const symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
    const before = parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer');
    const num = `${Number.isInteger(k) ? k : k.toFixed(1)}k`;
    return before ? `${symbol}${/[A-Za-z]$/.test(symbol) ? ' ' : ''}${num}` : `${num} ${symbol}`;
  }
  return fmt.format(n);
}
