// comp-band: a base-pay ask outside the company's published band (above or below), or any base
// ask where base is known to be rigid. Reads the claim record, so each component of a sentence is
// judged on its own: the base in "a base of $250k, a 20% bonus and a $50k sign-on" is checked, the
// bonus, sign-on, equity and total are not; market data, current pay and offers are not asks.
// Where sources disagree, an ask that breaks one band and not another is a warning naming the
// guide whose band it breaks. The band comes from the company (profile or the candidate's own
// edits); the pack's fallback bands are used when the check runs without one.
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { formatDollarRange, formatDollars } from '../claims/numbers';
import { claimsOf } from '../claims/sectionClaims';
import { clauseOf, isDistanced } from '../claims/analyzeClaim';
import type { Claim } from '../claims/analyzeClaim';
import type { BandRange } from '../types';
import { judgeBaseAsk } from '../judgeBaseAsk';
import { sourceName } from '../sourceNames';

const Band = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative(), source: z.string().min(1) });

function describeBand(b: BandRange): string {
  return `${formatDollars(b.min)}–${formatDollars(b.max)}, ${sourceName(b.source)}`;
}

function describeBands(bands: BandRange[]): string {
  return bands.map(describeBand).join('; ');
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all);
}

/** A total ask that can only mean total cash: no equity, no "total compensation", no base beside it. */
function plainTotal(claim: Claim, notCash: RegExp[]): boolean {
  return !anyMatch(notCash, claim.text) && !claim.quantities.some((q) => q.kind === 'money' && q.pay === 'base');
}

export const compBand = defineKind({
  name: 'comp-band',
  describe: "Compares each base-pay ask in the text with the company's band(s).",
  params: z.object({
    fallbackBands: z.array(Band).default([]),
    baseIsRigid: z.boolean().default(false),
    baseTerms: z.array(z.string().min(1)).default(['\\bbase\\b', '\\bsalary\\b', '底薪', '基本工资', '基本薪资']),
    baseSections: z.array(z.string()).default(['base']),
    rigidMessage: z.string().default(''),
    rigidSuggestion: z.string().default('Keep the base ask inside the band and put your negotiating weight on sign-on and other flexible items.'),
    belowMessage: z.string().default('{ask} is below the base band you recorded ({band}); you may be underselling yourself.'),
    belowSuggestion: z.string().default('Check the band and ask for at least its floor; a low anchor is hard to raise later.'),
    splitMessage: z.string().default('{ask} is {direction} the base band in the {guide} ({broken}), though inside the {other} one ({kept}). The sources disagree; aim inside both.'),
    /** An ask above every published band: it breaks every guide, so it is an error. */
    aboveEverySeverity: z.enum(['error', 'warning', 'info']).default('error'),
    /** Words saying a total is total cash (base plus cash bonus), judged against the total-cash reading. */
    totalCashTerms: z.array(z.string().min(1)).default(['\\btotal cash\\b', '\\bcash comp(?:ensation)?\\b', '总现金', '现金总额', '现金总包']),
    totalCashMessage: z.string().default('{ask} in total cash is {direction} the total-cash reading of the {guide} ({broken}).'),
    totalCashSuggestion: z.string().default('Keep total cash (base plus cash bonus) inside that reading, or ask the recruiter whether the range means base or total cash.'),
    fallbackTotalCash: z.array(Band).default([]),
    /**
     * A plain total ("a total of $230k", "all in", 总包30万美元) is total cash where the company
     * publishes a total-cash reading, unless its sentence names one of these (equity, or "total
     * compensation": it may hold equity) or states a base beside it (then the base is judged).
     */
    notCashTerms: z.array(z.string().min(1)).default(['\\b(?:equity|RSUs?|stock|shares|options|grant|LTI|long-term incentive)\\b', '股票|期权|股权|限制性股', '\\btotal comp(?:ensation)?\\b|\\bTC\\b|总薪酬|总薪资']),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, baseRes: p.baseTerms.map(pattern), totalCashRes: p.totalCashTerms.map(pattern), notCashRes: p.notCashTerms.map(pattern) }),
  check: (c, ctx) => {
    const bands = ctx.bands && ctx.bands.base.length > 0 ? ctx.bands.base : c.fallbackBands;
    const rigid = ctx.bands ? ctx.bands.baseIsRigid : c.baseIsRigid;
    const cashBands = ctx.bands ? (ctx.bands.totalCash ?? []) : c.fallbackTotalCash;
    if (bands.length === 0 && cashBands.length === 0 && !rigid) return [];
    const band = describeBands(bands);
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const wholeSectionIsBase = c.baseSections.includes(section.id);
      for (const claim of claimsOf(section)) {
        for (const q of claim.quantities) {
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
              band: describeBands(cashBands),
              direction: first?.direction === 'below' ? 'below' : 'above',
              guide: cash.broken.map((b) => sourceName(b.band.source)).join(' and '),
              broken: cash.broken.map((b) => `${formatDollars(b.band.min)}–${formatDollars(b.band.max)}`).join('; '),
            };
            out.push({
              section: section.id, start: claim.start + q.start, end: claim.start + q.end, vars,
              message: fill(c.totalCashMessage, vars),
              suggestion: first?.direction === 'below' ? c.belowSuggestion : c.totalCashSuggestion,
              severity: cash.position === 'above' ? c.aboveEverySeverity : 'warning',
            });
            continue;
          }
          if (bands.length === 0 && !rigid) continue;
          if (q.pay !== 'base' && !(q.pay === null && (wholeSectionIsBase || anyMatch(c.baseRes, clauseOf(claim.text, q.start, q.end))))) continue;
          if (q.max < 20_000) continue; // a stipend or a typo in thousands, not a base salary
          if (isDistanced(claim, q.start, q.end)) continue;
          const ask = formatDollarRange(q.min, q.max);
          const at = { section: section.id, start: claim.start + q.start, end: claim.start + q.end };
          const verdict = judgeBaseAsk(q, { base: bands, baseIsRigid: rigid });
          if (verdict.position === 'above') {
            // Above every published band: every guide says it is too high.
            out.push({ ...at, vars: { ask, band }, severity: c.aboveEverySeverity });
          } else if (verdict.position === 'below') {
            out.push({ ...at, vars: { ask, band }, message: fill(c.belowMessage, { ask, band }), suggestion: c.belowSuggestion });
          } else if (verdict.position === 'split') {
            const first = verdict.broken[0];
            const vars = {
              ask,
              band,
              direction: first?.direction === 'below' ? 'below' : 'above',
              guide: verdict.broken.map((b) => sourceName(b.band.source)).join(' and '),
              broken: verdict.broken.map((b) => `${formatDollars(b.band.min)}–${formatDollars(b.band.max)}`).join('; '),
              other: verdict.kept.map((b) => sourceName(b.source)).join(' and ') || 'other',
              kept: verdict.kept.map((b) => `${formatDollars(b.min)}–${formatDollars(b.max)}`).join('; '),
            };
            out.push({ ...at, vars, message: fill(c.splitMessage, vars), suggestion: c.belowSuggestion && first?.direction === 'below' ? c.belowSuggestion : undefined });
          } else if (rigid && c.rigidMessage) {
            out.push({ ...at, vars: { ask, band }, message: fill(c.rigidMessage, { ask, band }), suggestion: c.rigidSuggestion, severity: 'info' });
          }
        }
      }
    }
    return out;
  },
});
