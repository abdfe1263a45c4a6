/**
 * `target.push(...items)` passes every item as an argument and overflows the call stack past ~100,000
 * items (a 200,000-line .txt without headings did). The corpus engine appends with this instead.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
