// What a section's word counter says: its share of the template's budget, and what happens when
// the section runs over it, in the terms the length-budget and speaking-time rules use (the whole
// document is what is judged; a section far over its share gets a note in Issues).
import { formatDuration } from '../../lib/countWords';

export interface SectionBudgetView {
  /** ok: within its share (or no share); over: past its share, nothing flagged; noted: a finding says so. */
  tone: 'ok' | 'over' | 'noted';
  /** Tooltip text: the budget and what happens over it. */
  title: string;
}

/**
 * `words` in a section with a share of `share` words (0 = none) of a template budgeted at
 * `docWords` words, or spoken in `spokenSeconds` (null for written templates); `noted` when the
 * check reported this section over its share.
 */
export function sectionBudgetView(opts: {
  words: number;
  share: number;
  docWords: number;
  spokenSeconds: number | null;
  noted: boolean;
}): SectionBudgetView {
  const { words, share, docWords, spokenSeconds, noted } = opts;
  const whole =
    spokenSeconds !== null
      ? `the whole piece should take under ${formatDuration(spokenSeconds)} to say`
      : docWords > 0
        ? `the whole document is checked against ${docWords} words (about one page)`
        : 'the whole document has no word budget';
  // The length-budget rule notes sections of written templates only (spoken ones are timed).
  const notes = spokenSeconds === null && docWords > 0;
  if (share <= 0) return { tone: 'ok', title: `Words in this section; it has no budget of its own, and ${whole}.` };
  const shareText = `This section's share is about ${share} words`;
  if (noted) {
    return {
      tone: 'noted',
      title: `${shareText}; at ${words} it is well over, so Issues has a note on where to cut. ${capitalize(whole)}.`,
    };
  }
  if (words > share) {
    return {
      tone: 'over',
      title: `${shareText}; at ${words} it is over, which is fine while ${whole}: cut here first if it is not.${notes ? ' Far over its share, it gets a note in Issues.' : ''}`,
    };
  }
  return { tone: 'ok', title: `${shareText}; ${whole}. Over its share is fine while the whole fits.` };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
