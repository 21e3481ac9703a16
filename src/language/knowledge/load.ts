// loadKnowledge(): reads and checks every file under data/, once per process.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEntities } from './build-entities.js';
import { createKnowledge } from './create-knowledge.js';
import type { FileRef } from './jsonl.js';
import { readCities, readCityExonyms, readCountries, readCountrySupplement, readMedia, readOrganisations, readPlaces } from './read-gazetteer.js';
import { readEvents, readPeople, readProducts } from './read-named.js';
import { readChineseSurnames, readCyrillic, readFirstNames, readHonorifics, readRoles, readTransliteration } from './read-lexicon.js';
import type { Knowledge } from './types.js';

/** The repository's data/ folder, found from this module (src/ or dist/, both three levels down). */
export function defaultDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, '..', '..', '..', 'data');
  if (!existsSync(join(dir, 'gazetteer'))) {
    throw new Error(`knowledge: no data/gazetteer next to the code (looked in ${dir}); run from a recoupe checkout or pass the folder to loadKnowledgeFrom()`);
  }
  return dir;
}

/** Reads every knowledge file under `dataDir` and builds the indexes; throws KnowledgeError on the first bad record. */
export function loadKnowledgeFrom(dataDir: string): Knowledge {
  const root = join(dataDir, '..');
  const ref = (path: string): FileRef => ({ path: join(dataDir, path), file: relative(root, join(dataDir, path)) });
  const g = (name: string): FileRef => ref(`gazetteer/${name}.jsonl`);
  const l = (name: string): FileRef => ref(`lexicon/${name}.jsonl`);

  const gazetteer = {
    countries: readCountries(g('countries')),
    countrySupplement: readCountrySupplement(g('countries-supplement')),
    cities: readCities(g('cities')),
    cityExonyms: readCityExonyms(g('city-exonyms')),
    places: [
      { kind: 'region' as const, read: readPlaces(g('regions'), 'regions') },
      { kind: 'water' as const, read: readPlaces(g('waters'), 'waters') },
      { kind: 'bloc' as const, read: readPlaces(g('continents-blocs'), 'continents-blocs') },
    ],
    organisations: [
      { kind: 'organisation' as const, read: readOrganisations(g('organisations'), 'organisations') },
      { kind: 'armed-group' as const, read: readOrganisations(g('armed-groups'), 'armed-groups') },
      { kind: 'state-body' as const, read: readOrganisations(g('state-bodies'), 'state-bodies') },
    ],
    media: readMedia(g('media')),
    people: readPeople(g('people')),
    products: readProducts(g('products')),
    events: readEvents(g('events')),
  };
  const lexicon = {
    firstNames: readFirstNames(l('first-names'), 'first-names'),
    firstNamesSupplement: readFirstNames(l('first-names-supplement'), 'first-names-supplement'),
    chineseSurnames: readChineseSurnames(l('chinese-surnames')),
    honorifics: readHonorifics(l('honorifics')),
    roles: readRoles(l('roles')),
    transliteration: readTransliteration(l('transliteration')),
    cyrillic: readCyrillic(l('cyrillic-latin')),
  };
  const files = [
    gazetteer.countries, gazetteer.countrySupplement, gazetteer.cities, gazetteer.cityExonyms,
    ...gazetteer.places.map((p) => p.read), ...gazetteer.organisations.map((o) => o.read), gazetteer.media,
    gazetteer.people, gazetteer.products, gazetteer.events, ...Object.values(lexicon),
  ].map((r) => r.header);
  const values = <T>(r: { readonly rows: readonly { readonly value: T }[] }): T[] => r.rows.map((x) => x.value);
  return createKnowledge(files, buildEntities(gazetteer), {
    firstNames: [...values(lexicon.firstNamesSupplement), ...values(lexicon.firstNames)],
    chineseSurnames: values(lexicon.chineseSurnames),
    honorifics: values(lexicon.honorifics),
    roles: values(lexicon.roles),
    transliteration: values(lexicon.transliteration),
    cyrillic: values(lexicon.cyrillic),
  });
}

let cached: Knowledge | null = null;

/** The knowledge under the repository's data/, loaded and checked on first call, then shared. */
export function loadKnowledge(): Knowledge {
  cached ??= loadKnowledgeFrom(defaultDataDir());
  return cached;
}
