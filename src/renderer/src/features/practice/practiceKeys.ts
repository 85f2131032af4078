// The practice session's keyboard: Space or S starts and stops the timer, N or → moves on, 1–5
// rates the answer just timed, Esc leaves. Pure, so the mapping is tested without a browser.
export type PracticeKeyAction = { kind: 'toggle' } | { kind: 'next' } | { kind: 'rate'; rating: number } | { kind: 'close' } | null;

export function practiceKey(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): PracticeKeyAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return { kind: 'close' };
  if (e.key === ' ' || e.key === 's' || e.key === 'S') return { kind: 'toggle' };
  if (e.key === 'n' || e.key === 'N' || e.key === 'ArrowRight') return { kind: 'next' };
  if (/^[1-5]$/.test(e.key)) return { kind: 'rate', rating: Number(e.key) };
  return null;
}
