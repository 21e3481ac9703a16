// Romanises Cyrillic words with the table in data/lexicon/cyrillic-latin.jsonl, in French or English usage.

/** Where in a word a row of the Cyrillic table applies. */
export type CyrillicContext = 'any' | 'start' | 'end' | 'afterVowel' | 'betweenVowels';

/** One row of the Cyrillic table: "ч" -> "tch" (fr) / "ch" (en). */
export interface CyrillicRow {
  readonly cyr: string;
  readonly at: CyrillicContext;
  readonly fr: string;
  readonly en: string;
  /** The one language the row holds for ("г" is "h" in Ukrainian), or null for both. */
  readonly for: 'ru' | 'uk' | null;
}

const vowels = new Set([...'аеёэиіїоуыюяєАЕЁЭИІЇОУЫЮЯЄ']);

/** True when the text holds at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

function fits(row: CyrillicRow, word: string, i: number): boolean {
  const before = word[i - 1];
  const after = word[i + row.cyr.length];
  switch (row.at) {
    case 'any': return true;
    case 'start': return i === 0;
    case 'end': return i + row.cyr.length === word.length;
    case 'afterVowel': return before !== undefined && vowels.has(before);
    case 'betweenVowels': return before !== undefined && after !== undefined && vowels.has(before) && vowels.has(after);
  }
}

/** Romanises one word ("Сергей" -> "Sergueï" in French, "Sergey" in English); non-Cyrillic letters pass through. */
export function romanise(word: string, table: readonly CyrillicRow[], lang: 'fr' | 'en', from: 'ru' | 'uk' = 'ru'): string {
  // Longest rows first, then language-bound, then context-bound rows, so "ий" at the end beats "и" then "й".
  const rank = (r: CyrillicRow): number => (r.for === null ? 2 : 0) + (r.at === 'any' ? 1 : 0);
  const rows = table.filter((r) => r.for === null || r.for === from)
    .sort((a, b) => b.cyr.length - a.cyr.length || rank(a) - rank(b));
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length;) {
    const row = rows.find((r) => lower.startsWith(r.cyr, i) && fits(r, lower, i));
    if (row === undefined) { out += word[i]; i += 1; continue; }
    const latin = row[lang];
    out += word[i] !== lower[i] ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
    i += row.cyr.length;
  }
  return out;
}
