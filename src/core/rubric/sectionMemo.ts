// The live check's memory of prepared sections. While a candidate types, one section changes per
// keystroke and the others keep their text; preparing a section (masking markup, splitting
// sentences and paragraphs, counting words) and analysing its sentences into claims is the larger
// part of a check, so a checker that checks the same document again and again (the editor's) keeps
// the last prepared section per section id and reuses it while the text is the same. The claims
// of a reused section are reused with it (sectionClaims.ts keys them by the section object).
import { prepareSection } from './prepareSection';
import type { PreparedSection } from './prepareSection';

export interface SectionMemo {
  /** prepareSection(id, text), or the section prepared last time for this id when its text is the same. */
  prepare: (id: string, text: string) => PreparedSection;
}

/**
 * Section ids kept at most: a template has a dozen sections, a document may carry a few more; a
 * checker fed documents with ever-new section ids starts over past this, so memory stays bounded
 * (at most this many sections' text, which the caller holds anyway).
 */
export const SECTION_MEMO_LIMIT = 64;

/**
 * A memo of one prepared section per section id (the last text seen for it). Prepared sections
 * are never changed after they are made (checkLimit.ts copies the ones it cuts), so sharing them
 * between checks is safe; a check with the memo returns what it returns without one.
 */
export function createSectionMemo(): SectionMemo {
  const last = new Map<string, PreparedSection>();
  return {
    prepare: (id, text) => {
      const hit = last.get(id);
      if (hit && hit.raw === text) return hit;
      const made = prepareSection(id, text);
      if (!hit && last.size >= SECTION_MEMO_LIMIT) last.clear();
      last.set(id, made);
      return made;
    },
  };
}
