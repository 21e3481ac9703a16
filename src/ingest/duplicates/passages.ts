// Maximal runs of words two texts share, found from shared fingerprints and mapped back to character spans.
import type { Fingerprints } from './shingles.js';
import type { Tokens } from './tokens.js';

/** A shared run of words: half-open token ranges in both texts. */
export interface WordRun {
  readonly start: number;
  readonly end: number;
  readonly otherStart: number;
  readonly otherEnd: number;
}

/**
 * The runs of at least `minWords` identical normalised words that texts a and b share, each extended to be
 * maximal, then tiled greedily longest first so no two runs overlap in either text. Seeds are fingerprints
 * both texts hold; winnowing guarantees every shared run of `minWords` words contains one. Token ids are
 * compared directly, so a hash collision can seed a run but never make one.
 */
export function findSharedRuns(
  a: Tokens,
  aPrints: Fingerprints,
  b: Tokens,
  bPrints: Fingerprints,
  minWords: number,
): WordRun[] {
  const seeds = sharedSeeds(aPrints, bPrints);
  const runs: WordRun[] = [];
  let lastDiagonal = Number.NaN;
  let coveredEnd = -1;
  for (const [p, q] of seeds) {
    const diagonal = p - q;
    if (diagonal === lastDiagonal && p < coveredEnd) continue; // inside a run already found on this diagonal
    let start = p;
    while (start > 0 && start - diagonal > 0 && a.ids[start - 1] === b.ids[start - 1 - diagonal]) start--;
    let end = p;
    while (end < a.ids.length && end - diagonal < b.ids.length && a.ids[end] === b.ids[end - diagonal]) end++;
    lastDiagonal = diagonal;
    coveredEnd = Math.max(end, p + 1);
    if (end - start >= minWords) runs.push({ start, end, otherStart: start - diagonal, otherEnd: end - diagonal });
  }
  return tile(runs);
}

/** Pairs of positions (in a, in b) where both texts hold the same fingerprint, by diagonal then position. */
function sharedSeeds(a: Fingerprints, b: Fingerprints): Array<[number, number]> {
  const seeds: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.hashes.length && j < b.hashes.length) {
    const ha = a.hashes[i]!;
    const hb = b.hashes[j]!;
    if (ha < hb) i++;
    else if (hb < ha) j++;
    else {
      let iEnd = i;
      while (iEnd < a.hashes.length && a.hashes[iEnd] === ha) iEnd++;
      let jEnd = j;
      while (jEnd < b.hashes.length && b.hashes[jEnd] === ha) jEnd++;
      for (let x = i; x < iEnd; x++) for (let y = j; y < jEnd; y++) seeds.push([a.positions[x]!, b.positions[y]!]);
      i = iEnd;
      j = jEnd;
    }
  }
  return seeds.sort((x, y) => x[0] - x[1] - (y[0] - y[1]) || x[0] - y[0]);
}

/** Keeps the longest runs first, dropping any that overlaps a kept one in either text; result sorted by start. */
function tile(runs: WordRun[]): WordRun[] {
  const byLength = [...runs].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || x.otherStart - y.otherStart,
  );
  const kept: WordRun[] = [];
  // The kept runs never overlap in either text: each text's kept ranges, sorted, answer "does this overlap?" by a
  // binary search (checking every kept run for every run was quadratic in the number of runs).
  const inA = new DisjointRanges();
  const inB = new DisjointRanges();
  for (const run of byLength) {
    if (inA.overlaps(run.start, run.end) || inB.overlaps(run.otherStart, run.otherEnd)) continue;
    kept.push(run);
    inA.add(run.start, run.end);
    inB.add(run.otherStart, run.otherEnd);
  }
  return kept.sort((x, y) => x.start - y.start || x.otherStart - y.otherStart);
}

/** Non-overlapping, non-empty half-open ranges kept sorted by start. */
class DisjointRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when [start, end) overlaps a range held. */
  overlaps(start: number, end: number): boolean {
    const k = this.lastStartingBefore(end);
    // The one range that may overlap is the last one starting before `end`: the earlier ones end before it starts.
    return k >= 0 && this.ends[k]! > start;
  }

  add(start: number, end: number): void {
    const k = this.lastStartingBefore(end) + 1;
    this.starts.splice(k, 0, start);
    this.ends.splice(k, 0, end);
  }

  // Index of the last range whose start is before `end`, or -1.
  private lastStartingBefore(end: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** The character span of a token range: from its first word's start to its last word's end. */
export function toCharSpan(tokens: Tokens, start: number, end: number): { start: number; end: number } {
  return { start: tokens.starts[start]!, end: tokens.ends[end - 1]! };
}
