// The compensation workbench's figures checked by the real rubric rules (comp-band, comp-range,
// comp-benchmark): the typed values are written out as the comp memo would say them, so the
// workbench and the memo are judged by one implementation.
import type { CoreContext } from '../context';
import type { Finding } from '../rubric/types';
import type { CompPackage } from '../workspace/schemas';
import { checkDocument } from '../rubric/checkDocument';
import { formatAmount } from './currency';

export const COMP_RULES = ['comp-band', 'comp-range', 'comp-benchmark'] as const;

/** An amount as the memo would write it in the record's currency ("$185,000", "£105,000", "CA$240,000"). */
function amountIn(currency: string): (n: number) => string {
  return currency === 'USD' ? (n) => `$${Math.round(n).toLocaleString('en-US')}` : (n) => formatAmount(n, currency);
}

function range(min: number, max: number, unit: (n: number) => string): string {
  return min === max ? unit(max) : `${unit(min)}–${unit(max)}`;
}

const percent = (n: number) => `${Number(n.toFixed(2))}%`;

/**
 * The yearly total of an ask as the Chinese Wells Fargo guide counts one (base, bonus and stock
 * a year; sign-on, relocation and stipend left out), floor with floor and stretch with stretch.
 * Null when the ask has no bonus or equity: a base alone is not a total.
 */
export function yearlyTotal(ask: CompPackage): { min: number; max: number } | null {
  const e = ask.equity;
  const stockPerYear = e ? (e.kind === 'dollars' ? e.value : (e.percent / 100) * e.assumedValuation) / e.vestingYears : 0;
  if (ask.bonusPercent.max <= 0 && stockPerYear <= 0) return null;
  const at = (base: number, bonus: number) => Math.round(base * (1 + bonus / 100) + stockPerYear);
  return { min: at(ask.base.min, ask.bonusPercent.min), max: at(ask.base.max, ask.bonusPercent.max) };
}

/**
 * The sentences a candidate would say for these values, as comp-memo sections. Only the base is
 * said as an ask (the form takes it as a range, so a flat base is worth a comp-range finding);
 * the other parts are stated plainly, each in the section the memo would give it, so comp-band
 * judges every part against its published range exactly as in the memo.
 */
export function compensationSections(ask: CompPackage | null, benchmarks: string[], currency = 'USD'): Record<string, string> {
  // Written in the record's currency, so the rubric reads a non-USD ask as one (its info note: not
  // compared with the US-dollar bands) and never as dollars.
  const dollars = amountIn(currency);
  const sections: Record<string, string> = {};
  const named = benchmarks.map((b) => b.trim()).filter((b) => b !== '');
  if (named.length > 0) sections.anchor = `I am benchmarking this ask against ${named.join(', ')}.`;
  if (!ask || ask.base.max <= 0) return sections;
  sections.base = `My base ask is ${range(ask.base.min, ask.base.max, dollars)}.`;
  const bonusEquity: string[] = [];
  if (ask.bonusPercent.max > 0) bonusEquity.push(`Bonus: ${range(ask.bonusPercent.min, ask.bonusPercent.max, percent)} of base.`);
  const e = ask.equity;
  if (e?.kind === 'dollars' && e.value > 0) bonusEquity.push(`Equity: ${dollars(e.value)} over ${e.vestingYears} years.`);
  if (e?.kind === 'percent' && e.percent > 0) bonusEquity.push(`Equity: ${percent(e.percent)} of the company over ${e.vestingYears} years.`);
  if (bonusEquity.length > 0) sections['bonus-equity'] = bonusEquity.join(' ');
  const flexible: string[] = [];
  if (ask.signOn > 0) flexible.push(`Sign-on: ${dollars(ask.signOn)}.`);
  if (ask.relocation > 0) flexible.push(`Relocation: ${dollars(ask.relocation)}.`);
  if (ask.stipendPerYear > 0) flexible.push(`Stipend: ${dollars(ask.stipendPerYear)} a year.`);
  if (flexible.length > 0) sections['sign-on'] = flexible.join(' ');
  const total = yearlyTotal(ask);
  if (total) sections.close = `Total: ${range(total.min, total.max, dollars)} a year in base, bonus and stock.`;
  return sections;
}

export function checkCompensation(
  ctx: CoreContext,
  input: { company: string; ask: CompPackage | null; benchmarks: string[]; currency?: string },
): Finding[] {
  const sections = compensationSections(input.ask, input.benchmarks, input.currency ?? 'USD');
  if (Object.keys(sections).length === 0) return [];
  const result = checkDocument(ctx, { company: input.company, templateId: 'comp-memo', sections, silencedRules: [] });
  const rules: readonly string[] = COMP_RULES;
  return result.findings.filter((f) => rules.includes(f.rule));
}
