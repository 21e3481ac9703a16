// Locality-sensitive hashing by banding: articles whose signatures agree on a whole band become candidates.
import { fmix32, mixInto, pack53 } from './hash.js';
import { pairKey } from './pairs.js';

/**
 * Candidate pairs among `members` (article indices) whose MinHash signatures (`permutations` values each,
 * concatenated in `signatures`) agree on all rows of at least one of `bands` bands. With b bands of r rows,
 * a pair with Jaccard similarity s becomes a candidate with probability 1 - (1 - s^r)^b.
 */
export function bandCandidates(
  signatures: Uint32Array,
  permutations: number,
  members: readonly number[],
  bands: number,
  articleCount: number,
): Set<number> {
  const rows = Math.floor(permutations / bands);
  const candidates = new Set<number>();
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (const doc of members) {
      let a = 0x1a2b3c4d ^ band;
      let b = 0x4d3c2b1a ^ band;
      const base = doc * permutations + band * rows;
      for (let r = 0; r < rows; r++) {
        a = mixInto(a, signatures[base + r]!);
        b = mixInto(b, signatures[base + r]! ^ 0x9e3779b9);
      }
      const key = pack53(fmix32(a), fmix32(b));
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) candidates.add(pairKey(bucket[x]!, bucket[y]!, articleCount));
      }
    }
  }
  return candidates;
}
