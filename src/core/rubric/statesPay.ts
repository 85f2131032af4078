// Whether a document states pay: a figure the claim reader gives a pay role (base, bonus, sign-on,
// equity, total, relocation, stipend) that is not a result ("a $1.5M equity stake" in a story is
// stance 'other'). The "pay not checked" caveat is shown only where this holds (newcomer 9 §10: a
// value-proposition memo whose only money was loan volume carried the badge).
import { prepareSection } from './prepareSection';
import type { PreparedSection } from './prepareSection';
import { claimsOf } from './claims/sectionClaims';

/** True when a sentence of the prepared sections holds a pay figure (money or a percent of pay) that is not a result. */
export function statesPay(sections: readonly PreparedSection[]): boolean {
  return sections.some((section) => claimsOf(section).some((claim) => claim.quantities.some((q) => q.pay !== null && q.stance !== 'other')));
}

/** statesPay for a document's section texts (section id -> Markdown), preparing each section. */
export function statesPayIn(sections: Readonly<Record<string, string>>): boolean {
  return statesPay(Object.entries(sections).map(([id, text]) => prepareSection(id, text)));
}
