// Whole numbers as an English reader expects them in a sentence: "1,089", "200,000".

/**
 * `n` as `n.toLocaleString('en-US')` writes it (digits grouped by three with commas), without
 * ICU: the first Intl.NumberFormat of a process (which toLocaleString makes) builds ICU's list of
 * number locales, about 30 M instructions, 2% of a one-shot `dossier check`, to print a count of
 * findings. Safe integers only (counts); any other number (fractions, -0, NaN, huge values) is
 * passed to toLocaleString as before, so the result is always the same as toLocaleString's.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
