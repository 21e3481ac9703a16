// Word shingles (overlapping k-word sequences), hashed; winnowed fingerprints; containment.
import { fmix32, mixInto, pack53 } from './hash.js';
import type { Vocabulary } from './tokens.js';

const SEED_A = 0x5eed0001;
const SEED_B = 0x5eed0002;

/** Hashes of every k-word shingle, by position: `full` is 53-bit (set measures), `low` its low 32 bits. */
export interface ShingleHashes {
  readonly full: Float64Array;
  readonly low: Uint32Array;
}

/** Hashes each run of `size` consecutive words starting at each position. */
export function hashShingles(ids: Int32Array, vocabulary: Vocabulary, size: number): ShingleHashes {
  const count = Math.max(0, ids.length - size + 1);
  const full = new Float64Array(count);
  const low = new Uint32Array(count);
  for (let p = 0; p < count; p++) {
    let a = SEED_A;
    let b = SEED_B;
    for (let j = 0; j < size; j++) {
      const id = ids[p + j]!;
      a = mixInto(a, vocabulary.hashA[id]!);
      b = mixInto(b, vocabulary.hashB[id]!);
    }
    const high = fmix32(a ^ size);
    low[p] = fmix32(b ^ size);
    full[p] = pack53(high, low[p]!);
  }
  return { full, low };
}

/** The distinct values of an array, ascending. */
export function uniqueSorted(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Shingles picked by winnowing, sorted by hash then position: every shared run of `window` shingles shares one. */
export interface Fingerprints {
  readonly hashes: Uint32Array;
  readonly positions: Uint32Array;
}

/**
 * Robust winnowing (Schleimer et al. 2003): in each window of `window` consecutive shingles keep the smallest
 * hash (the rightmost on ties). Two texts sharing `window` consecutive shingles both keep that window's minimum.
 */
export function winnow(low: Uint32Array, window: number): Fingerprints {
  const picked: number[] = [];
  let last = -1;
  const w = Math.min(window, low.length);
  for (let start = 0; start + w <= low.length && w > 0; start++) {
    let best = start;
    for (let p = start + 1; p < start + w; p++) if (low[p]! <= low[best]!) best = p;
    if (best !== last) picked.push(best);
    last = best;
  }
  picked.sort((x, y) => low[x]! - low[y]! || x - y);
  return { hashes: Uint32Array.from(picked, (p) => low[p]!), positions: Uint32Array.from(picked) };
}

/** The distinct fingerprint hashes of a text, ascending (what the inverted index needs). */
export function distinctHashes(fingerprints: Fingerprints): Uint32Array {
  const { hashes } = fingerprints;
  const out: number[] = [];
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out.push(hashes[i]!);
  return Uint32Array.from(out);
}

/** |A ∩ B| / min(|A|, |B|) over two sorted shingle sets: 1 when the smaller text is wholly inside the larger. */
export function containment(a: Float64Array, b: Float64Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / smaller;
}
