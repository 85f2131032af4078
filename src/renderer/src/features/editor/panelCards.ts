// The Issues panel's order: the big mistakes first. Findings are arranged in tiers by severity
// (errors, then warnings, then notes; silenced ones last), each tier in template order and then by
// position, and many vague-wording findings become one card that lists the words, so a single
// word does not push "compliance brought in after launch" down the list.
import type { Finding } from '../../../../shared/api';
import { isTodo } from './emptyDocument';
import { findingsWords } from '../../../../shared/findingsWords';
import type { TierId } from '../../../../shared/findingsWords';

export const VAGUE_RULE = 'vague-language';
/** From this many live vague-wording findings, they share one card (fewer stay as cards of their own). */
export const VAGUE_GROUP_MIN = 5;

export type PanelCard =
  | { kind: 'finding'; finding: Finding; sectionLabel: string }
  | {
      kind: 'vague';
      findings: Finding[];
      /** The words as written, in order of first appearance, with how often each appears. */
      words: { word: string; count: number; first: Finding }[];
    };

export type { TierId };

export interface PanelTier {
  id: TierId;
  title: string;
  cards: PanelCard[];
}

/**
 * Arranges findings into tiers for the panel. `sections` gives template order and labels; while
 * the document is not `started`, empty required sections are to-dos (emptyDocument.ts). Empty tiers
 * are left out. O(n log n) in the number of findings.
 */
export function arrangeFindings(
  findings: readonly Finding[],
  sections: readonly { id: string; label: string }[],
  started = true,
  language: 'en' | 'zh' = 'en',
): PanelTier[] {
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const words = findingsWords(language);
  const labelOf = (id: string | null) => (id === null ? words.wholeDocument : (sections.find((s) => s.id === id)?.label ?? id));
  const place = (f: Finding) => (f.section === null ? -1 : (order.get(f.section) ?? 999));
  const sorted = [...findings].sort((a, b) => place(a) - place(b) || a.start - b.start);
  const buckets: Record<TierId, Finding[]> = { todo: [], error: [], warning: [], info: [], silenced: [] };
  for (const f of sorted) {
    if (f.silenced) buckets.silenced.push(f);
    else if (isTodo(f, started)) buckets.todo.push(f);
    else buckets[f.severity].push(f);
  }
  const tiers: PanelTier[] = [];
  for (const id of ['todo', 'error', 'warning', 'info', 'silenced'] as const) {
    const list = buckets[id];
    if (list.length === 0) continue;
    const vague = id === 'silenced' ? [] : list.filter((f) => f.rule === VAGUE_RULE);
    const grouped = vague.length >= VAGUE_GROUP_MIN;
    const cards: PanelCard[] = list
      .filter((f) => !(grouped && f.rule === VAGUE_RULE))
      .map((f) => ({ kind: 'finding' as const, finding: f, sectionLabel: labelOf(f.section) }));
    if (grouped) cards.push({ kind: 'vague', findings: vague, words: wordsOf(vague) });
    tiers.push({ id, title: words.tiers[id], cards });
  }
  return tiers;
}

function wordsOf(vague: readonly Finding[]): { word: string; count: number; first: Finding }[] {
  const byWord = new Map<string, { word: string; count: number; first: Finding }>();
  for (const f of vague) {
    const word = f.excerpt.trim();
    const key = word.toLowerCase();
    const hit = byWord.get(key);
    if (hit) hit.count += 1;
    else byWord.set(key, { word, count: 1, first: f });
  }
  return [...byWord.values()];
}
