// How often a pay figure is paid, read from the words around it, so comp-band can judge it as a
// year's pay (the guides publish yearly bands: ../shared/sources). Pure; used by payReading.ts.
//
// A period phrase belongs to one figure: the one it directly follows ("$13k a month", "$8,000 per
// paycheck", "2万美元每月"), else the one it directly precedes ("月薪2万美元", "a monthly base of
// $12k"), else the nearest figure before it in its clause ("$8,000 per paycheck, paid twice a
// month"). A figure with no phrase of its own takes the period of the tier before it in the same
// clause ("floor $13k a month, target $15k, stretch $17k"; 底线月薪1.3万美元，目标1.5万美元), unless
// it is another pay item or plainly a year's figure beside a month's.
//
// Pays a year: a month × the months of pay named (13个月, 16薪, "× 14"; else 12); twice a month or
// semi-monthly × 24; every two weeks, biweekly or fortnightly × 26; a week × 52. An hourly rate,
// or a paycheck whose frequency is not said, has no yearly figure: comp-band says it was not
// compared rather than guess the hours or the pay dates.
import { clauseOf } from './claims/analyzeClaim';
import type { Claim, Quantity } from './claims/analyzeClaim';

/** A figure's pay period: 'year' (as the bands), a period with a yearly multiple, or one that has none. */
export type PayPeriod =
  | { kind: 'year' }
  | { kind: 'month'; perYear: number }
  | { kind: 'semi-monthly'; perYear: 24 }
  | { kind: 'biweekly'; perYear: 26 }
  | { kind: 'week'; perYear: 52 }
  | { kind: 'hour' }
  | { kind: 'paycheck' };

type Phrase = 'year' | 'month' | 'semi-monthly' | 'biweekly' | 'week' | 'hour' | 'paycheck';

// Longest first: "twice a month" is not "a month", "biweekly" is not "weekly".
const PHRASES: [Phrase, RegExp][] = [
  ['semi-monthly', /\btwice (?:a|per|each|every) month\b|\bsemi-?monthly\b|每半个?月|半月(?:发|一次)/gi],
  ['biweekly', /\bbi-?weekly\b|\bevery (?:two|2|other) weeks?\b|\bfortnight(?:ly)?\b|\b(?:a|per|each|every) fortnight\b|每两周|每隔一周|隔周|双周/gi],
  ['paycheck', /\b(?:per|a|each|every) (?:pay ?check|pay ?cheque|pay ?period|pay ?day)\b|每(?:次|期)(?:发薪|工资)|每个发薪日/gi],
  ['hour', /\b(?:an|per|each|every|a) hour\b|\bhourly\b|\/\s?(?:hr|hour)\b|每小时|时薪/gi],
  ['week', /\b(?:a|per|each|every) week\b|\bweekly\b|\/\s?(?:wk|week)\b|每周|每星期|周薪/gi],
  ['month', /月薪|月工资|每月|每个月|\/\s?月|\b(?:a|per|each|every) month\b|\bmonthly\b|\/\s?mo(?:nth)?\b/gi],
  ['year', /年薪|每年|\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|\/\s?(?:yr|year)\b/gi],
];

/** Months of pay a year: "13个月", "16薪", "13 months", "× 14"; 12 to 18. */
const MONTHS_OF_PAY = /(1[2-8])\s?(?:个月|薪)|(十[二三四五六七八])(?:个月|薪)|\b(1[2-8])\s(?:months?|monthly (?:salaries|payments))\b|[×xX*]\s?(1[2-8])(?![\d%])/;
const CN_TEENS: Record<string, number> = { 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16, 十七: 17, 十八: 18 };

function monthsOfPay(clause: string): number {
  const m = MONTHS_OF_PAY.exec(clause);
  if (!m) return 12;
  const n = m[2] ? CN_TEENS[m[2]] : Number(m[1] ?? m[3] ?? m[4]);
  return n ?? 12;
}

/** Clause breaks: a phrase does not reach a figure across one. */
const CLAUSE_BREAK = /[;；。!?！？]/;
/** Between a figure and a phrase that belongs to it: a few words at most, no comma. */
const CLOSE_AFTER = /^[^,，;；。、(（]{0,14}$/;
/** Between a phrase and the figure it introduces ("月薪", "a monthly base of "). */
const CLOSE_BEFORE = /^[^,，;；。、]{0,20}$/;

interface Found {
  phrase: Phrase;
  start: number;
  end: number;
}

function phrasesIn(text: string): Found[] {
  const found: Found[] = [];
  for (const [phrase, re] of PHRASES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue; // inside a longer phrase
      found.push({ phrase, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The period each money figure of the claim is paid in; figures with none stated are absent (read as a year). */
export function payPeriods(claim: Claim): Map<Quantity, PayPeriod> {
  const text = claim.text;
  const money = claim.quantities.filter((q) => q.kind === 'money');
  const out = new Map<Quantity, PayPeriod>();
  if (money.length === 0) return out;
  const found = phrasesIn(text);
  if (found.length === 0) return out;
  // Each figure's phrases: close ones (right after or right before it) say its rate; a loose one
  // further on in its clause may say how often a paycheck comes ("…, paid twice a month").
  const own = new Map<Quantity, { close: Phrase[]; loose: Phrase[] }>();
  const attach = (q: Quantity, p: Phrase, close: boolean) => {
    let s = own.get(q);
    if (!s) own.set(q, (s = { close: [], loose: [] }));
    (close ? s.close : s.loose).push(p);
  };
  for (const f of found) {
    const prev = [...money].reverse().find((q) => q.end <= f.start);
    const next = money.find((q) => q.start >= f.end);
    const before = prev ? text.slice(prev.end, f.start) : null;
    const after = next ? text.slice(f.end, next.start) : null;
    if (prev && before !== null && CLOSE_AFTER.test(before)) attach(prev, f.phrase, true);
    else if (next && after !== null && CLOSE_BEFORE.test(after)) attach(next, f.phrase, true);
    else if (prev && before !== null && !CLAUSE_BREAK.test(before)) attach(prev, f.phrase, false);
  }
  // The figures' own periods.
  for (const q of money) {
    const phrases = own.get(q);
    if (!phrases) continue;
    const period = periodOf(phrases, text, q);
    if (period) out.set(q, period);
  }
  // Tiers without a period of their own take the one before them in the clause.
  for (let i = 1; i < money.length; i++) {
    const q = money[i];
    const prev = money[i - 1];
    if (!q || !prev || out.has(q) || own.has(q)) continue;
    const period = out.get(prev);
    if (!period || period.kind === 'year') continue;
    if (CLAUSE_BREAK.test(text.slice(prev.end, q.start))) continue;
    if (q.pay !== null && prev.pay !== null && q.pay !== prev.pay) continue;
    if (q.stance !== prev.stance || q.unit !== prev.unit) continue;
    // A year's figure beside a month's ("$15k a month, so $180k"): not a tier of it.
    if (q.max > prev.max * 4) continue;
    out.set(q, period);
  }
  return out;
}

const FREQUENCIES: Phrase[] = ['semi-monthly', 'biweekly', 'week', 'month'];

function periodOf(phrases: { close: Phrase[]; loose: Phrase[] }, text: string, q: Quantity): PayPeriod | null {
  const said = phrases.close.length > 0 ? phrases.close : phrases.loose;
  if (said.includes('year')) return { kind: 'year' };
  let rate = (['semi-monthly', 'biweekly', 'week', 'month', 'paycheck', 'hour'] as Phrase[]).find((p) => said.includes(p));
  // "$8,000 per paycheck, paid twice a month": the paycheck's frequency is the period.
  if (rate === 'paycheck') rate = FREQUENCIES.find((p) => phrases.close.includes(p) || phrases.loose.includes(p)) ?? 'paycheck';
  switch (rate) {
    case 'semi-monthly':
      return { kind: 'semi-monthly', perYear: 24 };
    case 'biweekly':
      return { kind: 'biweekly', perYear: 26 };
    case 'week':
      return { kind: 'week', perYear: 52 };
    case 'month':
      return { kind: 'month', perYear: monthsOfPay(clauseOf(text, q.start, q.end)) };
    case 'paycheck':
      return { kind: 'paycheck' };
    case 'hour':
      return { kind: 'hour' };
    default:
      return null;
  }
}

/** How a figure's period is said in a message ("a month", "每月"). */
export function periodWords(p: PayPeriod, lang: 'en' | 'zh'): string {
  const en: Record<PayPeriod['kind'], string> = {
    year: 'a year', month: 'a month', 'semi-monthly': 'twice a month', biweekly: 'every two weeks', week: 'a week', hour: 'an hour', paycheck: 'per paycheck',
  };
  const zh: Record<PayPeriod['kind'], string> = {
    year: '每年', month: '每月', 'semi-monthly': '每半月', biweekly: '每两周', week: '每周', hour: '每小时', paycheck: '每次发薪',
  };
  return (lang === 'zh' ? zh : en)[p.kind];
}
