// Inline silencing: `<!-- dossier-ignore rule-a rule-b -->` alone on a line silences those rules
// on the next non-blank line; at the end of a sentence it silences them for that sentence.
// Without rule ids it silences every rule there. A marker naming a rule explicitly also
// silences that rule's section-level and document-level findings.
import type { PreparedSection } from './prepareSection';

const MARKER = /<!--\s*dossier-ignore\b([^>]*?)-->/g;

export interface SilenceZone {
  section: string;
  /** null: every rule. */
  rules: string[] | null;
  start: number;
  end: number;
}

export function findSilenceZones(section: PreparedSection): SilenceZone[] {
  if (!section.raw.includes('dossier-ignore')) return [];
  const zones: SilenceZone[] = [];
  const raw = section.raw;
  for (const m of raw.matchAll(MARKER)) {
    const ids = (m[1] ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
    const rules = ids.length > 0 ? ids : null;
    const mStart = m.index;
    const mEnd = mStart + m[0].length;
    const lineStart = raw.lastIndexOf('\n', mStart - 1) + 1;
    const nl = raw.indexOf('\n', mEnd);
    const lineEnd = nl === -1 ? raw.length : nl;
    const alone = raw.slice(lineStart, mStart).trim() === '' && raw.slice(mEnd, lineEnd).trim() === '';
    if (alone) {
      let from = lineEnd + 1;
      while (from < raw.length) {
        const next = raw.indexOf('\n', from);
        const to = next === -1 ? raw.length : next;
        if (section.text.slice(from, to).trim() !== '') {
          zones.push({ section: section.id, rules, start: from, end: to });
          break;
        }
        from = to + 1;
      }
    } else {
      let sentenceStart = lineStart;
      for (const s of section.sentences) if (s.start < mStart) sentenceStart = s.start;
      zones.push({ section: section.id, rules, start: sentenceStart, end: mStart });
    }
    if (rules) zones.push({ section: section.id, rules, start: -1, end: -1 });
  }
  return zones;
}

export function isSilencedInline(
  zones: SilenceZone[],
  rule: string,
  section: string | null,
  start: number,
  end: number,
): boolean {
  for (const z of zones) {
    const ruleMatches = z.rules === null || z.rules.includes(rule);
    if (!ruleMatches) continue;
    if (z.start === -1) {
      // explicit marker: silences whole-section and whole-document findings of that rule
      if (section === null || (section === z.section && start === 0 && end === 0)) return true;
      continue;
    }
    if (section === z.section && start >= z.start && start <= z.end) return true;
  }
  return false;
}
