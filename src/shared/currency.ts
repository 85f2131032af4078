// Money amounts with their currency for the compensation form: core's reader (readAmount: the
// figure and the currency written with it, ISO 4217) and formatter. Pure code, no Node.
export { readAmount } from '../core/companies/readAmount';
export type { AmountReading } from '../core/companies/readAmount';
export { currencyName, formatAmount } from '../core/companies/currency';
export type { RecordCurrency } from '../core/companies/currency';
