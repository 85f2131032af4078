// Inline silencing: `<!-- dossier-ignore rule-a rule-b -->` alone on a line silences those rules
// on the next non-blank line; at the end of a sentence it silences them for that sentence.
// Without rule ids it silences every rule there. A marker naming a rule explicitly also
// silences that rule's section-level and document-level findings.
import type { PreparedSection } from './prepareSection';
import { matchesOf } from '../text/regexMatches';

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
  for (const m of matchesOf(MARKER, raw)) {
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
      // The last sentence starting before the marker (binary search: one scan per marker was
      // quadratic in a section of thousands of markers).
      let sentenceStart = lineStart;
      let lo = 0;
      let hi = section.sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = section.sentences[mid]!;
        if (s.start < mStart) {
          sentenceStart = s.start;
          lo = mid + 1;
        } else hi = mid - 1;
      }
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

/**
 * isSilencedInline over many findings: the zones indexed once, by section and start, so each
 * finding looks at the zones that can hold it rather than at all of them (30,000 markers and
 * 4,000 findings took seconds). Same answers as isSilencedInline.
 */
export function silenceIndex(zones: SilenceZone[]): (rule: string, section: string | null, start: number, end: number) => boolean {
  if (zones.length === 0) return () => false;
  // Explicit markers (rule ids named): "section\0rule" and the rules named anywhere.
  const explicit = new Set<string>();
  const explicitRules = new Set<string>();
  const bySection = new Map<string, SilenceZone[]>();
  for (const z of zones) {
    if (z.start === -1) {
      for (const rule of z.rules ?? []) {
        explicit.add(`${z.section}\u0000${rule}`);
        explicitRules.add(rule);
      }
    } else {
      const list = bySection.get(z.section);
      if (list) list.push(z);
      else bySection.set(z.section, [z]);
    }
  }
  // Per section: zones sorted by start, with the greatest end of each prefix.
  const index = new Map<string, { zones: SilenceZone[]; maxEnd: number[] }>();
  for (const [section, list] of bySection) {
    list.sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    let m = -Infinity;
    for (const z of list) maxEnd.push((m = Math.max(m, z.end)));
    index.set(section, { zones: list, maxEnd });
  }
  const matches = (z: SilenceZone, rule: string) => z.rules === null || z.rules.includes(rule);
  return (rule, section, start, end) => {
    if (section === null) return explicitRules.has(rule);
    if (start === 0 && end === 0 && explicit.has(`${section}\u0000${rule}`)) return true;
    const entry = index.get(section);
    if (!entry) return false;
    // The last zone starting at or before `start`, then back while a zone can still reach it.
    let lo = 0;
    let hi = entry.zones.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entry.zones[mid]!.start <= start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && entry.maxEnd[i]! >= start; i--) {
      const z = entry.zones[i]!;
      if (z.end >= start && matches(z, rule)) return true;
    }
    return false;
  };
}
