// Text normalisation and word tokens with their UTF-16 offsets in the original text.
import { allMatches } from '../../core/regex.js';

// ’ ‘ ‚ ‛ ′ ʼ ` ´ ‹ › are all typed for the apostrophe or a single quote.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4\u2039\u203A]/g;
// “ ” „ ‟ ″ « » are all typed for a double quote; French puts a (narrow) space inside « ».
const DOUBLE_QUOTES = /\u00AB\s*|\s*\u00BB|[\u201C\u201D\u201E\u201F\u2033]/g;
// Soft hyphen and zero-width joiners are invisible; a zero-width space separates words.
const INVISIBLE = /[\u00AD\u200C\u200D\u2060]/g;
const WHITESPACE = /[\s\u200B]+/g;
// A word: letters, combining marks and digits, possibly broken by soft hyphens ("mi\u00ADnistre").
const WORD = /[\p{L}\p{M}\p{N}]+(?:\u00AD+[\p{L}\p{M}\p{N}]+)*/gu;

/** The key two texts must share to be exact duplicates: NFKC, lower case, accents kept, quotes and whitespace unified. */
export function normaliseText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}

/** The form a word is matched on: "L’Élysée" and "l'élysée" give "l", "élysée". */
export function normaliseWord(word: string): string {
  return word.replace(INVISIBLE, '').normalize('NFKC').toLowerCase();
}

/** Interns normalised words as small integers, with two seeded hashes each. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  // Raw spellings seen so far ("Armées", "armées"), to skip normalising the same word again.
  private readonly spellings = new Map<string, number>();
  /** First hash of each word id, for shingle hashing. */
  readonly hashA: number[] = [];
  /** Second, independent hash of each word id. */
  readonly hashB: number[] = [];

  constructor(
    private readonly hashWord: (word: string, which: 0 | 1) => number,
  ) {}

  /** The id of a normalised word, adding it on first sight. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.hashA.length;
      this.ids.set(word, id);
      this.hashA.push(this.hashWord(word, 0));
      this.hashB.push(this.hashWord(word, 1));
    }
    return id;
  }

  /** The id of a word as written in the text, normalising it only on first sight. */
  internSpelling(raw: string): number {
    let id = this.spellings.get(raw);
    if (id === undefined) {
      id = this.intern(normaliseWord(raw));
      this.spellings.set(raw, id);
    }
    return id;
  }
}

/** A text's words: ids of their normalised forms and half-open UTF-16 spans in the original text. */
export interface Tokens {
  readonly ids: Int32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Splits a text into words; punctuation and quotes are separators, never part of a word. */
export function tokenise(text: string, vocabulary: Vocabulary): Tokens {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of allMatches(WORD, text)) {
    const start = match.index ?? 0;
    ids.push(vocabulary.internSpelling(match[0]));
    starts.push(start);
    ends.push(start + match[0].length);
  }
  return { ids: Int32Array.from(ids), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
