// An article's entity mentions by position, so that each sentence reads its own mentions and not the whole article's
// (reading them all for every sentence made the claims stage quadratic in an article's length).
import type { EntityMention } from './sources.js';

/** Position lookups over one article's mentions. */
export interface MentionIndex {
  /** The mentions inside [start, end), in the list's order. */
  within(start: number, end: number): readonly EntityMention[];
  /** The person mention ending last at or before `offset` (the later in the list on a tie), if any. */
  lastPersonBefore(offset: number): EntityMention | undefined;
}

// One index per list: the claims stage passes the same article list for every sentence. Lists are never changed.
const indexes = new WeakMap<readonly EntityMention[], MentionIndex>();

/** The index of a list of mentions, built on first use. */
export function indexMentions(mentions: readonly EntityMention[]): MentionIndex {
  let index = indexes.get(mentions);
  if (!index) {
    index = buildIndex(mentions);
    indexes.set(mentions, index);
  }
  return index;
}

function buildIndex(mentions: readonly EntityMention[]): MentionIndex {
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  // Persons in order of end, stably: the same order as sorting the filtered list by end.
  const persons = mentions.filter((m) => m.type === 'person').sort((a, b) => a.end - b.end);
  return {
    within(start: number, end: number): readonly EntityMention[] {
      // Lists built by findMentions are in text order; any other order is read whole (tests only).
      if (!sorted) return mentions.filter((m) => m.start >= start && m.end <= end);
      const out: EntityMention[] = [];
      for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
        if (mentions[i]!.end <= end) out.push(mentions[i]!);
      }
      return out;
    },
    lastPersonBefore(offset: number): EntityMention | undefined {
      let lo = 0;
      let hi = persons.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (persons[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 ? persons[lo - 1] : undefined;
    },
  };
}

// Index of the first mention starting at or after `start` in a list sorted by start.
function firstAtOrAfter(mentions: readonly EntityMention[], start: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
