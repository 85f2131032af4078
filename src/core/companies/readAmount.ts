// Reads a money amount as a candidate types it in the compensation form: "150000", "150,000",
// "$150k", "£105,000", "£115k", "105,000 GBP", "€90.000", "CA$240k", "HK$1.6M", "¥1.2M", "12万元",
// "1.5B". The figure and the currency written with it are split by parsecurrency (group and decimal
// separators in any common style: 1,234.56, 1.234,56, 12'345); the currency is named by its ISO
// 4217 code (currencies.ts currencyCodeOf, CLDR data); the finance multipliers k, M/MM, B/bn and
// 万/亿 are ours, as no parser reads them. No exchange rates: the currency is reported, never converted.
import parseCurrency from 'parsecurrency';
import { currencyCodeOf } from '../rubric/claims/currencies';

export type AmountReading =
  | {
      ok: true;
      /** The amount in whole units of its currency (rounded). */
      value: number;
      /** ISO 4217 code of the currency written with it, or null when none was written. */
      currency: string | null;
    }
  | { ok: false; reason: 'empty' | 'not-an-amount' | 'negative' }
  | { ok: false; reason: 'unknown-currency'; written: string };

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9, 万: 1e4, 亿: 1e8 };
/** A multiplier right after the last digit, then only a currency (or nothing): "115k", "1.2M RMB", "12万元". */
const MULTIPLIER = /(\d)\s*(k|mm|m|bn|b|万|亿)(?=\s*[^\d\s]*\s*$)/i;

/** Reads one amount; see the module comment for the forms it accepts. */
export function readAmount(text: string): AmountReading {
  let t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (t === '') return { ok: false, reason: 'empty' };
  if (/^[-−–]/.test(t)) return { ok: false, reason: 'negative' };
  let factor = 1;
  const m = MULTIPLIER.exec(t);
  if (m) {
    const unit = (m[2] ?? '').toLowerCase();
    // "5 M" after a currency code is the multiplier; a bare "M" word elsewhere is not a currency.
    factor = MULTIPLIERS[unit] ?? 1;
    t = t.slice(0, m.index + 1) + t.slice(m.index + m[0].length);
  }
  const parsed = parseCurrency(t);
  if (!parsed || !Number.isFinite(parsed.value)) return { ok: false, reason: 'not-an-amount' };
  if (parsed.sign === '-' || parsed.value < 0) return { ok: false, reason: 'negative' };
  const written = [parsed.currency, parsed.symbol].filter((s) => s.trim() !== '');
  // parsecurrency keeps one marker on each side; anything else left over ("$1.2T") is not an amount.
  let rest = t;
  for (const w of written) rest = rest.replace(w, '');
  if (!/^[\d.,'’ +]*$/.test(rest)) return { ok: false, reason: 'not-an-amount' };
  let currency: string | null = null;
  for (const w of written) {
    const code = currencyCodeOf(w);
    // Only a marker that looks like a currency (a symbol, "X$" or a capital code) is an unknown
    // currency; a word or a doubled multiplier ("12 apples", "5kk") is not an amount.
    if (!code) return /\p{Sc}|^[A-Z]{3}$/u.test(w.trim()) ? { ok: false, reason: 'unknown-currency', written: w.trim() } : { ok: false, reason: 'not-an-amount' };
    if (currency && currency !== code) return { ok: false, reason: 'not-an-amount' };
    currency = code;
  }
  return { ok: true, value: Math.round(parsed.value * factor), currency };
}
