// Types for parsecurrency (MIT, no types of its own): a currency string split into its value,
// separators, symbol and ISO code.
declare module 'parsecurrency' {
  export interface ParsedCurrency {
    raw: string;
    value: number;
    integer: string;
    decimals: string;
    /** An ISO-style three-letter code written before or after the figure ("GBP"), else "". */
    currency: string;
    /** A symbol written before or after the figure ("£", "CA$", "元"), else "". */
    symbol: string;
    decimalSeparator: string;
    groupSeparator: string;
    sign: string;
  }
  /** Null when the text is not one amount. */
  export default function parseCurrency(text: string): ParsedCurrency | null;
}
