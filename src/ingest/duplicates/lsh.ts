// Locality-sensitive hashing by banding: articles whose signatures agree on a whole band become candidates.
import { fmix32, mixInto, pack53 } from './hash.js';
import { type CandidatePairs, pairKey } from './pairs.js';

/**
 * A bucket with more members than this is a crowd of near-identical texts (a feed repeating one item): each member
 * is paired with the bucket's first `CROWD_ANCHORS` members (the earliest, so the originals) instead of every other
 * member, which would be quadratic. Copies still find their original; passages among the crowd are not listed twice.
 */
export const CROWD_BUCKET = 64;
const CROWD_ANCHORS = 4;

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
  candidates: CandidatePairs,
): void {
  const rows = Math.floor(permutations / bands);
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
      const anchors = bucket.length > CROWD_BUCKET ? CROWD_ANCHORS : bucket.length;
      if (bucket.length > CROWD_BUCKET) candidates.crowds++;
      for (let x = 0; x < anchors; x++) {
        for (let y = x + 1; y < bucket.length; y++) candidates.add(pairKey(bucket[x]!, bucket[y]!, articleCount));
      }
    }
  }
}
