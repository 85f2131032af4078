// Reads money and percent as candidates type them: "150000", "150,000", "$150k", "£105,000",
// "105,000 GBP", "€90.000", "CA$240k", "1.2M", "$2.5MM", "1.5B" or "2bn" (a startup valuation), "15%".
// Money is read by core's readAmount (the currency written with a figure, ISO 4217); a figure in
// another currency than the package's is refused with a message naming both, never converted.
// Only the reading is here (not a number, required but empty, a minus sign); whether a figure is
// plausible (limits, min above max, cliff and vesting) is core's check, see packageDraft.ts.
import { currencyName, formatAmount, readAmount } from '../../../../../shared/currency';

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

/** `opts.currency`: the package's ISO 4217 code (US dollars when absent). */
type MoneyOptions = ReadOptions & { currency?: string };

/** Money in whole units of the package's currency. Empty text is 0 unless the field is required. */
export function parseMoney(text: string, opts: MoneyOptions): Parsed {
  const currency = opts.currency ?? 'USD';
  const example = `for example ${formatAmount(180_000, currency).replace(/\.00$/, '')} or ${formatAmount(180_000, currency, true)}`;
  const r = readAmount(text);
  if (r.ok) {
    if (r.currency !== null && r.currency !== currency) {
      return {
        ok: false,
        message: `${opts.label}: “${text.trim()}” is in ${currencyName(r.currency)} (${r.currency}), but these figures are in ${currencyName(currency)} (${currency}). Change the currency above, or enter the amount in ${currency}; Dossier does not convert between currencies.`,
      };
    }
    return { ok: true, value: r.value };
  }
  if (r.reason === 'empty') return opts.required ? { ok: false, message: `${opts.label}: enter an amount, ${example}.` } : { ok: true, value: opts.fallback ?? 0 };
  if (r.reason === 'negative') return { ok: false, message: `${opts.label}: an amount cannot be negative.` };
  if (r.reason === 'unknown-currency') {
    return { ok: false, message: `${opts.label}: “${r.written}” is not a currency Dossier knows. Use a symbol or a three-letter code, ${example}.` };
  }
  return { ok: false, message: `${opts.label}: “${text.trim()}” is not an amount. Use digits, ${example}.` };
}

/** A percentage such as "15" or "15%" (or a small decimal like 0.05 for equity). */
export function parsePercent(text: string, opts: ReadOptions): Parsed {
  return read(text, text.replace(/[\s%]/g, ''), PERCENT, opts);
}

/** A plain number (years, months); empty text is the fallback. */
export function parseNumber(text: string, opts: ReadOptions & { fallback: number }): Parsed {
  return read(text, text.trim(), NUMBER, opts);
}

/** "$185,000" or "£105,000" (core's formatAmount), or "$185k" / "£12.5k" when short is asked for. */
export function formatMoney(value: number, short = false, currency = 'USD'): string {
  return formatAmount(value, currency, short);
}
