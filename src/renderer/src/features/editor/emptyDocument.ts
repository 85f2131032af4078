// A document nobody has written in yet is shown kindly: "Not started" instead of a score of 0,
// its empty required sections as a to-do list instead of red errors, and no red marks in the
// empty editors. As soon as any section has a word, the rubric's findings show as they are.

/** The rule that reports a required section with no text (resources/rubrics/core.json). */
export const REQUIRED_SECTION_RULE = 'section-required';

/** True while the document has no words in any section. */
export function notStarted(totalWords: number): boolean {
  return totalWords === 0;
}

/** A finding that is a to-do ("write this section") rather than a problem with what was written. */
export function isTodo(f: { rule: string }, started: boolean): boolean {
  return !started && f.rule === REQUIRED_SECTION_RULE;
}

/**
 * Whether a finding may be silenced. A required section that is empty cannot be: silencing it
 * would only hide that the section is missing from the export (the export still asks about it).
 */
export function canSilence(f: { rule: string }): boolean {
  return f.rule !== REQUIRED_SECTION_RULE;
}
