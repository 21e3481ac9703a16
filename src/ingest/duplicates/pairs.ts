// Unordered pairs of article indices as single numbers, so candidate sets are plain Set<number>.

/** The key of the pair {i, j} among n articles; the same whichever order i and j come in. */
export function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i;
}

/** The two indices of a pair key, smaller first. */
export function splitPair(key: number, n: number): [number, number] {
  const first = Math.floor(key / n);
  return [first, key - first * n];
}
