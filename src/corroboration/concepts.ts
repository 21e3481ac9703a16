// Content words of French and English news by meaning (data/lexicon/concepts.json, CC0, hand-written), so that claims
// of two languages can be compared word for word: "fourni" and "supplied" are both the concept "supply".
import { readFileSync } from 'node:fs';
import { termList } from '../core/terms.js';

/** The concepts a lower-case word stands for (none for most words). */
export type ConceptsOf = (word: string) => readonly string[];

const FILE = 'data/lexicon/concepts.json';

/** Reads and checks the concepts (a bad term stops the load with the file, the concept and the term at fault). */
export function parseConcepts(raw: unknown, file = FILE): ConceptsOf {
  const concepts = ((raw ?? {}) as Record<string, unknown>)['concepts'];
  if (typeof concepts !== 'object' || concepts === null || Array.isArray(concepts)) throw new Error(`lexicon: ${file} needs "concepts": {"name": {"fr": [...], "en": [...]}}`);
  const whole = new Map<string, string[]>();
  const prefixes = new Map<string, string[]>();
  const lengths = new Set<number>();
  const put = (map: Map<string, string[]>, key: string, concept: string): void => {
    const list = map.get(key);
    if (!list) map.set(key, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  };
  for (const [concept, byLanguage] of Object.entries(concepts as Record<string, Record<string, unknown>>)) {
    for (const lang of ['fr', 'en']) {
      for (const term of termList(byLanguage?.[lang], `${file} concepts.${concept}.${lang}`)) {
        if (/[ '’-]/.test(term)) throw new Error(`lexicon: ${file} concepts.${concept}.${lang}: "${term}" must be one word (claims' words are compared one by one)`);
        if (term.endsWith('*')) {
          put(prefixes, term.slice(0, -1), concept);
          lengths.add(term.length - 1);
        } else put(whole, term, concept);
      }
    }
  }
  const sorted = [...lengths].sort((a, b) => a - b);
  return (word) => {
    let found = whole.get(word) ?? [];
    for (const n of sorted) {
      if (n > word.length) break;
      const more = prefixes.get(word.slice(0, n));
      if (more) found = [...found, ...more];
    }
    return found;
  };
}

/** The concepts as shipped. */
export const CONCEPTS_OF: ConceptsOf = parseConcepts(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));

/** The concepts of a claim's words. */
export function conceptsIn(words: readonly string[], of: ConceptsOf = CONCEPTS_OF): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const c of of(w)) out.add(c);
  return out;
}
