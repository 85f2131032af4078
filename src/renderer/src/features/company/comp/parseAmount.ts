// Reads money and percent as candidates type them: "150000", "150,000", "$150k", "1.2M", "$2.5MM",
// "1.5B" or "2bn" (a startup valuation), "15%".
// Only the reading is here (not a number, required but empty, a minus sign); whether a figure is
// plausible (limits, min above max, cliff and vesting) is core's check, see packageDraft.ts.
import { formatUsd } from '../../../../../shared/validateComp';

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

interface ReadOptions {
  label: string;
  required?: boolean;
  /** The value of empty text when not required (0 unless given). */
  fallback?: number;
}

interface Kind {
  /** Group 1 is the minus sign, group 2 the digits, group 3 (money only) a unit: k, M / MM, B / bn. */
  pattern: RegExp;
  empty: string;
  notANumber: string;
  negative: string;
}

const MONEY: Kind = {
  pattern: /^(-?)\$?\s*(\d+(?:\.\d+)?)\s*(k|mm?|bn?|)$/i,
  empty: 'enter an amount, for example 180000 or $180k.',
  notANumber: 'is not an amount. Use digits, for example 180000 or $180k.',
  negative: 'an amount cannot be negative.',
};
const PERCENT: Kind = {
  pattern: /^(-?)(\d+(?:\.\d+)?)$/,
  empty: 'enter a percentage.',
  notANumber: 'is not a number.',
  negative: 'a percentage cannot be negative.',
};
const NUMBER: Kind = { ...PERCENT, empty: 'enter a number.', negative: 'cannot be negative.' };

/** What a unit after an amount multiplies by ("MM" is finance shorthand for millions). */
const UNITS: Record<string, number> = { k: 1_000, m: 1_000_000, mm: 1_000_000, b: 1_000_000_000, bn: 1_000_000_000 };

function read(text: string, clean: string, kind: Kind, opts: ReadOptions): Parsed {
  if (clean === '') {
    return opts.required ? { ok: false, message: `${opts.label}: ${kind.empty}` } : { ok: true, value: opts.fallback ?? 0 };
  }
  const m = kind.pattern.exec(clean);
  if (!m) return { ok: false, message: `${opts.label}: “${text.trim()}” ${kind.notANumber}` };
  if (m[1] === '-') return { ok: false, message: `${opts.label}: ${kind.negative}` };
  const unit = (m[3] ?? '').toLowerCase();
  return { ok: true, value: Number(m[2]) * (UNITS[unit] ?? 1) };
}

/** Money in whole dollars. Empty text is 0 unless the field is required. */
export function parseMoney(text: string, opts: ReadOptions): Parsed {
  const clean = text.replace(/[,\s]/g, '').replace(/^\$/, '').replace(/^-\$/, '-');
  const r = read(text, clean, MONEY, opts);
  return r.ok ? { ok: true, value: Math.round(r.value) } : r;
}

/** A percentage such as "15" or "15%" (or a small decimal like 0.05 for equity). */
export function parsePercent(text: string, opts: ReadOptions): Parsed {
  return read(text, text.replace(/[\s%]/g, ''), PERCENT, opts);
}

/** A plain number (years, months); empty text is the fallback. */
export function parseNumber(text: string, opts: ReadOptions & { fallback: number }): Parsed {
  return read(text, text.trim(), NUMBER, opts);
}

/** "$185,000" (core's formatUsd), or "$185k" / "$12.5k" when short is asked for. */
export function formatMoney(value: number, short = false): string {
  if (short && Math.abs(value) >= 1000) {
    const k = value / 1000;
    return `$${Number.isInteger(k) ? k : k.toFixed(1)}k`;
  }
  return formatUsd(value);
}
