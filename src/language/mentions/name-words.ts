// Common nouns that head or introduce proper names, and abbreviations that are never entities
// (data/lexicon/name-words.json, CC0, hand-written: general conventions of the press, no story's subject).
import { readFileSync } from 'node:fs';
import { termList } from '../../core/terms.js';

/** The lists of data/lexicon/name-words.json, lower case, French and English together. */
export interface NameWords {
  /** Nouns heading an institution's name: "la Protection civile", "l'Office européen de la lutte contre la fraude". */
  readonly institutionHeads: ReadonlySet<string>;
  /** Natural features whose noun belongs to the name in French: "la mer Egée", "le lac de Côme". */
  readonly featuresInName: ReadonlySet<string>;
  /** Nouns after which a capitalised word is a place: "le fleuve Pô", "la base de Kleine-Brogel". */
  readonly placeNouns: ReadonlySet<string>;
  /** Abbreviations of common nouns and units: "PIB", "GDP", "NDLR", "GMT". */
  readonly notNames: ReadonlySet<string>;
}

const FILE = 'data/lexicon/name-words.json';

/** Reads and checks the lists (a bad list stops the load with the file, the list and the term at fault). */
export function parseNameWords(raw: unknown, file = FILE): NameWords {
  const o = (raw ?? {}) as Record<string, unknown>;
  const byLanguage = (name: string): Set<string> => {
    const lists = (o[name] ?? {}) as Record<string, unknown>;
    if (typeof lists !== 'object' || Array.isArray(lists)) throw new Error(`lexicon: ${file} ${name} must be {"fr": [...], "en": [...]}`);
    const out = new Set<string>();
    for (const lang of ['fr', 'en']) {
      const list = lists[lang];
      if (Array.isArray(list) && list.length === 0) continue; // a language may have none
      for (const t of termList(list, `${file} ${name}.${lang}`)) out.add(t);
    }
    return out;
  };
  return {
    institutionHeads: byLanguage('institutionHeads'),
    featuresInName: byLanguage('featuresInName'),
    placeNouns: byLanguage('placeNouns'),
    notNames: new Set(termList(o['notNames'], `${file} notNames`)),
  };
}

/** The lists as shipped. */
export const NAME_WORDS: NameWords = parseNameWords(JSON.parse(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8')));
