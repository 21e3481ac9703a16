// Assembles the Knowledge object: entity tables plus the lexicon indexes, behind the lookup functions.
import type { EntityTables } from './build-entities.js';
import { countryCodesOfAdjective } from './compound.js';
import type { CyrillicRow } from './cyrillic.js';
import { fold } from './fold.js';
import { makeNameKey } from './name-key.js';
import type {
  Candidate, ChineseSurname, Country, FirstName, Honorific, Knowledge, KnowledgeFile, KnownEntity, NameForm, Role,
  TransliterationRule,
} from './types.js';

/** Lexicon records, read. */
export interface LexiconRecords {
  readonly firstNames: readonly FirstName[];
  readonly chineseSurnames: readonly ChineseSurname[];
  readonly honorifics: readonly Honorific[];
  readonly roles: readonly Role[];
  readonly transliteration: readonly TransliterationRule[];
  readonly cyrillic: readonly CyrillicRow[];
}

function indexBy<T>(items: readonly T[], keysOf: (t: T) => readonly string[], key: (s: string) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keysOf(item).map(key))) {
      if (k === '') continue;
      const list = map.get(k);
      if (list === undefined) map.set(k, [item]);
      else if (!list.includes(item)) list.push(item);
    }
  }
  return map;
}

/** What a lookup of a form that names nothing returns. */
const NONE: readonly Candidate[] = Object.freeze([]);

/** Builds the lookups over already-checked tables and records. */
export function createKnowledge(files: readonly KnowledgeFile[], tables: EntityTables, lexicon: LexiconRecords): Knowledge {
  const nameKey = makeNameKey(lexicon.transliteration, lexicon.cyrillic);
  const roles = indexBy(lexicon.roles, (r) => [...r.fr, ...r.en], fold);
  const honorifics = indexBy(lexicon.honorifics, (h) => [h.form], fold);
  const firstNames = indexBy(lexicon.firstNames, (n) => [n.name, ...n.variants], nameKey);
  const surnames = indexBy(lexicon.chineseSurnames, (s) => [s.name], fold);
  const surnameVariants = indexBy(lexicon.chineseSurnames, (s) => s.variants, fold);
  const countryNames = new Map<string, string[]>();
  for (const [form, candidates] of tables.forms) {
    const codes = candidates.filter((c) => c.kind === 'country' && c.role !== 'demonym').map((c) => c.key.slice('country:'.length));
    if (codes.length > 0) countryNames.set(form, codes);
  }
  const acronymEntities = new Map<string, KnownEntity[]>();
  for (const e of tables.entities.values()) {
    for (const n of e.names) {
      if (n.role !== 'acronym') continue;
      const list = acronymEntities.get(n.form) ?? [];
      if (!list.includes(e)) list.push(e);
      acronymEntities.set(n.form, list);
    }
  }
  const countryOf = (code: string): Country => tables.countries.get(code)!;

  return {
    files,
    entities: tables.entities,
    countries: tables.countries,
    media: tables.media,
    people: tables.people,
    products: tables.products,
    events: tables.events,
    roles: lexicon.roles,
    honorifics: lexicon.honorifics,
    lookup(text: string): readonly Candidate[] {
      const found = tables.forms.get(fold(text));
      if (found === undefined) return NONE; // most n-grams of a text name nothing
      const exact = text.trim();
      // Acronyms match their exact case ("OTAN", not "otan"); surnames need a capital ("Poutine", "von der Leyen", not the dish "poutine").
      const capitalised = /\p{Lu}/u.test(exact);
      return found.filter((c) => (c.role !== 'acronym' || c.form === exact) && (c.role !== 'surname' || capitalised));
    },
    countriesOfAdjective(word: string): readonly Country[] {
      return countryCodesOfAdjective(word, { demonyms: tables.demonyms, prefixes: tables.prefixes, countryNames }).map(countryOf);
    },
    expandAcronym(acronym: string): readonly KnownEntity[] {
      return acronymEntities.get(acronym.trim()) ?? [];
    },
    acronymsOf(key: string): readonly NameForm[] {
      return tables.entities.get(key)?.names.filter((n) => n.role === 'acronym') ?? [];
    },
    role(text: string): Role | null {
      return roles.get(fold(text))?.[0] ?? null;
    },
    honorific(text: string): Honorific | null {
      const found = honorifics.get(fold(text)) ?? [];
      return found.find((h) => h.form === text.trim()) ?? found[0] ?? null;
    },
    firstNames(text: string): readonly FirstName[] {
      return firstNames.get(nameKey(text)) ?? [];
    },
    chineseSurname(text: string): ChineseSurname | null {
      const k = fold(text);
      return surnames.get(k)?.[0] ?? surnameVariants.get(k)?.[0] ?? null;
    },
    nameKey,
  };
}
