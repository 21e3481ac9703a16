// Tokens with their offsets: words (hyphenated names and model numbers whole), elisions split, numbers with spaces whole.
import { allMatches } from '../core/regex.js';

/** One token of a text: its span and what it is. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct';
}

// Order matters: a number with thin or plain spaces ("20 000") before a plain word; elided articles ("l’", "d'")
// as their own token; words keep inner hyphens, apostrophes of names (O'Brien) and digits (Garpiya-3, An-124, G3).
const TOKEN = new RegExp(
  [
    String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])`, // 20 000, 1 200 000,5
    String.raw`\d+(?:[.,:]\d+)*%?`, // 12, 3.5, 12,5, 10:30, 45%
    String.raw`(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\p{L})`, // l’, d', qu’, jusqu’
    // Almaz-Antey, O'Brien, U.S, Garpiya-3; not "Russia's", nor "Network.The" (two sentences glued by a lost space)
    String.raw`[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+|\.(?!\p{Lu}\p{Ll})[\p{L}\p{M}\d]+|['’](?![sS]\b)[\p{L}\p{M}\d]+)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

/** Splits a text into tokens; `text.slice(t.start, t.end) === t.text` for each. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(TOKEN, text)) {
    const t = m[0];
    const start = m.index!;
    const kind = /^\d/.test(t) && /^[\d\s\u00a0\u202f.,:%]+$/.test(t) ? 'number' : /[\p{L}\d]/u.test(t) ? 'word' : 'punct';
    out.push({ start, end: start + t.length, text: t, kind });
  }
  return out;
}
