// comp-band: a base ask outside the company's published band, or any base ask where the base is
// known to be rigid. The band comes from the company (profile or the candidate's own edits);
// the pack's fallback bands are used when the check runs without one.
import { z } from 'zod';
import { anyMatch, defineKind, pattern, pick } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { findMoney, formatDollars } from '../findMoney';
import type { BandRange } from '../types';

const Band = z.object({ min: z.number().nonnegative(), max: z.number().nonnegative(), source: z.string().min(1) });

/** Amounts next to these words are sign-on, bonus, equity or totals, not base. */
const NOT_BASE = /sign-?on|signing|bonus|relocat|equity|RSU|stock|stipend|total|offer|签字费|奖金|股票|总包/i;

function describeBands(bands: BandRange[]): string {
  return bands.map((b) => `${formatDollars(b.min)}–${formatDollars(b.max)} (${b.source})`).join('; ');
}

export const compBand = defineKind({
  name: 'comp-band',
  describe: "Compares base-pay asks in the text with the company's band.",
  params: z.object({
    fallbackBands: z.array(Band).default([]),
    baseIsRigid: z.boolean().default(false),
    baseTerms: z.array(z.string().min(1)).default(['\\bbase\\b', '底薪', '基本工资', '基本薪资']),
    askTerms: z.array(z.string().min(1)).default(['\\bask', 'request', 'target', 'looking for', 'propos', 'seeking', 'expect', 'would like', '期望', '希望', '要求']),
    baseSections: z.array(z.string()).default(['base']),
    rigidMessage: z.string().default(''),
    rigidSuggestion: z.string().default('Keep the base ask inside the band and put your negotiating weight on sign-on and other flexible items.'),
    belowMessage: z.string().default(''),
    belowSuggestion: z.string().default('Check the band and ask for at least its floor; a low anchor is hard to raise later.'),
    sections: z.array(z.string()).optional(),
  }),
  compile: (p) => ({ ...p, baseRes: p.baseTerms.map(pattern), askRes: p.askTerms.map(pattern) }),
  check: (c, ctx) => {
    const bands = ctx.bands && ctx.bands.base.length > 0 ? ctx.bands.base : c.fallbackBands;
    const rigid = ctx.bands ? ctx.bands.baseIsRigid : c.baseIsRigid;
    if (bands.length === 0 && !rigid) return [];
    const lo = Math.min(...bands.map((b) => b.min));
    const hi = Math.max(...bands.map((b) => b.max));
    const band = describeBands(bands);
    const out: RawFinding[] = [];
    for (const section of pick(ctx, c.sections)) {
      const wholeSectionIsBase = c.baseSections.includes(section.id);
      for (const s of section.sentences) {
        if (!wholeSectionIsBase && !(anyMatch(c.baseRes, s.text) && anyMatch(c.askRes, s.text))) continue;
        for (const m of findMoney(s.text)) {
          if (m.max < 20_000) continue; // a bonus or a stipend, not a base salary
          const near = s.text.slice(Math.max(0, m.start - 20), m.start) + ' ' + s.text.slice(m.end, m.end + 25);
          if (NOT_BASE.test(near)) continue;
          const ask = m.isRange ? `${formatDollars(m.min)}–${formatDollars(m.max)}` : formatDollars(m.max);
          const at = { section: section.id, start: s.start + m.start, end: s.start + m.end };
          if (bands.length > 0 && m.max > hi) {
            out.push({ ...at, vars: { ask, band } });
          } else if (bands.length > 0 && m.min < lo && c.belowMessage) {
            out.push({ ...at, vars: { ask, band }, message: c.belowMessage.replace('{ask}', ask).replace('{band}', band), suggestion: c.belowSuggestion, severity: 'info' });
          } else if (rigid && c.rigidMessage) {
            out.push({ ...at, vars: { ask, band }, message: c.rigidMessage.replace('{ask}', ask).replace('{band}', band), suggestion: c.rigidSuggestion, severity: 'info' });
          }
        }
      }
    }
    return out;
  },
});
