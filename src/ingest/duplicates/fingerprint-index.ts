// Inverted index over winnowed fingerprints: articles sharing a rare fingerprint become passage candidates.
import { type CandidatePairs, pairKey } from './pairs.js';

const DOC_BITS = 2 ** 21;

/**
 * Candidate pairs of articles that share at least one fingerprint held by at most `maxDocFrequency`
 * articles. More common fingerprints are stock phrases ("a déclaré le ministre de l'Intérieur") or
 * boilerplate; pairs sharing only those are left to the MinHash bands.
 */
export function sharedFingerprintCandidates(
  fingerprintsByArticle: readonly Uint32Array[],
  maxDocFrequency: number,
  candidates: CandidatePairs,
): void {
  const articleCount = fingerprintsByArticle.length;
  if (articleCount >= DOC_BITS) {
    throw new Error(`duplicates: ${articleCount} articles is more than ${DOC_BITS - 1} per call; split the batch`);
  }
  let total = 0;
  for (const hashes of fingerprintsByArticle) total += hashes.length;
  // One sorted array of hash * 2^21 + article (53 bits) instead of a Map of posting lists: fast and compact.
  const postings = new Float64Array(total);
  let n = 0;
  fingerprintsByArticle.forEach((hashes, doc) => {
    for (const hash of hashes) postings[n++] = hash * DOC_BITS + doc;
  });
  postings.sort();
  for (let start = 0; start < n; ) {
    const hash = Math.floor(postings[start]! / DOC_BITS);
    let end = start + 1;
    while (end < n && Math.floor(postings[end]! / DOC_BITS) === hash) end++;
    if (end - start > 1 && end - start <= maxDocFrequency) {
      for (let x = start; x < end; x++) {
        for (let y = x + 1; y < end; y++) {
          candidates.add(pairKey(postings[x]! % DOC_BITS, postings[y]! % DOC_BITS, articleCount));
        }
      }
    }
    start = end;
  }
}
