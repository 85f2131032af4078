// Reads money and percent as candidates type them: "150000", "150,000", "$150k", "1.2M", "15%".
export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const AMOUNT = /^(-?)\$?\s*(\d+(?:\.\d+)?)\s*([kKmM]?)$/;

/** Money in whole dollars. Empty text means `empty` (0 unless the field is required). */
export function parseMoney(text: string, opts: { required?: boolean; max: number; label: string }): Parsed {
  const clean = text.replace(/[,\s]/g, '').replace(/^\$/, '');
  if (clean === '') {
    return opts.required ? { ok: false, message: `${opts.label}: enter an amount, for example 180000 or $180k.` } : { ok: true, value: 0 };
  }
  const m = AMOUNT.exec(clean.replace(/^-\$/, '-'));
  if (!m) return { ok: false, message: `${opts.label}: “${text.trim()}” is not an amount. Use digits, for example 180000 or $180k.` };
  if (m[1] === '-') return { ok: false, message: `${opts.label}: an amount cannot be negative.` };
  const unit = (m[3] ?? '').toLowerCase();
  const value = Math.round(Number(m[2]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
  if (value > opts.max) {
    return { ok: false, message: `${opts.label}: ${formatMoney(value)} is far above any realistic figure (limit ${formatMoney(opts.max)}). Check for an extra zero.` };
  }
  return { ok: true, value };
}

/** A percentage such as "15" or "15%" (or a small decimal like 0.05 for equity). */
export function parsePercent(text: string, opts: { required?: boolean; max: number; label: string }): Parsed {
  const clean = text.replace(/[\s%]/g, '');
  if (clean === '') {
    return opts.required ? { ok: false, message: `${opts.label}: enter a percentage.` } : { ok: true, value: 0 };
  }
  if (!/^-?\d+(?:\.\d+)?$/.test(clean)) return { ok: false, message: `${opts.label}: “${text.trim()}” is not a number.` };
  const value = Number(clean);
  if (value < 0) return { ok: false, message: `${opts.label}: a percentage cannot be negative.` };
  if (value > opts.max) return { ok: false, message: `${opts.label}: ${value} % is above the ${opts.max} % limit. Check the figure.` };
  return { ok: true, value };
}

/** A plain number within bounds (years, months). */
export function parseNumber(
  text: string,
  opts: { min: number; max: number; integer?: boolean; label: string; fallback: number },
): Parsed {
  const clean = text.trim();
  if (clean === '') return { ok: true, value: opts.fallback };
  if (!/^-?\d+(?:\.\d+)?$/.test(clean)) return { ok: false, message: `${opts.label}: “${clean}” is not a number.` };
  const value = Number(clean);
  if (opts.integer && !Number.isInteger(value)) return { ok: false, message: `${opts.label}: use a whole number.` };
  if (value < opts.min || value > opts.max) return { ok: false, message: `${opts.label}: must be between ${opts.min} and ${opts.max}.` };
  return { ok: true, value };
}

/** "$185,000", or "$185k" when short is asked for. */
export function formatMoney(value: number, short = false): string {
  if (short && Math.abs(value) >= 1000) {
    const k = value / 1000;
    return `$${Number.isInteger(k) ? k : k.toFixed(1)}k`;
  }
  return `$${Math.round(value).toLocaleString('en-US')}`;
}
