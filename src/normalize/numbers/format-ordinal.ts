/** `1st`, `2nd`, `11th`, `23rd`: the written form of an ordinal, the inverse of parseOrdinal. */
export function formatOrdinal(n: number): string {
  const teen = Math.abs(n) % 100 >= 11 && Math.abs(n) % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[Math.abs(n) % 10] ?? 'th';
  return `${n}${suffix}`;
}
