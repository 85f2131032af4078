// ISO 4217 codes as the runtime's ICU data lists them (Intl.supportedValuesOf('currency')): what a
// stored compensation record's currency must be (schemas.ts). Kept apart from the rubric's currency
// reader (rubric/claims/currencies.ts) so the storage schema pulls in no rubric code.

/** A small list for a runtime without ICU currency data. */
const FALLBACK = ['USD', 'GBP', 'EUR', 'CAD', 'CHF', 'CNY', 'HKD', 'SGD', 'AUD', 'NZD', 'JPY', 'INR', 'KRW', 'TWD'];

/** True for any ISO 4217 code the runtime knows, in capitals ("GBP", "TRY"). */
export function isIsoCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return (list.length > 0 ? list : FALLBACK).includes(code);
}
