// The company profile ids that have a rule pack of their own. A module with no imports, so that a
// caller that only needs the list (the CLI resolving --company before an export) does not load
// the rubric's kinds and their schemas.

/** Packs named after a company profile apply only to documents for that company. */
export const COMPANY_PACKS: readonly string[] = ['wells-fargo', 'jpmorgan', 'american-express', 'fintech'];
