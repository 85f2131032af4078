// Templates whose figures the comp rules (comp-band, comp-range, comp-benchmark) judge against the
// company's bands (their appliesTo in resources/rubrics).
export const PAY_TEMPLATES: readonly string[] = ['comp-memo', 'value-prop-memo'];
