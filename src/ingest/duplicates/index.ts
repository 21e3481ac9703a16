// Duplicate detection: exact copies, near copies (MinHash + LSH, then verified), and passages shared by any pair.
// Never compares every pair: candidates come from LSH bands and from an inverted index of rare fingerprints.
import type { SharedPassage } from '../../core/types.js';
import { hashString } from './hash.js';
import { sharedFingerprintCandidates } from './fingerprint-index.js';
import { chooseLinks, type VerifiedPair } from './links.js';
import { bandCandidates, CROWD_BUCKET } from './lsh.js';
import { MinHasher } from './minhash.js';
import { resolveOptions, type DuplicateOptions, type ResolvedOptions } from './options.js';
import { CandidatePairs, splitPair } from './pairs.js';
import { findSharedRuns, toCharSpan } from './passages.js';
import { containment, distinctHashes, hashShingles, uniqueSorted, winnow, type Fingerprints } from './shingles.js';
import { normaliseText, tokenise, Vocabulary, type Tokens } from './tokens.js';

export type { DuplicateOptions } from './options.js';

/** One article as duplicate detection sees it; a lower `order` means published earlier, so an original. */
export interface DuplicateInput {
  id: string;
  text: string;
  title: string;
  order: number;
}

/** An article that copies an earlier one. */
export interface DuplicateLink {
  id: string;
  duplicateOf: string;
  similarity: number;
  kind: 'exact' | 'near';
}

/** Links for copies, and for every article the passages it shares with others. */
export interface DuplicateResult {
  /** One per article that copies an earlier one, sorted by order then id. */
  links: DuplicateLink[];
  /** Per article id (every input id, possibly with []), passages shared with any other article, by start. */
  shared: Map<string, SharedPassage[]>;
  /** What was bounded in this run (crowds of near-identical texts, candidate pairs over the ceiling), for the user. */
  notes: string[];
}

/** What is computed once per article. */
interface Profile {
  readonly tokens: Tokens;
  readonly exactKey: string;
  /** Distinct 53-bit shingle hashes, ascending. */
  readonly shingles: Float64Array;
  readonly prints: Fingerprints;
}

/** Finds exact and near duplicates and the passages articles share. Output does not depend on input order. */
export function findDuplicates(articles: readonly DuplicateInput[], options?: DuplicateOptions): DuplicateResult {
  const settings = resolveOptions(options);
  const sorted = sortOriginalsFirst(articles);
  const vocabulary = new Vocabulary((word, which) => hashString(word, which === 0 ? 0x7a11 : 0x7b22));
  const profiles = sorted.map((article) => profileOf(article.text, vocabulary, settings));
  const exactOriginal = groupExactCopies(profiles, settings.minWords);
  const candidates = findCandidatePairs(profiles, settings);

  const verified: VerifiedPair[] = [];
  const shared = new Map<string, SharedPassage[]>(sorted.map((article) => [article.id, []]));
  for (const key of [...candidates.keys].sort((x, y) => x - y)) {
    const [earlier, later] = splitPair(key, sorted.length);
    const a = profiles[earlier]!;
    const b = profiles[later]!;
    if (a.tokens.ids.length >= settings.minWords && b.tokens.ids.length >= settings.minWords) {
      verified.push({ earlier, later, similarity: round3(containment(a.shingles, b.shingles)) });
    }
    for (const run of findSharedRuns(a.tokens, a.prints, b.tokens, b.prints, settings.passageMinWords)) {
      const inA = toCharSpan(a.tokens, run.start, run.end);
      const inB = toCharSpan(b.tokens, run.otherStart, run.otherEnd);
      const [idA, idB] = [sorted[earlier]!.id, sorted[later]!.id];
      shared.get(idA)!.push({ article: idB, start: inA.start, end: inA.end, otherStart: inB.start, otherEnd: inB.end });
      shared.get(idB)!.push({ article: idA, start: inB.start, end: inB.end, otherStart: inA.start, otherEnd: inA.end });
    }
  }
  for (const passages of shared.values()) passages.sort(comparePassages);

  const choices = chooseLinks(sorted.length, exactOriginal, verified, settings.nearThreshold);
  const links: DuplicateLink[] = [...choices.entries()]
    .sort(([x], [y]) => x - y)
    .map(([copy, choice]) => ({
      id: sorted[copy]!.id,
      duplicateOf: sorted[choice.original]!.id,
      similarity: choice.similarity,
      kind: choice.kind,
    }));
  const notes: string[] = [];
  if (candidates.crowds > 0) {
    notes.push(`${candidates.crowds} groups of more than ${CROWD_BUCKET} near-identical texts: each text was compared with the group's earliest ones only`);
  }
  if (candidates.dropped > 0) {
    notes.push(`${candidates.dropped} candidate pairs over the ceiling of ${candidates.limit} were not compared: some copies or shared passages may be missing`);
  }
  return { links, shared, notes };
}

/** Articles by order, then id, so the earliest original comes first; ids must be unique. */
function sortOriginalsFirst(articles: readonly DuplicateInput[]): DuplicateInput[] {
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`duplicates: article id "${article.id}" appears twice; ids must be unique`);
    seen.add(article.id);
  }
  return [...articles].sort((x, y) => x.order - y.order || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Tokens, exact key, shingle set and fingerprints of one text. */
function profileOf(text: string, vocabulary: Vocabulary, settings: ResolvedOptions): Profile {
  const tokens = tokenise(text, vocabulary);
  const hashes = hashShingles(tokens.ids, vocabulary, settings.shingleWords);
  // A run of passageMinWords words spans this many shingles; winnowing with that window never misses it.
  const window = settings.passageMinWords - settings.shingleWords + 1;
  const prints = tokens.ids.length >= settings.passageMinWords ? winnow(hashes.low, window) : emptyPrints();
  return { tokens, exactKey: normaliseText(text), shingles: uniqueSorted(hashes.full), prints };
}

function emptyPrints(): Fingerprints {
  return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
}

/** For each exact copy (by index), the index of the earliest article with the same normalised text. */
function groupExactCopies(profiles: readonly Profile[], minWords: number): Map<number, number> {
  const firstByKey = new Map<string, number>();
  const original = new Map<number, number>();
  profiles.forEach((profile, index) => {
    if (profile.tokens.ids.length < minWords) return; // two empty pages are not copies of each other
    const first = firstByKey.get(profile.exactKey);
    if (first === undefined) firstByKey.set(profile.exactKey, index);
    else original.set(index, first);
  });
  return original;
}

/** Pairs worth verifying: similar MinHash signatures (near copies) or a shared rare fingerprint (passages). */
function findCandidatePairs(profiles: readonly Profile[], settings: ResolvedOptions): CandidatePairs {
  const { permutations, bands, minWords, maxDocFrequency } = settings;
  const hasher = new MinHasher(permutations);
  const signatures = new Uint32Array(profiles.length * permutations);
  const members: number[] = [];
  profiles.forEach((profile, index) => {
    if (profile.tokens.ids.length < minWords) return; // an empty set's signature would match every other empty set
    hasher.sign(profile.shingles, signatures, index * permutations);
    members.push(index);
  });
  const candidates = new CandidatePairs(settings.maxCandidatePairs);
  bandCandidates(signatures, permutations, members, bands, profiles.length, candidates);
  sharedFingerprintCandidates(profiles.map((profile) => distinctHashes(profile.prints)), maxDocFrequency, candidates);
  return candidates;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function comparePassages(x: SharedPassage, y: SharedPassage): number {
  return x.start - y.start || (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) || x.otherStart - y.otherStart;
}
