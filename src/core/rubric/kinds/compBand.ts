// comp-band: a pay ask outside what the company's guides publish (above or below), or any base
// ask where base is known to be rigid. Reads the claim record, so each component of a sentence is
// judged on its own: in "a base of $250k, a 20% bonus and a $50k sign-on" the base, the bonus and
// the sign-on are each checked against their own ranges; market data, current pay, pay left behind
// and offers are not asks. A dollar bonus is turned into a percent of the writer's base ask (or of
// each guide's base band when none is given); a Wells Fargo bonus up to the Chinese guide's senior
// 50 %+ and a total within its management track are warnings that say what the guide ties them to;
// a yearly total is judged only against a guide that states one (wf-zh: $190k–$340k for ICs).
// Where sources disagree, an ask that breaks one band and not another is a warning naming the
// guide whose band it breaks. The band comes from the company (profile or the candidate's own
// edits); the pack's fallback bands are used when the check runs without one. Before judging, a
// figure's currency and period are read as payReading.ts says: a Chinese draft's amount with no
// currency is RMB (one note, not judged), an English draft's is dollars; a monthly base is a year.
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { formatDollarRange, formatDollars } from '../claims/numbers';
import { claimsOf } from '../claims/sectionClaims';
import { clauseOf, isDistanced } from '../claims/analyzeClaim';
import type { Claim } from '../claims/analyzeClaim';
import type { PreparedSection } from '../prepareSection';
import type { BandRange, ComponentBand, PayComponent, TotalBand } from '../types';
import { judgeBaseAsk } from '../judgeBaseAsk';
import { askPeriod, bonusBandsInDollars, describeComponentAsk, describeComponentBand, describeSeniorReach, judgeComponentAsk, safeComponentRange } from '../judgeComponentAsk';
import { judgeTotalAsk } from '../judgeTotalAsk';
import type { ComponentAsk } from '../judgeComponentAsk';
import { sourceName } from '../sourceNames';
import { alternativeSays, claimStates } from '../roleLevel';
import { bareCurrencyOf, dollarsWritten, readPayClaim } from '../payReading';
import type { PayClaim } from '../payReading';
import { periodWords } from '../payPeriod';
import type { PayPeriod } from '../payPeriod';
import type { LevelWords } from '../roleLevel';
import { withLanguage } from '../findingsLanguage';
import type { FindingsLanguage } from '../findingsLanguage';
import { zhText } from '../zhText';

const Band = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative(), source: z.string().min(1) });
const COMPONENTS = ['bonus', 'equity', 'sign-on', 'relocation', 'stipend'] as const;
const ComponentBandSchema = Band.extend({
  component: z.enum(COMPONENTS),
  measure: z.enum(['percent-of-base', 'dollars', 'dollars-per-year', 'percent-of-company']),
  upTo: z.boolean().optional(),
  vestingYears: z.array(z.number().positive()).optional(),
  target: z.number().nonnegative().optional(),
  seniorReach: z.number().nonnegative().optional(),
});
const TotalBandSchema = Band.extend({ managementUplift: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() }).optional() });

/** The words this kind composes into its messages' placeholders, in each findings language. */
const WORDS = {
  en: {
    /** How a message names each component ask ("A sign-on of $80k"). */
    component: { bonus: 'A bonus of', equity: 'An equity ask of', 'sign-on': 'A sign-on of', relocation: 'A relocation ask of', stipend: 'A stipend ask of' } as Record<PayComponent, string>,
    comma: ', ',
    list: '; ',
    and: ' and ',
    above: 'above',
    below: 'below',
    otherGuide: 'other',
    noteSeparator: ' ',
    forManagement: ' for the management track',
    evenManagement: (mgmt: string) => `, even for the management track (about ${mgmt})`,
    forIc: ' for individual contributors',
    noTotal: (names: string, n: number) => `The ${names} ${n > 1 ? 'give' : 'gives'} no total.`,
    /** How a base ask above the widest band stands in each other guide's band (aboveTopEachMessage's {others}). */
    otherBandPart: (guide: string, range: string, inside: string, over: string) => `In the ${guide} (${range}), ${inside} sits inside and the top is ${over} above.`,
    otherBandFloor: (guide: string, range: string, floor: string, over: string) => `In the ${guide} (${range}), only the floor (${floor}) is inside; the top is ${over} above.`,
    otherBandAbove: (guide: string, range: string) => `The whole ask is above the band in the ${guide} (${range}).`,
  },
  zh: {
    component: { bonus: '奖金', equity: '股票要价', 'sign-on': '签约奖金', relocation: '搬迁补贴要价', stipend: '津贴要价' } as Record<PayComponent, string>,
    comma: '，',
    list: '；',
    and: '和',
    above: '高于',
    below: '低于',
    otherGuide: '其他指南',
    noteSeparator: '',
    forManagement: '（按管理岗）',
    evenManagement: (mgmt: string) => `，即使按管理岗（约 ${mgmt}）也是如此`,
    forIc: '（个人贡献者）',
    noTotal: (names: string) => `${names}没有给出总包数字。`,
    otherBandPart: (guide: string, range: string, inside: string, over: string) => `按${guide}的区间（${range}），${inside} 在区间之内，上限高出 ${over}。`,
    otherBandFloor: (guide: string, range: string, floor: string, over: string) => `按${guide}的区间（${range}），只有下限 ${floor} 在区间之内，上限高出 ${over}。`,
    otherBandAbove: (guide: string, range: string) => `整个要价都高于${guide}的区间（${range}）。`,
  },
} as const;

function describeBand(b: BandRange, lang: FindingsLanguage): string {
  return `${formatDollars(b.min)}–${formatDollars(b.max)}${WORDS[lang].comma}${sourceName(b.source, lang)}`;
}

/**
 * Where a base ask (floor `low`, top `top`, whole dollars) whose top is above `b` stands in that
 * band: the part inside it, only its floor (the band's top), or wholly above.
 */
function otherBandPart(w: (typeof WORDS)[FindingsLanguage], b: BandRange, low: number, top: number, lang: FindingsLanguage): string {
  const guide = sourceName(b.source, lang);
  const range = `${formatDollars(b.min)}–${formatDollars(b.max)}`;
  const over = formatDollars(top - b.max);
  if (low > b.max) return w.otherBandAbove(guide, range);
  if (low === b.max) return w.otherBandFloor(guide, range, formatDollars(low), over);
  return w.otherBandPart(guide, range, formatDollarRange(Math.max(low, b.min), b.max), over);
}

function describeBands(bands: BandRange[], lang: FindingsLanguage): string {
  return bands.map((b) => describeBand(b, lang)).join(WORDS[lang].list);
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all);
}

/** A total ask that can only mean total cash: no equity, no "total compensation", no base beside it. */
function plainTotal(claim: Claim, notCash: RegExp[]): boolean {
  return !anyMatch(notCash, claim.text) && !claim.quantities.some((q) => q.kind === 'money' && q.pay === 'base');
}

interface ComponentParams {
  bonusDollarsOnAskNote: string;
  bonusDollarsOnGuideNote: string;
  bonusSeniorUnstatedMessage: string;
  midLevelTitleNote: string;
  titleLadderSource?: string | undefined;
  bonusSeniorUnstatedSuggestion: string;
  bonusAboveSeniorMessage: string;
  bonusAboveSeniorSuggestion: string;
  bonusAboveReachMessage: string;
  componentAboveMessage: string;
  componentBelowMessage: string;
  componentSplitMessage: string;
  componentSuggestions: Record<string, string>;
  belowSuggestion: string;
  aboveEverySeverity: 'error' | 'warning' | 'info';
  lang: FindingsLanguage;
}

function names(list: { source: string }[], lang: FindingsLanguage): string {
  return [...new Set(list.map((b) => sourceName(b.source, lang)))].join(WORDS[lang].and);
}

function bandList(list: ComponentBand[], lang: FindingsLanguage): string {
  return list.map((b) => `${describeComponentBand(b, lang)}${WORDS[lang].comma}${sourceName(b.source, lang)}`).join(WORDS[lang].list);
}

/** What the whole document says that a single ask's judgement needs. Computed once, on first need. */
interface DocFacts {
  /** The writer's base ask across the document (lowest floor to highest stretch), or null. */
  baseAsk: { min: number; max: number } | null;
  /** The base bands in use, to turn a guide's bonus percent into dollars when there is no base ask. */
  baseBands: BandRange[];
  /** The document says the role is senior (senior PM, VP, director, 高级, 资深...). */
  senior: boolean;
  /** The document says the role is on the management track (management track, people manager, 管理岗...). */
  management: boolean;
  /** The document names a title that is senior on a product ladder but mid-level on this firm's (a bank's VP). */
  midLevelTitle: boolean;
}

/**
 * A bonus, equity, sign-on, relocation or stipend ask judged against the ranges the guides
 * publish for it: above every range is an error (aboveEverySeverity), above one guide's range but
 * inside another's a warning naming the guide it breaks, below every range a warning. Below one
 * guide's range but inside another's is not flagged (within what a guide publishes, and no risk
 * of refusal). Null when the ask is inside, or no published range measures it the same way.
 */
function judgeComponent(
  c: ComponentParams & Pick<Compiled, 'seniorRes' | 'seniorConditionRes'> & LevelWords,
  allBands: ComponentBand[],
  claim: Claim,
  q: Claim['quantities'][number],
  component: PayComponent,
  section: string,
  doc: () => DocFacts,
): RawFinding | null {
  let unit: ComponentAsk['unit'];
  if (q.kind === 'percent') unit = 'percent';
  else if (q.kind === 'money' && (q.unit === 'usd' || q.unit === 'none')) unit = 'dollars';
  else return null;
  if (unit === 'dollars' && q.max < 500) return null; // "$5" is not a pay component
  if (isDistanced(claim, q.start, q.end)) return null;
  const ask: ComponentAsk = { component, min: q.min, max: q.max, unit, period: unit === 'dollars' ? askPeriod(clauseOf(claim.text, q.start, q.end)) : 'unstated' };
  const isBonus = component === 'bonus';
  // A dollar bonus is judged against the guides' percent-of-base ranges turned into dollars on
  // the writer's base ask (or each guide's own base band when the memo states none).
  const bands = isBonus && unit === 'dollars' && allBands.some((b) => b.component === 'bonus' && b.measure === 'percent-of-base')
    ? bonusBandsInDollars(allBands, doc().baseAsk, doc().baseBands)
    : allBands;
  const reaching = isBonus && bands.some((b) => b.component === 'bonus' && b.seniorReach !== undefined);
  // The document's level, or this figure's own condition in a list of alternatives ("15%, or 20% if senior").
  const senior = reaching && (doc().senior || alternativeSays(claim, q, c.seniorRes, c.seniorConditionRes, c));
  const verdict = judgeComponentAsk(ask, bands, { senior });
  if (!verdict || verdict.position === 'inside') return null;
  const compared = verdict.compared.map((x) => x.original);
  // Above one guide's range (the one a recruiter may hold to), the others named beside it.
  const broken = verdict.compared.filter((x) => verdict.broken.some((b) => b.band === x.band && b.direction === 'above')).map((x) => x.original);
  const kept = compared.filter((b) => !broken.includes(b));
  if (verdict.position === 'split' && broken.length === 0) return null;
  const safeBand = safeComponentRange(component, compared);
  const { lang } = c;
  const w = WORDS[lang];
  const vars = {
    what: w.component[component],
    ask: describeComponentAsk(ask, lang),
    band: bandList(compared, lang),
    guide: names(broken, lang),
    broken: broken.map((b) => describeComponentBand(b, lang)).join(w.list),
    other: names(kept, lang),
    kept: kept.map((b) => describeComponentBand(b, lang)).join(w.list),
    safe: safeBand ? describeComponentBand(safeBand, lang) : '',
    floor: describeComponentAsk({ ...ask, min: Math.min(...verdict.compared.map((x) => x.band.min)), max: Math.min(...verdict.compared.map((x) => x.band.min)) }, lang),
  };
  const at = { section, start: claim.start + q.start, end: claim.start + q.end, vars };
  const suggestionFor = (key: string) => fill(c.componentSuggestions[key] ?? '', vars) || undefined;
  // A dollar bonus compared through percent-of-base ranges says which base the percents were applied to.
  const derived = verdict.compared.find((x) => x.original.derivedFrom)?.original.derivedFrom;
  const note = derived
    ? w.noteSeparator + fill(derived.baseIs === 'ask' ? c.bonusDollarsOnAskNote : c.bonusDollarsOnGuideNote, { base: formatDollarRange(derived.base.min, derived.base.max) })
    : '';
  const fillNoted = (text: string, v: Record<string, string>) => fill(text, v) + note;
  if (verdict.position === 'below') {
    return { ...at, message: fillNoted(c.componentBelowMessage, vars), suggestion: suggestionFor('below') ?? fill(c.belowSuggestion, vars), severity: 'warning' };
  }
  // A bonus above every usual range, where a guide says senior roles reach higher (wf-zh: 50 %+).
  const reach = verdict.position === 'above' && reaching ? verdict.compared.map((x) => x.original).find((b) => b.seniorReach !== undefined) : undefined;
  if (reach?.seniorReach !== undefined) {
    const usualMax = Math.max(...verdict.compared.map((x) => x.original.max));
    const reachVars = {
      ...vars,
      reachGuide: sourceName(reach.source, lang),
      reach: describeSeniorReach(reach, lang),
      usualMax: describeComponentAsk({ ...ask, min: usualMax, max: usualMax }, lang),
    };
    const atReach = { ...at, vars: reachVars };
    if (senior) {
      // Above even the senior figure, but that figure is open-ended ("50 % or more").
      return { ...atReach, message: fillNoted(c.bonusAboveSeniorMessage, reachVars), suggestion: fill(c.bonusAboveSeniorSuggestion, reachVars), severity: 'warning' };
    }
    if (ask.max <= reach.seniorReach) {
      // A title that reads senior elsewhere but is a band level here (a bank's VP): say why it did not count.
      const vp = c.titleLadder === 'corporate' && c.titleLadderSource && (doc().midLevelTitle || alternativeSays(claim, q, c.seniorRes, c.seniorConditionRes, { ...c, titleLadder: 'product' }));
      const titleNote = vp ? ' ' + fill(c.midLevelTitleNote, { guide: sourceName(c.titleLadderSource ?? '') }) : '';
      return { ...atReach, message: fillNoted(c.bonusSeniorUnstatedMessage, reachVars) + titleNote, suggestion: fill(c.bonusSeniorUnstatedSuggestion, reachVars), severity: 'warning' };
    }
    return { ...atReach, message: fillNoted(c.bonusAboveReachMessage, reachVars), suggestion: suggestionFor(component), severity: c.aboveEverySeverity };
  }
  if (verdict.position === 'above') {
    return { ...at, message: fillNoted(c.componentAboveMessage, vars), suggestion: suggestionFor(component), severity: c.aboveEverySeverity };
  }
  return { ...at, message: fillNoted(c.componentSplitMessage, vars), suggestion: suggestionFor(component), severity: 'warning' };
}

interface Compiled extends LevelWords {
  baseRes: RegExp[];
  seniorRes: RegExp[];
  managementRes: RegExp[];
  seniorConditionRes: RegExp[];
  managementConditionRes: RegExp[];
}

/** A base-pay ask: money the writer asks for, named as base (or in the base section), not a stipend-sized figure. */
function isBaseAsk(c: Pick<Compiled, 'baseRes'>, claim: Claim, q: Claim['quantities'][number], wholeSectionIsBase: boolean): boolean {
  if (q.kind !== 'money' || (q.unit !== 'usd' && q.unit !== 'none') || q.stance !== 'ask') return false;
  if (q.pay !== 'base' && !(q.pay === null && (wholeSectionIsBase || anyMatch(c.baseRes, clauseOf(claim.text, q.start, q.end))))) return false;
  if (q.max < 20_000) return false; // a stipend or a typo in thousands, not a base salary
  return !isDistanced(claim, q.start, q.end);
}

const isDollars = (q: Claim['quantities'][number]) => q.kind === 'money' && (q.unit === 'usd' || q.unit === 'none');

/**
 * A pay ask written in another currency (£, €, ¥, RMB, 人民币, 元): an info note that the bands are
 * in US dollars and the figure was not compared (no exchange rate is assumed). Null when it is not
 * the writer's pay ask, or when the sentence also gives a dollar figure (a conversion beside it).
 */
/**
 * A base ask with no yearly reading (an hourly rate, a paycheck whose frequency is not said): the
 * guides' bands are yearly, so it is noted as not compared (info), not guessed into a year.
 */
function unyearlyAsk(
  c: Pick<Compiled, 'baseRes'> & { unyearlyMessage: string; unyearlySuggestion: string; lang: FindingsLanguage },
  claim: Claim,
  q: Claim['quantities'][number],
  period: PayPeriod,
  wholeSectionIsBase: boolean,
  section: string,
): RawFinding | null {
  if (q.stance !== 'ask' || q.max < 10) return null;
  if (q.pay !== 'base' && !(q.pay === null && (wholeSectionIsBase || anyMatch(c.baseRes, clauseOf(claim.text, q.start, q.end))))) return null;
  if (isDistanced(claim, q.start, q.end)) return null;
  const vars = { ask: `${formatDollarRange(q.min, q.max)} ${periodWords(period, c.lang)}`.replace(/^(\$\S+) (每.+)$/, '$2 $1') };
  return {
    section, start: claim.start + q.start, end: claim.start + q.end, vars,
    message: fill(c.unyearlyMessage, vars), suggestion: c.unyearlySuggestion, severity: 'info',
  };
}

function otherCurrencyAsk(
  c: Pick<Compiled, 'baseRes'> & { otherCurrencyMessage: string; otherCurrencySuggestion: string },
  claim: Claim,
  q: Claim['quantities'][number],
  wholeSectionIsBase: boolean,
  section: string,
): RawFinding | null {
  if (q.kind !== 'money' || isDollars(q) || q.stance !== 'ask' || q.max < 500) return null;
  if (q.pay === null && !wholeSectionIsBase && !anyMatch(c.baseRes, clauseOf(claim.text, q.start, q.end))) return null;
  if (isDistanced(claim, q.start, q.end)) return null;
  if (claim.quantities.some((o) => o !== q && isDollars(o) && o.max >= 500)) return null;
  const vars = { ask: `“${q.text.trim()}”` };
  return {
    section, start: claim.start + q.start, end: claim.start + q.end, vars,
    message: fill(c.otherCurrencyMessage, vars), suggestion: c.otherCurrencySuggestion, severity: 'info',
  };
}

/** A bare amount read as RMB, with what the note needs. */
interface AssumedRmb {
  section: string;
  claim: Claim;
  q: Claim['quantities'][number];
}

/**
 * One info note for a draft whose pay asks give no currency (read as RMB, see payReading.ts): on
 * the first such ask, naming how many others there are and how to write dollars. Null for none.
 */
function bareAmountNote(c: { bareAmountMessage: string; bareAmountSuggestion: string; lang: FindingsLanguage }, asks: AssumedRmb[]): RawFinding | null {
  const first = asks[0];
  if (!first) return null;
  const n = asks.length - 1;
  const written = dollarsWritten(first.q);
  const vars = {
    ask: `“${first.q.text.trim()}”`,
    others:
      n === 0 ? '' : c.lang === 'zh' ? `另有 ${n} 个金额也没有写币种。` : n === 1 ? ' One other amount here has none either.' : ` ${n} other amounts here have none either.`,
    chinese: written.chinese,
    dollars: written.dollars,
  };
  return {
    section: first.section, start: first.claim.start + first.q.start, end: first.claim.start + first.q.end, vars,
    message: fill(c.bareAmountMessage, vars).replace(/\s+$/, ''), suggestion: fill(c.bareAmountSuggestion, vars), severity: 'info',
  };
}

function docFacts(c: Compiled & { baseSections: string[] }, sections: PreparedSection[], baseBands: BandRange[], read: (claim: Claim) => PayClaim): DocFacts {
  let min = Infinity;
  let max = -Infinity;
  let senior = false;
  let management = false;
  for (const section of sections) {
    const wholeSectionIsBase = c.baseSections.includes(section.id);
    for (const written of claimsOf(section)) {
      const { claim } = read(written);
      for (const q of claim.quantities) {
        if (!isBaseAsk(c, claim, q, wholeSectionIsBase)) continue;
        min = Math.min(min, q.min);
        max = Math.max(max, q.max);
      }
    }
    for (const claim of claimsOf(section)) {
      senior ||= claimStates(claim, c.seniorRes, c);
      management ||= claimStates(claim, c.managementRes, c);
    }
  }
  // Only worth reading when this firm's ladder discounts a title and nothing else says senior.
  let midLevelTitle = false;
  if (c.titleLadder === 'corporate' && !senior) {
    const product = { ...c, titleLadder: 'product' as const };
    midLevelTitle = sections.some((section) => claimsOf(section).some((claim) => claimStates(claim, c.seniorRes, product)));
  }
  return { baseAsk: Number.isFinite(min) ? { min, max } : null, baseBands, senior, management, midLevelTitle };
}

interface TotalParams {
  totalAboveMessage: string;
  totalManagementMessage: string;
  totalManagementSuggestion: string;
  totalBelowMessage: string;
  totalSuggestion: string;
  belowSuggestion: string;
  aboveEverySeverity: 'error' | 'warning' | 'info';
  lang: FindingsLanguage;
}

/**
 * A yearly total ask judged against the totals the guides publish (only wf-zh states one): above
 * the individual-contributor total but within the management track's, with no word that the role
 * is management, a warning; above every reading an error; below a warning. The message names the
 * guides that publish no total, so the candidate sees which guide says what.
 */
function judgeTotal(
  c: TotalParams & Pick<Compiled, 'managementRes' | 'managementConditionRes'> & LevelWords,
  totals: TotalBand[],
  baseBands: BandRange[],
  claim: Claim,
  q: Claim['quantities'][number],
  section: string,
  doc: () => DocFacts,
): RawFinding | null {
  if (q.max < 50_000) return null; // not a yearly total
  if (isDistanced(claim, q.start, q.end)) return null;
  const verdict = judgeTotalAsk(q, totals, doc().management || alternativeSays(claim, q, c.managementRes, c.managementConditionRes, c));
  if (!verdict || verdict.position === 'inside') return null;
  const publishing = new Set(totals.map((t) => t.source));
  const silent = [...new Set(baseBands.map((b) => b.source).filter((s) => !publishing.has(s) && s !== 'profile'))];
  const management = verdict.reading === 'management';
  const first = verdict.compared[0];
  const up = first?.band.managementUplift;
  const mgmt = verdict.compared.map((x) => x.management).filter((m) => m !== null);
  const { lang } = c;
  const w = WORDS[lang];
  const mgmtRanges = mgmt.map((m) => formatDollarRange(m.min, m.max)).join(w.list);
  const vars = {
    ask: formatDollarRange(q.min, q.max),
    guide: names(totals, lang),
    band: verdict.compared.map((x) => formatDollarRange(...(management && x.management ? ([x.management.min, x.management.max] as const) : ([x.ic.min, x.ic.max] as const)))).join('; '),
    icMax: formatDollars(Math.min(...verdict.compared.map((x) => x.ic.max))),
    uplift: up ? `${up.min}–${up.max}%` : '',
    mgmt: mgmtRanges,
    mgmtNote: management ? w.forManagement : mgmt.length > 0 ? w.evenManagement(mgmtRanges) : '',
    forWhom: management ? w.forManagement : up ? w.forIc : '',
    silentNote: silent.length > 0 ? w.noTotal(silent.map((s) => sourceName(s, lang)).join(w.and), silent.length) : '',
  };
  const at = { section, start: claim.start + q.start, end: claim.start + q.end, vars };
  const trim = (text: string) => fill(text, vars).trimEnd();
  if (verdict.position === 'below') return { ...at, message: trim(c.totalBelowMessage), suggestion: c.belowSuggestion, severity: 'warning' };
  if (verdict.reading === 'above-ic') {
    return { ...at, message: trim(c.totalManagementMessage), suggestion: fill(c.totalManagementSuggestion, vars), severity: 'warning' };
  }
  if (verdict.position === 'above') return { ...at, message: trim(c.totalAboveMessage), suggestion: fill(c.totalSuggestion, vars), severity: c.aboveEverySeverity };
  return { ...at, message: trim(c.totalAboveMessage), suggestion: fill(c.totalSuggestion, vars), severity: 'warning' };
}

export const compBand = defineKind({
  name: 'comp-band',
  describe:
    "Compares each pay ask in the text (base, bonus as a percent or in dollars, equity, sign-on, relocation, stipend, and a yearly total where a guide states one) with the ranges the company's guides publish.",
  params: z.object({
    fallbackBands: z.array(Band).default([]),
    baseIsRigid: z.boolean().default(false),
    baseTerms: z.array(z.string().min(1)).default(['\\bbase\\b', '\\bsalary\\b', '底薪', '基本工资', '基本薪资', '年薪', '月薪', '月工资']),
    baseSections: z.array(z.string()).default(['base']),
    rigidMessage: z.string().default(''),
    rigidSuggestion: z.string().default('Keep the base ask inside the band and put your negotiating weight on sign-on and other flexible items.'),
    belowMessage: z.string().default('{ask} is below the base band you recorded ({band}); you may be underselling yourself.'),
    belowSuggestion: z.string().default('Check the band and ask for at least its floor; a low anchor is hard to raise later.'),
    splitMessage: z
      .string()
      .default('{ask} fits the base band in the {other} ({kept}) but is {direction} the one in the {guide} ({broken}). The guides disagree, so a recruiter working from the {guide} may see your ask as outside the band.'),
    /** What to do about an ask between two guides' bands: {safe} is the figure both allow (the lower top, or the higher floor). */
    splitAboveSuggestion: z
      .string()
      .default('To be safe with both guides, keep base at or below {safe} and move the rest of your ask to sign-on or bonus; or ask the recruiter which band applies to this role.'),
    splitBelowSuggestion: z
      .string()
      .default('To be safe with both guides, ask for at least {safe}; or ask the recruiter which band applies to this role.'),
    /**
     * A base ask (a range, or tiers in one sentence) whose floor is inside the one published band
     * and whose top is above it: a warning naming the part above, not an error for the whole ask.
     */
    aboveTopMessage: z.string().default('The top of your ask ({top}) is {over} above the published base band ({band}); {inside} sits inside it.'),
    /**
     * The same where guides publish different bands (Wells Fargo): {guide} and {widest} name the
     * band {inside} sits in, {others} says where the ask stands in each other band, so the message
     * never says a part sits inside a band it does not (newcomer 9 §5).
     */
    aboveTopEachMessage: z.string().default('The top of your ask ({top}) is {over} above the base band in the {guide} ({widest}); {inside} sits inside that band. {others}'),
    aboveTopSuggestion: z.string().default('Keep the stretch at or below the top of the band, or say what would justify it (a competing offer, a bonus you forfeit).'),
    /** An ask above every published band: it breaks every guide, so it is an error. */
    aboveEverySeverity: z.enum(['error', 'warning', 'info']).default('error'),
    /** Words saying a total is total cash (base plus cash bonus), judged against the total-cash reading. */
    totalCashTerms: z
      .array(z.string().min(1))
      .default([
        '\\btotal cash\\b',
        '\\bcash comp(?:ensation)?\\b',
        '总现金',
        '现金总额',
        '现金总包',
        // Base and bonus named as one sum ("base plus bonus of $230k", 底薪加奖金一共25万美元).
        '\\b(?:base(?: salary| pay)?|salary)\\s*(?:\\+|plus|and|&)\\s*(?:cash |target |annual )?bonus(?:es)?\\b',
        '(?:底薪|基本工资|基本薪资|年薪)\\s*(?:\\+|加上?|和|与|及)\\s*(?:年终)?奖金',
      ]),
    totalCashMessage: z.string().default('{ask} in total cash is {direction} the total-cash reading of the {guide} ({broken}).'),
    totalCashSuggestion: z.string().default('Keep total cash (base plus cash bonus) inside that reading, or ask the recruiter whether the range means base or total cash.'),
    fallbackTotalCash: z.array(Band).default([]),
    /**
     * Published yearly totals (base, bonus and stock), used only when the check runs without a
     * company profile: wf-zh's $190k–$340k for individual contributors, management 20–40 % higher.
     */
    fallbackTotal: z.array(TotalBandSchema).default([]),
    /**
     * Words saying the role is senior: a bonus band's senior reach (wf-zh: 50 %+) then counts.
     * Titles as banks and tech firms write them (Senior/Sr., Staff, Principal, Lead, Group PM,
     * Director, Executive or Managing Director, VP/SVP, Head of …; 高级, 资深, 首席, 总监, 副总裁).
     * A word counts only in the writer's own voice about the role (see roleLevel.ts).
     */
    seniorTerms: z
      .array(z.string().min(1))
      .default([
        '\\b(?:senior|sr\\.?)[- ](?:AI[/ ]?(?:ML )?|ML |AI |staff )?(?:PM|product manager|product lead|product owner|role|level|IC|individual contributor|position|title|hire|grade|director|vice president|VP)s?\\b',
        '\\b(?:S?VP|EVP|vice president|director|principal|staff)[- ](?:AI[/ ]?(?:ML )?|ML |AI )?(?:level|role|title|grade|PM|product manager)s?\\b',
        '\\b(?:lead|group) (?:AI[/ ]?(?:ML )?|ML |AI )?(?:PM|product manager)s?\\b|\\bGPM\\b',
        '\\b(?:at|as|title is|role is|level is|position is|job is|role as|join as|hired as|promoted to)\\s(?:an? |the )?(?:S?VP|EVP|vice president|(?:senior |executive |managing )?director|principal|staff|head)\\b',
        '\\b(?:executive|managing) director\\b',
        '\\b(?:director|head|S?VP|vice president)(?: of|,) (?:the )?(?:AI|ML|product|products|data|model|analytics|machine learning)\\b',
        '\\b(?:senior|VP|SVP|director|staff|principal)[- ]level\\b',
        '(?:高级|资深|首席)(?:的)?(?:AI|人工智能|机器学习)?(?:产品)?(?:经理|负责人|专家|职位|岗位|岗|级别|职级|别)|(?:副总裁|总监|S?VP|执行董事|董事总经理)(?:级|级别|职级|岗位|职位|岗)|(?:应聘|申请|担任|面试|职位是|岗位是|职级是|级别是|头衔是)(?:的是)?[^。；，]{0,6}(?:副总裁|总监|S?VP|执行董事|董事总经理)|senior档',
      ]),
    /** Words saying the role is on the management track: a total's management uplift then counts. */
    managementTerms: z
      .array(z.string().min(1))
      .default([
        '\\bmanagement[- ](?:track|role|position|level|ladder)\\b',
        '\\bpeople[- ](?:manag(?:er|ement|ing)|leader)\\b',
        '\\b(?:manag(?:e|ing)|lead(?:ing)?) (?:a team|(?:a |the )?(?:team|group) of|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:PMs|product managers|people|reports|managers))\\b',
        '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) direct reports\\b',
        '\\b(?:as|am|be|role is|position is|job is|title is) (?:the )?head of\\b',
        '\\b(?:director|head|S?VP|vice president) of (?:the )?(?:AI|ML|product|products|data|analytics|machine learning)\\b|\\bGPM\\b|\\bgroup (?:PM|product manager)\\b',
        '管理(?:岗|线|序列|职级|路线|通道)|带团队|(?:带领?|管理)(?!来)[^。；，]{0,8}(?:团队|小组)|团队负责人|(?:部门|团队)经理|(?:有|管理|带)\\s*(?:\\d+|[一二两三四五六七八九十]+)\\s*(?:个|名|位)?(?:直接)?下属|总监(?:岗|职位|级)|(?:应聘|申请|担任|面试|职位是|岗位是)(?:的是)?[^。；，]{0,6}总监',
      ]),
    /** In one alternative of a list ("15%, or 20% if senior"): a bare condition that the role is senior. */
    seniorConditionTerms: z
      .array(z.string().min(1))
      .default([
        '\\b(?:if|when|for|at|once)\\s(?:the role is |it is |it\'s |I am |I\'m |I come in as |I join as |hired as |levell?ed (?:as|at) )?(?:an? |the )?(?:senior|staff|principal|director|VP|SVP)\\b',
        '(?:如果|若|假如|要是|按)(?:是|为|按|定为|定在)?[^。；，]{0,6}(?:高级|资深|首席|总监|副总裁|VP|senior)',
      ]),
    /** In one alternative of a list ("…, or $420k on the management track"): a bare condition that the role manages people. */
    managementConditionTerms: z
      .array(z.string().min(1))
      .default([
        '\\b(?:if|when|for|on|as|once)\\s(?:the role is |it is |it\'s |I am |I\'m )?(?:an? |the )?(?:management|manager|people[- ]manag\\w*|people leader)\\b',
        '(?:如果|若|假如|要是)(?:是|为|走)?[^。；，]{0,6}(?:管理|带团队|总监)',
      ]),
    /** Before a level word: it is a condition or a hypothetical, not a statement about the role. */
    hypotheticalTerms: z
      .array(z.string().min(1))
      .default(['\\b(?:if|unless|whether|should|in case)\\b[^.;,]{0,30}$', '(?:如果|若|假如|要是|倘若)[^。；，]{0,12}$']),
    /** Before a level word: it names someone else (an interviewer, a manager the writer reports to). */
    otherPersonBeforeTerms: z
      .array(z.string().min(1))
      .default([
        '\\b(?:interviewer|hiring manager|recruiter|my (?:manager|boss|mentor|skip)|report(?:s|ed|ing)?(?: directly)? to|interviewed (?:by|with)|met with|spoke (?:with|to)|asked by|partner(?:ed)? with|worked (?:with|for|under))\\b[^.;]{0,25}$',
        '(?:面试官|招聘经理|招聘官|上司|老板|汇报给|向|和|与|跟)[^。；，]{0,8}$',
      ]),
    /** After a level word: it names someone else acting ("a senior PM asked me…", 资深产品经理问我). */
    otherPersonAfterTerms: z
      .array(z.string().min(1))
      .default([
        '^,?\\s(?:(?:on|from|at|in) [\\w-]+(?: [\\w-]+)?,?\\s)?(?:asked|said|told|interviewed|pushed|argued|noted|wanted|interrupted|explained|mentioned|grilled|challenged|praised|questioned)\\b',
        '^[^。；，]{0,4}(?:问|说|提出|要求我|让我|告诉|面试了?我)',
      ]),
    /** Years a total is stated over ("over four years", 四年总计): not a yearly total. */
    multiYearTerms: z
      .array(z.string().min(1))
      .default(['\\b(?:over|across) (?:the )?(?:\\d|two|three|four|five) years\\b|\\b(?:\\d|two|three|four|five)-year (?:total|value)\\b', '(?:\\d|[两三四五])年(?:总计|合计|总共|累计)']),
    totalAboveMessage: z
      .string()
      .default('A total of {ask} a year is above the total pay the {guide} publishes ({band}){mgmtNote}. {silentNote}'),
    totalManagementMessage: z
      .string()
      .default('A total of {ask} a year is above the {band} the {guide} gives for individual contributors. That guide puts the management track {uplift} higher (about {mgmt}), so it fits only a management role, and nothing here says the role is one. {silentNote}'),
    totalManagementSuggestion: z
      .string()
      .default('If the role is on the management track, say so; otherwise keep the total at or below {icMax} and show how it splits into base, bonus and stock.'),
    totalBelowMessage: z
      .string()
      .default('A total of {ask} a year is below the {band} the {guide} publishes{forWhom}; you may be asking for less than the bank expects to pay. {silentNote}'),
    totalSuggestion: z
      .string()
      .default('Keep the total inside {band} and show how it splits into base, bonus and stock.'),
    /** Added to a dollar bonus's message: the guides' percent ranges were applied to the writer's base ask ({base}). */
    bonusDollarsOnAskNote: z.string().default('Each guide’s bonus percent is applied to your {base} base ask.'),
    /** Added when the memo states no base ask: each guide's percent was applied to that guide's own base band. */
    bonusDollarsOnGuideNote: z
      .string()
      .default('No base ask is stated here, so each guide’s bonus percent is applied to that guide’s own base band; state your base ask for a closer check.'),
    bonusSeniorUnstatedMessage: z
      .string()
      .default('{what} {ask} is above the usual bonus range in every guide ({band}). Only the {reachGuide} goes higher: it says senior roles can reach {reach} or more. Nothing here says the role is senior, so a recruiter may read this as too high.'),
    /**
     * How the firm ranks titles (roleLevel.ts TitleLadder): 'corporate' where Vice President is a
     * level inside the pay band (Wells Fargo: wf-zh names associate, VP and SVP as levels of its
     * base band), so a bare VP title makes the role neither senior nor management; 'product'
     * (default) where VP is an executive title. titleLadderSource is the guide that says so.
     */
    titleLadder: z.enum(['product', 'corporate']).default('product'),
    titleLadderSource: z.string().min(1).optional(),
    /** Added to "nothing here says the role is senior" when the draft names such a title; {guide} names titleLadderSource. */
    midLevelTitleNote: z
      .string()
      .default('Vice President is not a senior title by itself here: the {guide} lists associate, VP and SVP as levels inside one base band.'),
    bonusSeniorUnstatedSuggestion: z
      .string()
      .default('If the role is senior, say so (title and scope) and tie the bonus to the KPIs you would own; otherwise ask for at most {usualMax}.'),
    bonusAboveSeniorMessage: z
      .string()
      .default('{what} {ask} is above every bonus figure the guides name ({band}). The {reachGuide} says senior roles can reach {reach} or more but names nothing higher, so expect to justify it.'),
    bonusAboveSeniorSuggestion: z
      .string()
      .default('Tie the part above {reach} to results you would own, or ask the recruiter what bonus target this level carries.'),
    bonusAboveReachMessage: z
      .string()
      .default('{what} {ask} is above every bonus figure the guides publish ({band}), even the {reach} the {reachGuide} names for senior roles.'),
    /**
     * A plain total ("a total of $230k", "all in", 总包30万美元) is total cash where the company
     * publishes a total-cash reading, unless its sentence names one of these (equity, or "total
     * compensation": it may hold equity) or states a base beside it (then the base is judged).
     */
    notCashTerms: z.array(z.string().min(1)).default(['\\b(?:equity|RSUs?|stock|shares|options|grant|LTI|long-term incentive)\\b', '股票|期权|股权|限制性股', '\\btotal comp(?:ensation)?\\b|\\bTC\\b|总薪酬|总薪资']),
    /**
     * Published ranges for bonus, equity, sign-on, relocation and stipend, used only when the check
     * runs without a company profile (the profile's figures win), each with its guide.
     */
    fallbackComponents: z.array(ComponentBandSchema).default([]),
    componentAboveMessage: z
      .string()
      .default('{what} {ask} is above the published range here ({band}).'),
    componentBelowMessage: z
      .string()
      .default('{what} {ask} is below the published range here ({band}); you may be asking for less than the bank expects to give.'),
    componentSplitMessage: z
      .string()
      .default('{what} {ask} is above the range in the {guide} ({broken}), while the {other} publishes {kept}. The guides disagree, so a recruiter reading the {guide} may push back.'),
    componentSuggestions: z.record(z.string(), z.string()).default({
      bonus: 'Ask for a target inside {safe}, and tie anything above it to the KPIs you would own.',
      equity: 'Keep the equity ask inside {safe}; the top of the range usually needs proof of large past impact, so lead with that evidence.',
      'sign-on': 'Keep the sign-on inside {safe} and tie it to what you leave behind (unvested stock or a forfeited bonus).',
      relocation: 'Relocation is published {safe}; ask within it and fold any extra cost of the move into the sign-on.',
      stipend: 'The stipend is published as {safe}; put anything more into the sign-on or bonus instead.',
      below: 'Ask for at least {floor}, the lowest published figure; a low anchor is hard to raise later.',
    }),
    /**
     * A pay ask in another currency (£, €, ¥, HK$, C$, RMB, CNY, HKD, SGD, yuan, 人民币, 元, 港币…,
     * before or after the figure: claims/currencies.ts): the bands are in US dollars
     * and no rate is assumed, so the figure is not compared; an info note says so. {ask} is the
     * figure as written.
     */
    otherCurrencyMessage: z
      .string()
      .default('{ask} is in another currency. The pay bands here are in US dollars, so it was not compared with them.'),
    /**
     * Words saying a draft's figures are all US dollars ("以美元计", "单位：美元", "all figures in US
     * dollars"): a Chinese draft's amounts without a currency are then dollars (payReading.ts).
     */
    dollarsDeclaredTerms: z
      .array(z.string().min(1))
      .default([
        '以美元(?:计|为单位|计价|计算|为准)|(?:单位|币种|货币)\\s*[:：]\\s*(?:美元|美金|USD|US\\$|\\$)|(?:均|都|全部|一律)(?:为|是|以|按)美元|美元计价|[（(](?:单位[:：]\\s*)?(?:美元|USD)[)）]',
        '\\b(?:all|every) (?:figures?|amounts?|numbers?) (?:here |below |above )?(?:are |is )?in (?:US )?dollars\\b',
      ]),
    /**
     * The one note for a Chinese draft's pay asks written without a currency (read as RMB, not
     * compared). {ask} is the first such figure as written, {others} counts the rest, {chinese}
     * and {dollars} show it written in dollars (“二十一万美元”, “$210k”).
     */
    bareAmountMessage: z
      .string()
      .default('{ask} gives no currency. An amount in a Chinese draft without one reads as RMB (人民币), so it was not compared with the US-dollar pay bands here.{others}'),
    bareAmountSuggestion: z
      .string()
      .default('If you mean US dollars, say so: write “{chinese}” ({dollars}), or say once that all figures are in US dollars (“以下金额均以美元计”), and your ask will be checked against the band. If the role is paid in RMB, ask the recruiter for that location’s band.'),
    /**
     * A base ask given by the hour, or per paycheck without saying how often one comes: the bands
     * are yearly and no hours or pay dates are assumed, so it is not compared; an info note says
     * so. {ask} is the figure and its period ("$110 an hour").
     */
    unyearlyMessage: z
      .string()
      .default('{ask} is not a yearly figure, and this draft does not say how many a year there are, so it was not compared with the yearly base bands here.'),
    unyearlySuggestion: z
      .string()
      .default('Give your base ask as a yearly figure (for example “$180k–$195k base”), or say how often you are paid (“twice a month”, “every two weeks”), so it can be checked.'),
    otherCurrencySuggestion: z
      .string()
      .default('If the role is paid in US dollars, give your ask in dollars too (for example “$180k–$195k base”) so it can be checked. If it is paid in another currency, ask the recruiter for that location’s band; the published ones may not apply.'),
    sections: z.array(z.string()).optional(),
    // The texts above in Chinese, for a Chinese draft's findings (findingsLanguage.ts). A pack that
    // words a text its own way gives its Chinese too (rigidMessageZh has no default: an English
    // rigidMessage of "" keeps the note off).
    rigidMessageZh: zhText.optional(),
    aboveTopMessageZh: zhText.default('你要价的上限（{top}）比公布的底薪区间（{band}）高出 {over}；其中 {inside} 在区间之内。'),
    aboveTopEachMessageZh: zhText.default('你要价的上限（{top}）比{guide}的底薪区间（{widest}）高出 {over}；其中 {inside} 在这个区间之内。{others}'),
    aboveTopSuggestionZh: zhText.default('把争取的上限控制在区间上限以内，或者说明凭什么要更高（另一份 offer、你要放弃的奖金）。'),
    bareAmountMessageZh: zhText.default('{ask} 没有写币种。中文草稿里不写币种的金额会被当作人民币，所以没有拿它和这里以美元计的薪酬区间比较。{others}'),
    bareAmountSuggestionZh: zhText.default('如果你指的是美元，请写明：写成“{chinese}”（{dollars}），或者说明一次“以下金额均以美元计”，这样你的要价就会和区间比较。如果这个职位用人民币发薪，请向招聘方要该地区的薪酬区间。'),
    rigidSuggestionZh: zhText.default('把底薪要价放在区间之内，把谈判的力气放在签约奖金和其他有弹性的项目上。'),
    belowMessageZh: zhText.default('{ask} 低于你记录的底薪区间（{band}），你可能要得太少了。'),
    belowSuggestionZh: zhText.default('核对一下区间，至少要到区间下限；起点定低了，以后很难再往上谈。'),
    splitMessageZh: zhText.default('{ask} 在{other}的底薪区间之内（{kept}），但{direction}{guide}的区间（{broken}）。两份指南说法不一，按{guide}来看的招聘方可能会觉得你的要价超出了区间。'),
    splitAboveSuggestionZh: zhText.default('为了同时符合两份指南，把底薪控制在 {safe} 以内，其余部分转到签约奖金或奖金上；或者问招聘方这个职位适用哪个区间。'),
    splitBelowSuggestionZh: zhText.default('为了同时符合两份指南，底薪至少要到 {safe}；或者问招聘方这个职位适用哪个区间。'),
    totalCashMessageZh: zhText.default('总现金 {ask} {direction}{guide}按总现金理解的区间（{broken}）。'),
    totalCashSuggestionZh: zhText.default('把总现金（底薪加现金奖金）控制在这个区间之内，或者问招聘方这个区间指的是底薪还是总现金。'),
    totalAboveMessageZh: zhText.default('每年总包 {ask} 高于{guide}公布的总薪酬（{band}）{mgmtNote}。{silentNote}'),
    totalManagementMessageZh: zhText.default('每年总包 {ask} 高于{guide}给个人贡献者的 {band}。这份指南说管理岗要高 {uplift}（约 {mgmt}），所以只有管理岗才说得通，而这里没有说这是管理岗。{silentNote}'),
    totalManagementSuggestionZh: zhText.default('如果这个职位是管理岗，请写明；否则把总包控制在 {icMax} 以内，并说明底薪、奖金和股票各占多少。'),
    totalBelowMessageZh: zhText.default('每年总包 {ask} 低于{guide}公布的 {band}{forWhom}；你要的可能比银行预期给的少。{silentNote}'),
    totalSuggestionZh: zhText.default('把总包控制在 {band} 之内，并说明底薪、奖金和股票各占多少。'),
    bonusDollarsOnAskNoteZh: zhText.default('每份指南的奖金百分比都按你要的底薪 {base} 计算。'),
    bonusDollarsOnGuideNoteZh: zhText.default('这里没有写底薪要价，所以每份指南的奖金百分比按该指南自己的底薪区间计算；写上你的底薪要价，检查会更准确。'),
    bonusSeniorUnstatedMessageZh: zhText.default('{what} {ask} 高于每份指南的常规奖金范围（{band}）。只有{reachGuide}给得更高：它说高级职位可达 {reach} 或更高。这里没有说明这是高级职位，所以招聘方可能会觉得要得太高。'),
    bonusSeniorUnstatedSuggestionZh: zhText.default('如果是高级职位，请写明（职级和职责范围），并把奖金和你要负责的 KPI 挂钩；否则最多要 {usualMax}。'),
    bonusAboveSeniorMessageZh: zhText.default('{what} {ask} 高于各份指南给出的所有奖金数字（{band}）。{reachGuide}说高级职位可达 {reach} 或更高，但没有给出更高的数字，所以要准备好说明理由。'),
    bonusAboveSeniorSuggestionZh: zhText.default('把超出 {reach} 的部分和你要负责的成果挂钩，或者问招聘方这个职级的奖金目标是多少。'),
    bonusAboveReachMessageZh: zhText.default('{what} {ask} 高于各份指南公布的所有奖金数字（{band}），甚至高于{reachGuide}给高级职位的 {reach}。'),
    componentAboveMessageZh: zhText.default('{what} {ask} 高于这里公布的范围（{band}）。'),
    componentBelowMessageZh: zhText.default('{what} {ask} 低于这里公布的范围（{band}）；你要的可能比银行预期给的少。'),
    componentSplitMessageZh: zhText.default('{what} {ask} 高于{guide}的范围（{broken}），而{other}公布的是{kept}。两份指南说法不一，按{guide}来看的招聘方可能会提出异议。'),
    componentSuggestionsZh: z.record(z.string(), zhText).default({
      bonus: '把奖金目标定在 {safe} 之内，超出的部分和你要负责的 KPI 挂钩。',
      equity: '把股票要价控制在 {safe} 之内；要到区间上限，通常需要证明你过去有很大的影响，所以先拿出这些证据。',
      'sign-on': '把签约奖金控制在 {safe} 之内，并和你放弃的东西挂钩（未归属的股票或拿不到的奖金）。',
      relocation: '公布的搬迁补贴是 {safe}；在这个范围内提要求，搬家多出的费用可以并入签约奖金。',
      stipend: '公布的津贴是 {safe}；多出的部分放到签约奖金或奖金里。',
      below: '至少要到 {floor}，也就是公布的最低数字；起点定低了，以后很难再往上谈。',
    }),
    otherCurrencyMessageZh: zhText.default('{ask} 是其他币种。这里的薪酬区间以美元计，所以没有拿它和区间比较。'),
    unyearlyMessageZh: zhText.default('{ask} 不是按年计算的数字，草稿里也没有说明一年有多少次，所以没有拿它和这里按年公布的底薪区间比较。'),
    unyearlySuggestionZh: zhText.default('请把底薪要价写成年薪（例如“底薪 $180k–$195k”），或者说明多久发一次薪（“每半月”“每两周”），这样才能检查。'),
    otherCurrencySuggestionZh: zhText.default('如果这个职位用美元发薪，请也用美元写你的要价（例如“底薪 $180k–$195k”），这样才能检查。如果用其他币种发薪，请向招聘方要该地区的薪酬区间；公布的区间可能不适用。'),
  }),
  severityNote: (p, severity) =>
    p.aboveEverySeverity !== severity ? `${p.aboveEverySeverity} when the ask is above every published band` : null,
  compile: (p) => ({
    ...p,
    baseRes: p.baseTerms.map(pattern),
    totalCashRes: p.totalCashTerms.map(pattern),
    notCashRes: p.notCashTerms.map(pattern),
    seniorRes: p.seniorTerms.map(pattern),
    managementRes: p.managementTerms.map(pattern),
    seniorConditionRes: p.seniorConditionTerms.map(pattern),
    managementConditionRes: p.managementConditionTerms.map(pattern),
    hypotheticalRes: p.hypotheticalTerms.map(pattern),
    otherPersonBeforeRes: p.otherPersonBeforeTerms.map(pattern),
    otherPersonAfterRes: p.otherPersonAfterTerms.map(pattern),
    multiYearRes: p.multiYearTerms.map(pattern),
    dollarsDeclaredRes: p.dollarsDeclaredTerms.map(pattern),
  }),
  check: (compiled, ctx) => {
    const c = { ...withLanguage(compiled, ctx.lang), lang: ctx.lang };
    const w = WORDS[ctx.lang];
    const bands = ctx.bands && ctx.bands.base.length > 0 ? ctx.bands.base : c.fallbackBands;
    const rigid = ctx.bands ? ctx.bands.baseIsRigid : c.baseIsRigid;
    const cashBands = ctx.bands ? (ctx.bands.totalCash ?? []) : c.fallbackTotalCash;
    const componentBands: ComponentBand[] = ctx.bands ? (ctx.bands.components ?? []) : c.fallbackComponents;
    const totals: TotalBand[] = ctx.bands ? (ctx.bands.total ?? []) : c.fallbackTotal;
    if (bands.length === 0 && cashBands.length === 0 && componentBands.length === 0 && totals.length === 0 && !rigid) return [];
    const band = describeBands(bands, ctx.lang);
    const sections = pick(ctx, c.sections);
    const bare = bareCurrencyOf(ctx.sections.map((s) => s.text), c.dollarsDeclaredRes);
    const readClaims = new Map<Claim, PayClaim>();
    const read = (claim: Claim): PayClaim => {
      let r = readClaims.get(claim);
      if (!r) readClaims.set(claim, (r = readPayClaim(claim, bare)));
      return r;
    };
    let facts: DocFacts | null = null;
    const doc = (): DocFacts => (facts ??= docFacts(c, sections, bands, read));
    const out: RawFinding[] = [];
    const assumed: AssumedRmb[] = [];
    const rigidNotes = new Set<RawFinding>();
    for (const section of sections) {
      const wholeSectionIsBase = c.baseSections.includes(section.id);
      for (const written of claimsOf(section)) {
        const { claim, assumedRmb, described, unyearly } = read(written);
        const claimFrom = out.length;
        for (const { q, period } of unyearly) {
          const f = unyearlyAsk(c, claim, q, period, wholeSectionIsBase, section.id);
          if (f) out.push(f);
        }
        for (const q of claim.quantities) {
          if (unyearly.some((u) => u.q === q)) continue;
          if (q.kind === 'money' && !isDollars(q)) {
            const f = otherCurrencyAsk(c, claim, q, wholeSectionIsBase, section.id);
            // A figure with no currency, read as RMB: one note for the whole draft, after the loop.
            if (f && assumedRmb.includes(q)) assumed.push({ section: section.id, claim, q });
            else if (f) out.push(f);
            continue;
          }
          if (q.stance === 'ask' && q.pay && q.pay !== 'base' && q.pay !== 'total' && componentBands.length > 0) {
            const f = judgeComponent(c, componentBands, claim, q, q.pay, section.id, doc);
            if (f) out.push(f);
            continue;
          }
          if (q.kind !== 'money' || (q.unit !== 'usd' && q.unit !== 'none')) continue;
          if (q.stance !== 'ask') continue;
          const clause = q.pay === 'total' ? clauseOf(claim.text, q.start, q.end) : '';
          if (q.pay === 'total' && cashBands.length > 0 && (anyMatch(c.totalCashRes, clause) || plainTotal(claim, c.notCashRes))) {
            if (isDistanced(claim, q.start, q.end)) continue;
            const cash = judgeBaseAsk(q, { base: cashBands, baseIsRigid: false });
            if (cash.position === 'inside') continue;
            const first = cash.broken[0];
            const vars = {
              ask: formatDollarRange(q.min, q.max),
              band: describeBands(cashBands, ctx.lang),
              direction: first?.direction === 'below' ? w.below : w.above,
              guide: cash.broken.map((b) => sourceName(b.band.source, ctx.lang)).join(w.and),
              broken: cash.broken.map((b) => `${formatDollars(b.band.min)}–${formatDollars(b.band.max)}`).join(w.list),
            };
            out.push({
              section: section.id, start: claim.start + q.start, end: claim.start + q.end, vars,
              message: fill(c.totalCashMessage, vars),
              suggestion: first?.direction === 'below' ? c.belowSuggestion : c.totalCashSuggestion,
              severity: cash.position === 'above' ? c.aboveEverySeverity : 'warning',
            });
            continue;
          }
          if (q.pay === 'total' && totals.length > 0 && !anyMatch(c.totalCashRes, clause) && !anyMatch(c.multiYearRes, clause)) {
            const f = judgeTotal(c, totals, bands, claim, q, section.id, doc);
            if (f) out.push(f);
            continue;
          }
          if (bands.length === 0 && !rigid) continue;
          if (!isBaseAsk(c, claim, q, wholeSectionIsBase)) continue;
          const ask = described.get(q)?.[ctx.lang] ?? formatDollarRange(q.min, q.max);
          const at = { section: section.id, start: claim.start + q.start, end: claim.start + q.end };
          const verdict = judgeBaseAsk(q, { base: bands, baseIsRigid: rigid });
          // The lowest figure of the ask: its own floor, or a lower tier of the same pay item in
          // the sentence ("floor $180k, target $195k, stretch $215k").
          const low = Math.min(q.min, ...claim.quantities.filter((x) => x.kind === 'money' && isDollars(x) && x.stance === 'ask' && x.pay === q.pay && x.max < q.min).map((x) => x.min));
          // The most generous published band (Wells Fargo has one per guide): an ask that reaches
          // into it is partly inside what a guide publishes (breaker F4), not wholly above.
          const widest = bands.length > 0 ? bands.reduce((a, b) => (b.max > a.max ? b : a)) : undefined;
          if (verdict.position === 'above' && widest && low < q.max && low <= widest.max) {
            // An ask that reaches into a band: say which part is above, not the whole ask.
            const vars = { ask, band, top: formatDollars(q.max), over: formatDollars(q.max - widest.max), inside: formatDollarRange(Math.max(low, widest.min), widest.max) };
            const others = bands.filter((b) => b !== widest);
            const message =
              others.length === 0
                ? fill(c.aboveTopMessage, vars)
                : fill(c.aboveTopEachMessage, {
                    ...vars,
                    guide: sourceName(widest.source, ctx.lang),
                    widest: `${formatDollars(widest.min)}–${formatDollars(widest.max)}`,
                    others: others.map((b) => otherBandPart(w, b, low, q.max, ctx.lang)).join(w.noteSeparator),
                  });
            out.push({ ...at, vars, message, suggestion: fill(c.aboveTopSuggestion, vars), severity: 'warning' });
          } else if (verdict.position === 'above') {
            // Above every published band: every guide says it is too high.
            out.push({ ...at, vars: { ask, band }, severity: c.aboveEverySeverity });
          } else if (verdict.position === 'below') {
            out.push({ ...at, vars: { ask, band }, message: fill(c.belowMessage, { ask, band }), suggestion: c.belowSuggestion });
          } else if (verdict.position === 'split') {
            const first = verdict.broken[0];
            const vars = {
              ask,
              band,
              direction: first?.direction === 'below' ? w.below : w.above,
              guide: verdict.broken.map((b) => sourceName(b.band.source, ctx.lang)).join(w.and),
              broken: verdict.broken.map((b) => `${formatDollars(b.band.min)}–${formatDollars(b.band.max)}`).join(w.list),
              other: verdict.kept.map((b) => sourceName(b.source, ctx.lang)).join(w.and) || w.otherGuide,
              kept: verdict.kept.map((b) => `${formatDollars(b.min)}–${formatDollars(b.max)}`).join(w.list),
            };
            const below = first?.direction === 'below';
            const safe = below ? Math.max(...bands.map((b) => b.min)) : Math.min(...bands.map((b) => b.max));
            const withSafe = { ...vars, safe: formatDollars(safe) };
            out.push({ ...at, vars: withSafe, message: fill(c.splitMessage, withSafe), suggestion: fill(below ? c.splitBelowSuggestion : c.splitAboveSuggestion, withSafe) });
          } else if (rigid && c.rigidMessage) {
            const note: RawFinding = { ...at, vars: { ask, band }, message: fill(c.rigidMessage, { ask, band }), suggestion: c.rigidSuggestion, severity: 'info' };
            rigidNotes.add(note);
            out.push(note);
          }
        }
        // The rigid-base note once per sentence, and not beside a finding on another tier of it
        // ("floor $13k a month, target $15k, stretch $17k": one warning on the stretch, not two notes more).
        const mine = out.slice(claimFrom);
        const notes = mine.filter((f) => rigidNotes.has(f));
        if (notes.length > 0) {
          const keep = mine.some((f) => f.severity !== 'info' && !rigidNotes.has(f)) ? null : notes[0];
          out.splice(claimFrom, mine.length, ...mine.filter((f) => !rigidNotes.has(f) || f === keep));
        }
      }
    }
    const note = bareAmountNote(c, assumed);
    if (note) out.push(note);
    return out;
  },
});
