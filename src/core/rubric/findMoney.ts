// Reads dollar amounts and ranges from compensation prose: "$185k–$200k", "$185,000 to $200,000",
// "between $1.2M and $1.4M", "185k". Values are whole dollars.
export interface MoneyAmount {
  min: number;
  max: number;
  start: number;
  end: number;
  isRange: boolean;
}

const AMOUNT = /(?<![A-Za-z0-9_.])(?:(?:US)?\$|USD\s?)\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k|K|m|M|MM|mm|million|thousand)?(?![A-Za-z])|(?<![A-Za-z0-9_.$])(\d{2,3})(\.\d+)?\s?(k|K)(?![A-Za-z])/g;
const JOINER = /^\s*(?:–|—|-|~|to|and|至|到)\s*$/i;

function toDollars(whole: string, fraction: string, unit: string): number {
  const n = Number(whole.replace(/,/g, '') + fraction);
  const u = unit.toLowerCase();
  if (u === 'k' || u === 'thousand') return Math.round(n * 1_000);
  if (u === 'm' || u === 'mm' || u === 'million') return Math.round(n * 1_000_000);
  return Math.round(n);
}

export function findMoney(text: string): MoneyAmount[] {
  const singles: { value: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const value =
      m[1] !== undefined ? toDollars(m[1], m[2] ?? '', m[3] ?? '') : toDollars(m[4] ?? '0', m[5] ?? '', m[6] ?? '');
    singles.push({ value, start: m.index, end: m.index + m[0].length });
  }
  const out: MoneyAmount[] = [];
  for (let i = 0; i < singles.length; i++) {
    const a = singles[i];
    if (!a) continue;
    const b = singles[i + 1];
    if (b && JOINER.test(text.slice(a.end, b.start))) {
      // "$185–200k": the unit on the second number applies to the first.
      let lo = a.value;
      if (lo < 1000 && b.value >= 1000) lo = lo * (b.value >= 1_000_000 ? 1_000_000 : 1_000);
      out.push({ min: Math.min(lo, b.value), max: Math.max(lo, b.value), start: a.start, end: b.end, isRange: true });
      i++;
    } else {
      out.push({ min: a.value, max: a.value, start: a.start, end: a.end, isRange: false });
    }
  }
  return out;
}

export function formatDollars(n: number): string {
  if (n >= 1_000_000) return `$${(n / 1_000_000).toFixed(n % 1_000_000 === 0 ? 0 : 1)}M`;
  if (n >= 1_000) return `$${Math.round(n / 1_000)}k`;
  return `$${n}`;
}
