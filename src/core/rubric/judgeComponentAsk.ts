// Where an ask for a pay component other than base (bonus, equity, sign-on, relocation, stipend)
// stands against the ranges the guides publish for it, read in the ask's own terms. The guides do
// not all measure a component the same way: wf-en gives an RSU grant of $10k–$25k over 4 years,
// wf-zh RSUs of $25k–$75k a year (3 or 4 years' vesting), amex 0.04–0.07 % of the company. A
// yearly ask is compared with a grant spread over its vesting; a grant stated over its vesting
// with a yearly figure times its vesting years; an ask that names no period with each band as
// the guide states it. The verdict is judgeBaseAsk's (above every band, below, split, inside).
import type { BandRange, ComponentBand, PayComponent } from './types';
import { judgeBaseAsk } from './judgeBaseAsk';
import type { BaseAskVerdict } from './judgeBaseAsk';
import { formatDollarRange } from './claims/numbers';
import type { FindingsLanguage } from './findingsLanguage';

/** What an ask is measured in, and over what period (money only). */
export interface ComponentAsk {
  component: PayComponent;
  min: number;
  max: number;
  /** A percent figure (of base for a bonus, of the company for equity) or dollars. */
  unit: 'percent' | 'dollars';
  /** Money only: "a year" / "over four years" / not said. */
  period: 'year' | 'total' | 'unstated';
}

export interface ComponentVerdict extends BaseAskVerdict {
  /** The bands compared, converted to the ask's terms, each pointing at its original. */
  compared: { band: BandRange; original: ComponentBand }[];
}

/** Whether the document says the role is senior (a bonus band's senior reach then counts as its top). */
export interface AskLevel {
  senior: boolean;
}

function comparable(ask: ComponentAsk, band: ComponentBand, level: AskLevel): BandRange | null {
  const { min, source } = band;
  const max = level.senior && band.seniorReach !== undefined ? Math.max(band.max, band.seniorReach) : band.max;
  if (ask.unit === 'percent') {
    return band.measure === 'percent-of-base' || band.measure === 'percent-of-company' ? { min, max, source } : null;
  }
  if (band.measure === 'percent-of-base' || band.measure === 'percent-of-company') return null;
  const years = band.vestingYears && band.vestingYears.length > 0 ? band.vestingYears : [1];
  const shortest = Math.min(...years);
  const longest = Math.max(...years);
  if (band.component === 'equity' && band.measure === 'dollars' && ask.period === 'year') {
    // A grant over its vesting, read a year at a time.
    return { min: Math.round(min / longest), max: Math.round(max / shortest), source };
  }
  if (band.component === 'equity' && band.measure === 'dollars-per-year' && ask.period === 'total') {
    return { min: min * shortest, max: max * longest, source };
  }
  return { min, max, source };
}

const PER_YEAR = /\b(?:a|per|each|every) year\b|\/\s?(?:yr|year)\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|每年|年均|\/年|一年/i;
const OVER_VESTING =
  /\bover (?:the )?(?:\d|two|three|four|five)[\s-]*(?:years?|yrs?)\b|\b(?:in )?total\b|\bvest(?:ing|s|ed)? over\b|\bfour-year\b|\bthree-year\b|(?:\d|[三四五])年(?:内)?(?:归属|授予|分期)|总共|合计|总额/i;

/** Whether a money ask is stated a year at a time, over its vesting, or neither (the clause around it). */
export function askPeriod(clause: string): ComponentAsk['period'] {
  if (PER_YEAR.test(clause)) return 'year';
  if (OVER_VESTING.test(clause)) return 'total';
  return 'unstated';
}

/** Judges a component ask against that component's published bands; null when none compare. */
export function judgeComponentAsk(ask: ComponentAsk, bands: readonly ComponentBand[], level: AskLevel = { senior: false }): ComponentVerdict | null {
  const compared: ComponentVerdict['compared'] = [];
  for (const original of bands) {
    if (original.component !== ask.component) continue;
    const band = comparable(ask, original, level);
    if (band) compared.push({ band, original });
  }
  if (compared.length === 0) return null;
  const verdict = judgeBaseAsk(ask, { base: compared.map((c) => c.band), baseIsRigid: false });
  return { ...verdict, compared };
}

function percent(n: number): string {
  return `${Number(n.toFixed(2))}%`;
}

/**
 * Bonus bands of a percent of base, as dollars, to judge a dollar bonus ask ("a $40k bonus"):
 * each percent range is applied to the writer's own base ask when the document states one (floor
 * with floor, stretch with stretch), else to the base band of the guide that states the bonus
 * (so an ask is above only when it beats the top percent of the top base). A guide with a bonus
 * percent but no base band of its own is left out. Other bands are returned unchanged.
 */
export function bonusBandsInDollars(
  bands: readonly ComponentBand[],
  baseAsk: { min: number; max: number } | null,
  baseBands: readonly BandRange[],
): ComponentBand[] {
  const out: ComponentBand[] = [];
  for (const b of bands) {
    if (b.component !== 'bonus' || b.measure !== 'percent-of-base') {
      out.push(b);
      continue;
    }
    const guideBase = baseBands.find((x) => x.source === b.source);
    const base = baseAsk ?? (guideBase ? { min: guideBase.min, max: guideBase.max } : null);
    if (!base) continue;
    const dollars = (pct: number, of: number) => Math.round((pct / 100) * of);
    out.push({
      component: 'bonus',
      measure: 'dollars',
      source: b.source,
      min: dollars(b.min, base.min),
      max: dollars(b.max, base.max),
      ...(b.target !== undefined ? { target: b.target } : {}),
      ...(b.seniorReach !== undefined ? { seniorReach: dollars(b.seniorReach, base.max) } : {}),
      derivedFrom: { percent: { min: b.min, max: b.max, ...(b.seniorReach !== undefined ? { seniorReach: b.seniorReach } : {}) }, base, baseIs: baseAsk ? 'ask' : 'guide' },
    });
  }
  return out;
}

/** Dollars to the hundred where a percent of a base leaves them uneven: "$37.8k", "$18k". */
function fineDollars(n: number): string {
  if (n < 1_000 || n >= 1_000_000) return formatDollarRange(n, n);
  return `$${Number((n / 1_000).toFixed(1))}k`;
}

/** The words of a band or an ask in each findings language. */
const WORDS = {
  en: {
    ofBase: (pct: string) => `${pct} of base`,
    aboutOnBase: (pct: string, dollars: string) => `${pct} of base (about ${dollars} on that base)`,
    target: (pct: string) => `, target ${pct}`,
    derived: (dollars: string, pct: string, base: string) => `${dollars}, that is ${pct} of ${base}`,
    derivedReach: (pct: string) => `; senior roles ${pct} or more`,
    reach: (pct: string) => `, ${pct} or more for senior roles`,
    years: (years: number[]) => ` over ${years.join(' or ')} years`,
    vesting: (years: number[]) => `, vesting over ${years.join(' or ')} years`,
    upTo: (dollars: string) => `up to ${dollars}`,
    aYear: (amount: string) => `${amount} a year`,
  },
  zh: {
    ofBase: (pct: string) => `底薪的 ${pct}`,
    aboutOnBase: (pct: string, dollars: string) => `底薪的 ${pct}（按这个底薪约 ${dollars}）`,
    target: (pct: string) => `，目标 ${pct}`,
    derived: (dollars: string, pct: string, base: string) => `${dollars}，即 ${base} 的 ${pct}`,
    derivedReach: (pct: string) => `；高级职位可达 ${pct} 或更高`,
    reach: (pct: string) => `，高级职位可达 ${pct} 或更高`,
    years: (years: number[]) => `，分 ${years.join(' 或 ')} 年`,
    vesting: (years: number[]) => `，分 ${years.join(' 或 ')} 年归属`,
    upTo: (dollars: string) => `最多 ${dollars}`,
    aYear: (amount: string) => `每年 ${amount}`,
  },
} as const;

/** The senior reach of a bonus band in its guide's terms: "50% of base" (with its dollars when derived). */
export function describeSeniorReach(b: ComponentBand, lang: FindingsLanguage = 'en'): string {
  if (b.seniorReach === undefined) return '';
  const w = WORDS[lang];
  const pct = b.derivedFrom?.percent.seniorReach;
  if (b.derivedFrom && pct !== undefined) return w.aboutOnBase(percent(pct), fineDollars(b.seniorReach));
  return w.ofBase(percent(b.seniorReach));
}

/** A component band in its guide's own terms: "12%–18% of base", "$10k–$25k over 4 years", "up to $10k" (底薪的 12%–18%…). */
export function describeComponentBand(b: ComponentBand, lang: FindingsLanguage = 'en'): string {
  const w = WORDS[lang];
  const target = b.target !== undefined ? w.target(percent(b.target)) : '';
  if (b.derivedFrom) {
    const { percent: p, base } = b.derivedFrom;
    const reach = p.seniorReach !== undefined ? w.derivedReach(percent(p.seniorReach)) : '';
    return `${w.derived(`${fineDollars(b.min)}–${fineDollars(b.max)}`, `${percent(p.min)}–${percent(p.max)}`, formatDollarRange(base.min, base.max))}${target}${reach}`;
  }
  if (b.measure === 'percent-of-base') {
    const reach = b.seniorReach !== undefined ? w.reach(percent(b.seniorReach)) : '';
    return `${w.ofBase(`${percent(b.min)}–${percent(b.max)}`)}${target}${reach}`;
  }
  if (b.measure === 'percent-of-company') return `${percent(b.min)}–${percent(b.max)}${b.vestingYears?.length ? w.years(b.vestingYears) : ''}`;
  // A bonus in dollars comes from a percent of a base: keep its hundreds ("$26.3k"), so a suggested range never leaves the band.
  const money = (min: number, max: number) => (b.component === 'bonus' ? (min === max ? fineDollars(max) : `${fineDollars(min)}–${fineDollars(max)}`) : formatDollarRange(min, max));
  const amount = b.upTo ? w.upTo(money(b.max, b.max)) : money(b.min, b.max);
  if (b.measure === 'dollars-per-year') {
    const vest = b.component === 'equity' && b.vestingYears?.length ? w.vesting(b.vestingYears) : '';
    return `${w.aYear(amount)}${vest}`;
  }
  if (b.component === 'equity' && b.vestingYears?.length) return `${amount}${w.years(b.vestingYears)}`;
  return amount;
}

/** An ask in its own terms: "20%", "$80k–$100k a year" (每年 $80k–$100k). */
export function describeComponentAsk(ask: ComponentAsk, lang: FindingsLanguage = 'en'): string {
  if (ask.unit === 'percent') return ask.min === ask.max ? percent(ask.max) : `${percent(ask.min)}–${percent(ask.max)}`;
  const amount = formatDollarRange(ask.min, ask.max);
  return ask.period === 'year' ? WORDS[lang].aYear(amount) : amount;
}

/**
 * The range to suggest for a component: inside every band that measures it the same way as the
 * first (the default guide's), else inside the first alone. Null when none is published.
 */
export function safeComponentRange(component: PayComponent, bands: readonly ComponentBand[]): ComponentBand | null {
  const own = bands.filter((b) => b.component === component);
  const first = own[0];
  if (!first) return null;
  const same = own.filter((b) => b.measure === first.measure);
  const min = Math.max(...same.map((b) => b.min));
  const max = Math.min(...same.map((b) => b.max));
  // A plain range: the first band's target, senior reach and conversion do not describe the overlap.
  const plain: ComponentBand = {
    component: first.component, measure: first.measure, source: first.source, min: first.min, max: first.max,
    ...(first.upTo ? { upTo: true } : {}),
    ...(first.vestingYears ? { vestingYears: first.vestingYears } : {}),
  };
  return min <= max ? { ...plain, min, max } : plain;
}
