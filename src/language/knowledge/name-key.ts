// The comparison key of a name: folded, romanised if Cyrillic, then the transliteration rules of data/lexicon/transliteration.jsonl.
import { hasCyrillic, romanise, type CyrillicRow } from './cyrillic.js';
import { fold } from './fold.js';
import type { TransliterationRule } from './types.js';

function applyRule(word: string, rule: TransliterationRule): string {
  switch (rule.at) {
    case 'start': return word.startsWith(rule.from) ? rule.to + word.slice(rule.from.length) : word;
    case 'end': return word.endsWith(rule.from) ? word.slice(0, word.length - rule.from.length) + rule.to : word;
    case 'any': {
      let out = word;
      // Repeat so that "iii" ends as "i" with the rule "ii" -> "i".
      while (out.includes(rule.from)) out = out.replaceAll(rule.from, rule.to);
      return out;
    }
  }
}

/** Makes nameKey(): "Koupol" and "Kupol" -> "kupol"; "Sergueï", "Sergei", "Sergey" -> "sergei". */
export function makeNameKey(rules: readonly TransliterationRule[], cyrillic: readonly CyrillicRow[]): (text: string) => string {
  return (text: string): string => {
    const latin = hasCyrillic(text) ? text.split(/\s+/).map((w) => romanise(w, cyrillic, 'en')).join(' ') : text;
    return fold(latin)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '')
      .map((w) => rules.reduce(applyRule, w))
      .join(' ');
  };
}
