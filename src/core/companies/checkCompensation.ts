// The compensation workbench's figures checked by the real rubric rules (comp-band, comp-range,
// comp-benchmark): the typed values are written out as the comp memo would say them, so the
// workbench and the memo are judged by one implementation.
import type { CoreContext } from '../context';
import type { Finding } from '../rubric/types';
import type { CompPackage } from '../workspace/schemas';
import { checkDocument } from '../rubric/checkDocument';

export const COMP_RULES = ['comp-band', 'comp-range', 'comp-benchmark'] as const;

function dollars(n: number): string {
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

/** The sentences a candidate would say for these values, as comp-memo sections. */
export function compensationSections(ask: CompPackage | null, benchmarks: string[]): Record<string, string> {
  const sections: Record<string, string> = {};
  const named = benchmarks.map((b) => b.trim()).filter((b) => b !== '');
  if (named.length > 0) sections.anchor = `I am benchmarking this ask against ${named.join(', ')}.`;
  if (ask && ask.base.max > 0) {
    const { min, max } = ask.base;
    sections.base = min === max ? `My base ask is ${dollars(max)}.` : `My base ask is ${dollars(min)}–${dollars(max)}.`;
  }
  return sections;
}

export function checkCompensation(
  ctx: CoreContext,
  input: { company: string; ask: CompPackage | null; benchmarks: string[] },
): Finding[] {
  const sections = compensationSections(input.ask, input.benchmarks);
  if (Object.keys(sections).length === 0) return [];
  const result = checkDocument(ctx, { company: input.company, templateId: 'comp-memo', sections, silencedRules: [] });
  const rules: readonly string[] = COMP_RULES;
  return result.findings.filter((f) => rules.includes(f.rule));
}
