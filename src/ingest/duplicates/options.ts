// The knobs of duplicate detection, their defaults and their checks, in one place.
import { MAX_CANDIDATE_PAIRS } from './pairs.js';

/** Tuning for findDuplicates; every field has a default. */
export interface DuplicateOptions {
  /**
   * Minimum containment for a near duplicate: the share of the shorter text's distinct 5-word shingles found in
   * the other, |A ∩ B| / min(|A|, |B|). Default 0.5: "more than half of the shorter text's 5-word sequences appear
   * verbatim in the other". Containment rather than Jaccard because a copy padded with a comment thread, or a short
   * copy inside a long article, is still a copy; an independently written story on the same facts stays far below
   * 0.1 (same names, different sentences). Each edited word breaks up to 5 shingles, so a copy with one edit every
   * 20 words still scores ~0.75.
   */
  readonly nearThreshold?: number;
  /** Shortest shared run of words reported as a passage (default 12: long enough that coincidence is unlikely). */
  readonly passageMinWords?: number;
  /** Words per shingle (default 5). */
  readonly shingleWords?: number;
  /** Texts with fewer words are never linked, exact or near (default 20: captions and teasers are not articles). */
  readonly minWords?: number;
  /** MinHash signature length (default 128). */
  readonly permutations?: number;
  /** LSH bands (default 32, so 4 rows each: a Jaccard-0.5 pair is a candidate with probability 0.87). */
  readonly bands?: number;
  /** Fingerprints held by more articles than this are stock phrases and not used to find passages (default 64). */
  readonly maxDocFrequency?: number;
  /** Most candidate pairs compared in one run (default 4,000,000); the rest are counted in the result's notes. */
  readonly maxCandidatePairs?: number;
}

/** Options with every default applied. */
export type ResolvedOptions = { readonly [K in keyof DuplicateOptions]-?: number };

/** Applies defaults and rejects values that cannot work, saying what to use instead. */
export function resolveOptions(options: DuplicateOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    nearThreshold: options.nearThreshold ?? 0.5,
    passageMinWords: options.passageMinWords ?? 12,
    shingleWords: options.shingleWords ?? 5,
    minWords: options.minWords ?? 20,
    permutations: options.permutations ?? 128,
    bands: options.bands ?? 32,
    maxDocFrequency: options.maxDocFrequency ?? 64,
    maxCandidatePairs: options.maxCandidatePairs ?? MAX_CANDIDATE_PAIRS,
  };
  const { nearThreshold, passageMinWords, shingleWords, minWords, permutations, bands, maxDocFrequency } = resolved;
  if (!(nearThreshold > 0 && nearThreshold <= 1)) {
    throw new Error(`duplicates: nearThreshold ${nearThreshold} is outside (0, 1]; use e.g. 0.5`);
  }
  for (const [name, value] of Object.entries(resolved)) {
    if (name !== 'nearThreshold' && !(Number.isInteger(value) && value >= 1)) {
      throw new Error(`duplicates: ${name} ${value} is not a positive integer`);
    }
  }
  if (passageMinWords < shingleWords || minWords < shingleWords) {
    throw new Error(
      `duplicates: passageMinWords (${passageMinWords}) and minWords (${minWords}) must be at least shingleWords (${shingleWords})`,
    );
  }
  if (permutations % bands !== 0) {
    throw new Error(`duplicates: permutations (${permutations}) must be a multiple of bands (${bands}); try 128 and 32`);
  }
  if (maxDocFrequency < 2) throw new Error(`duplicates: maxDocFrequency ${maxDocFrequency} must be at least 2`);
  return resolved;
}
