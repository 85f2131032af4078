// Whole-dollar amounts as candidates read them: "$150,000".
const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

export function formatUsd(amount: number): string {
  return usd.format(Math.round(amount));
}
