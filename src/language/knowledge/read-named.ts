// Reads people.jsonl, products.jsonl and events.jsonl: named entities that are not places or organisations.
import type { Fields } from './fields.js';
import { fold } from './fold.js';
import { readRecords as readAll, type FileRef, type Read } from './jsonl.js';
import { bilingual, countryCode, countryCodes, id, type Bilingual } from './read-gazetteer.js';

const firstYear = 1800;
const lastYear = 2100;

/** "from" and "until" years, both optional; "until" may not come before "from". */
function years(f: Fields): { from: number | null; until: number | null } {
  const from = f.optInt('from', firstYear, lastYear);
  const until = f.optInt('until', firstYear, lastYear);
  if (from !== null && until !== null && until < from) f.fail(`"until" (${until}) comes before "from" (${from})`);
  return { from, until };
}

/** Names in "fr" and "en"; at least one of them. */
function names(f: Fields): Bilingual {
  const value = { fr: f.list('fr'), en: f.list('en') };
  if (value.fr.length + value.en.length === 0) f.fail('must give at least one name in "fr" or "en"');
  return value;
}

/** A public figure. */
export interface PersonRow {
  readonly id: string;
  /** Full names, per language: "Vladimir Putin"; "Vladimir Poutine". */
  readonly names: Bilingual;
  /** Family names alone, per language, only when distinctive: "Putin"; "Poutine" (never "Wang", "Kim", "Lee"). */
  readonly surnames: Bilingual;
  readonly roles: readonly string[];
  readonly countries: readonly string[];
  readonly from: number | null;
  readonly until: number | null;
}

/** Reads data/gazetteer/people.jsonl. */
export function readPeople(ref: FileRef): Read<PersonRow> {
  return readAll(ref, 'people', (f) => {
    const rowId = id(f);
    const full = names(f);
    const surnames = bilingual(f, 'surnames');
    // A surname must be a word of one of the full names, so the linker can join "Poutine" to "Vladimir Poutine".
    // Hyphens count as word breaks: "Assad" is a word of "Bachar al-Assad".
    const words = (t: string): string => ` ${fold(t).replace(/-/g, ' ')} `;
    const fullWords = [...full.fr, ...full.en].map(words);
    for (const lang of ['fr', 'en'] as const) {
      for (const s of surnames[lang]) {
        if (!fullWords.some((w) => w.includes(words(s)))) {
          f.fail(`"surnames.${lang}" "${s}" is not a word of any name in "fr" or "en"; write the family name as the full name spells it`);
        }
      }
    }
    const roles = f.list('roles', { nonEmpty: true });
    const countries = countryCodes(f, 'countries');
    if (countries.length === 0) f.fail('"countries" must list at least one ISO 3166-1 alpha-2 code such as "RU"');
    return { id: rowId, names: full, surnames, roles, countries, ...years(f) };
  });
}

const productKinds = [
  'drone', 'loitering-munition', 'sea-drone', 'missile', 'cruise-missile', 'ballistic-missile', 'hypersonic-missile', 'rocket',
  'air-defence', 'fighter', 'bomber', 'transport-aircraft', 'surveillance-aircraft', 'helicopter', 'tank', 'armoured-vehicle',
  'artillery', 'rocket-artillery', 'anti-tank', 'manpads', 'small-arms', 'munition', 'ship', 'submarine', 'satellite-system', 'software',
] as const;
/** What products.jsonl may say a product is. */
export type ProductKind = (typeof productKinds)[number];

/** A weapon system, aircraft, drone, ship or other product. */
export interface ProductRow {
  readonly id: string;
  readonly subkind: ProductKind;
  /** Designations shared by both languages ("Shahed-136", "Shahed 136"); the first is the label. */
  readonly shared: readonly string[];
  /** Designations with a word of one language ("croiseur Moskva"; "Moskva cruiser"). */
  readonly names: Bilingual;
  /** Short designations matched with their exact case only ("G3", "TB2", "SCALP"). */
  readonly acronyms: readonly string[];
  readonly country: string;
  readonly maker: string | null;
  readonly makerKey: string | null;
}

/** Reads data/gazetteer/products.jsonl. */
export function readProducts(ref: FileRef): Read<ProductRow> {
  return readAll(ref, 'products', (f) => {
    const row: ProductRow = {
      id: id(f),
      subkind: f.oneOf('kind', productKinds),
      shared: f.list('names', { optional: true }),
      names: { fr: f.list('fr', { optional: true }), en: f.list('en', { optional: true }) },
      acronyms: f.list('acronyms', { optional: true }),
      country: countryCode(f, 'country'),
      maker: f.optStr('maker'),
      makerKey: f.optStr('makerKey'),
    };
    if (row.shared.length + row.names.fr.length + row.names.en.length === 0) f.fail('must give at least one designation in "names", "fr" or "en"');
    for (const a of row.acronyms) if (!/\p{Lu}/u.test(a)) f.fail(`"acronyms" are matched with their case and need a capital letter; got "${a}"`);
    return row;
  });
}

const eventKinds = ['war', 'invasion', 'military-operation', 'uprising', 'annexation', 'attack', 'battle', 'mutiny', 'summit', 'conference', 'agreement', 'exercise', 'election', 'disaster'] as const;
/** What events.jsonl may say an event is. */
export type EventKind = (typeof eventKinds)[number];

/** A named event. */
export interface EventRow {
  readonly id: string;
  readonly subkind: EventKind;
  readonly names: Bilingual;
  readonly acronyms: Bilingual;
  readonly countries: readonly string[];
  readonly from: number | null;
  readonly until: number | null;
}

/** Reads data/gazetteer/events.jsonl. */
export function readEvents(ref: FileRef): Read<EventRow> {
  return readAll(ref, 'events', (f) => ({
    id: id(f),
    subkind: f.oneOf('kind', eventKinds),
    names: names(f),
    acronyms: bilingual(f, 'acronyms'),
    countries: countryCodes(f, 'countries'),
    ...years(f),
  }));
}
