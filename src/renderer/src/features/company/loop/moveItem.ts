/** A copy of the list with the item at `from` moved to `to` (clamped); the list is not changed. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}
