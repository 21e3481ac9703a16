// The alarm lexicon (data/lexicon/sensational.json), validated on load.
import { readFileSync } from 'node:fs';

/** One loaded or alarmist term: a stem matched at the start of a word. */
export interface AlarmTerm {
  readonly stem: string;
  readonly weight: number;
  readonly lang: 'fr' | 'en';
}

let cached: AlarmTerm[] | null = null;
const FILE = 'data/lexicon/sensational.json';

/** The alarm lexicon; throws `lexicon: ...` naming the entry and what is wrong. */
export function alarmLexicon(): readonly AlarmTerm[] {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')) as { terms?: unknown; licence?: unknown; source?: unknown };
  if (typeof raw.source !== 'string' || typeof raw.licence !== 'string') throw new Error(`lexicon: ${FILE} needs "source" and "licence"`);
  if (!Array.isArray(raw.terms)) throw new Error(`lexicon: ${FILE} needs a "terms" array`);
  cached = raw.terms.map((t: unknown, i: number) => {
    const term = t as Partial<AlarmTerm>;
    if (typeof term.stem !== 'string' || term.stem.trim() === '') throw new Error(`lexicon: ${FILE} term ${i}: "stem" must be a non-empty string`);
    if (typeof term.weight !== 'number' || term.weight < 1 || term.weight > 3) throw new Error(`lexicon: ${FILE} term ${i} ("${term.stem}"): "weight" must be 1, 2 or 3`);
    if (term.lang !== 'fr' && term.lang !== 'en') throw new Error(`lexicon: ${FILE} term ${i} ("${term.stem}"): "lang" must be "fr" or "en"`);
    return { stem: term.stem.toLowerCase(), weight: term.weight, lang: term.lang };
  });
  return cached;
}
