// Turns gazetteer rows into entities with keys, checks references across files, and indexes every form.
import type { Fields } from './fields.js';
import { fold, slug } from './fold.js';
import type { Read } from './jsonl.js';
import type {
  Bilingual, CityExonymRow, CityRow, CountryRow, CountrySupplementRow, MediaRow, OrganisationRow, PlaceRow,
} from './read-gazetteer.js';
import type { EventRow, PersonRow, ProductRow } from './read-named.js';
import type {
  Candidate, Country, EntityKind, EntityType, FormRole, KnownEntity, Lang, MediaOutlet, NamedEvent, NameForm, Person, Product,
} from './types.js';

/** Every gazetteer file, read. */
export interface GazetteerRows {
  readonly countries: Read<CountryRow>;
  readonly countrySupplement: Read<CountrySupplementRow>;
  readonly cities: Read<CityRow>;
  readonly cityExonyms: Read<CityExonymRow>;
  readonly places: readonly { readonly kind: EntityKind; readonly read: Read<PlaceRow> }[];
  readonly organisations: readonly { readonly kind: EntityKind; readonly read: Read<OrganisationRow> }[];
  readonly media: Read<MediaRow>;
  readonly people: Read<PersonRow>;
  readonly products: Read<ProductRow>;
  readonly events: Read<EventRow>;
}

/** The entity tables and the form index. */
export interface EntityTables {
  readonly entities: Map<string, KnownEntity>;
  readonly countries: Map<string, Country>;
  readonly media: Map<string, MediaOutlet>;
  readonly people: Map<string, Person>;
  readonly products: Map<string, Product>;
  readonly events: Map<string, NamedEvent>;
  /** Folded form -> what it may name. */
  readonly forms: Map<string, Candidate[]>;
  /** Folded demonym -> country codes ("congolais" -> CD, CG). */
  readonly demonyms: Map<string, string[]>;
  /** Folded prefix without its dash ("sino") -> country codes. */
  readonly prefixes: Map<string, string[]>;
}

interface Draft {
  key: string;
  type: EntityType;
  kind: EntityKind;
  subkind: string | null;
  label: { fr: string; en: string };
  names: NameForm[];
  countries: string[];
  metonymFor: string | null;
  file: string;
  extra: Record<string, unknown>;
}

// "NATO", "U.S.", "G7", "UNSC": written in capitals, so matched with their case ("US" is not "us").
const acronymLike = /^(?=(?:.*[A-Z]){2})[A-Z0-9.&/+-]+$/;

function addName(d: Draft, form: string, lang: Lang, role: FormRole): void {
  const r: FormRole = role === 'name' && acronymLike.test(form) ? 'acronym' : role;
  if (!d.names.some((n) => n.form === form && n.role === r && n.lang === lang)) d.names.push({ form, lang, role: r });
}
function addBilingual(d: Draft, names: Bilingual, role: FormRole): void {
  for (const f of names.fr) addName(d, f, 'fr', role);
  for (const f of names.en) addName(d, f, 'en', role);
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V, same: (a: V) => boolean): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.some(same)) list.push(value);
}

/** Builds the entities of every gazetteer; throws a KnowledgeError at the first bad reference. */
export function buildEntities(rows: GazetteerRows): EntityTables {
  const drafts = new Map<string, Draft>();
  const origin = new Map<string, Fields>();
  const put = (d: Draft, at: Fields): void => {
    if (drafts.has(d.key)) at.fail(`"${d.key}" is already defined in ${drafts.get(d.key)!.file}; give this record another id`);
    drafts.set(d.key, d);
    origin.set(d.key, at);
  };
  const draft = (key: string, type: EntityType, kind: EntityKind, file: string, label: { fr: string; en: string }): Draft =>
    ({ key, type, kind, subkind: null, label, names: [], countries: [], metonymFor: null, file, extra: {} });

  // Countries, then what the supplement adds to them.
  const countryFile = rows.countries.header.file;
  for (const { at, value: c } of rows.countries.rows) {
    const d = draft(`country:${c.code}`, 'place', 'country', countryFile, { fr: c.fr, en: c.en });
    d.countries = [c.code];
    d.subkind = c.independent ? 'state' : 'territory';
    addName(d, c.fr, 'fr', 'name');
    addName(d, c.en, 'en', 'name');
    addBilingual(d, c.names, 'name');
    addBilingual(d, c.demonyms, 'demonym');
    d.extra = { code: c.code, code3: c.code3, capitals: c.capitals, prefixes: [] as string[] };
    put(d, at);
  }
  for (const { at, value: s } of rows.countrySupplement.rows) {
    const d = drafts.get(`country:${s.code}`) ?? at.fail(`"code" "${s.code}" is not in ${countryFile}; use a code listed there`);
    addBilingual(d, s.names, 'name');
    addBilingual(d, s.demonyms, 'demonym');
    for (const p of s.prefixes) addName(d, p, null, 'prefix');
  }
  const isCountry = (code: string): boolean => drafts.has(`country:${code}`);

  // Cities, then exonyms (which may add cities).
  const cityFile = rows.cities.header.file;
  for (const { at, value: c } of rows.cities.rows) {
    if (!isCountry(c.country)) at.fail(`"country" "${c.country}" is not in ${countryFile}`);
    const d = draft(`city:${c.id}`, 'place', 'city', cityFile, { fr: c.en, en: c.en });
    d.subkind = c.capital ? 'capital' : null;
    d.countries = [c.country];
    addName(d, c.en, null, 'name');
    put(d, at);
  }
  for (const { at, value: x } of rows.cityExonyms.rows) {
    let d = drafts.get(`city:${x.id}`);
    if (d === undefined) {
      const missing = (): never => at.fail(`city "${x.id}" is not in ${cityFile}; give "en" and "country" to add it`);
      const en = x.en ?? missing();
      const country = x.country ?? missing();
      if (!isCountry(country)) at.fail(`"country" "${country}" is not in ${countryFile}`);
      d = draft(`city:${x.id}`, 'place', 'city', rows.cityExonyms.header.file, { fr: en, en });
      d.countries = [country];
      addName(d, en, 'en', 'name');
      put(d, at);
    }
    if (x.fr[0] !== undefined) d.label.fr = x.fr[0];
    for (const f of x.fr) addName(d, f, 'fr', 'name');
    for (const f of x.aliases) addName(d, f, null, 'name');
    if (x.metonymFor !== null) {
      d.metonymFor = x.metonymFor;
      origin.set(d.key, at);
    }
  }

  // Regions, waters, continents and blocs.
  for (const { kind, read } of rows.places) {
    for (const { at, value: p } of read.rows) {
      for (const c of p.countries) if (!isCountry(c)) at.fail(`"countries" lists "${c}", which is not in ${countryFile}`);
      const kindOf: EntityKind = p.subkind === 'continent' ? 'continent' : p.subkind === 'bloc' ? 'bloc' : kind;
      const d = draft(`place:${p.id}`, 'place', kindOf, read.header.file, { fr: p.names.fr[0] ?? p.names.en[0]!, en: p.names.en[0]! });
      d.subkind = p.subkind;
      d.countries = [...p.countries];
      addBilingual(d, p.names, 'name');
      put(d, at);
    }
  }

  // Organisations, armed groups, state bodies.
  for (const { kind, read } of rows.organisations) {
    for (const { at, value: o } of read.rows) {
      for (const c of o.countries) if (!isCountry(c)) at.fail(`country "${c}" is not in ${countryFile}`);
      const en = o.names.en[0] ?? o.acronyms.en[0] ?? o.names.fr[0] ?? o.acronyms.fr[0]!;
      const fr = o.names.fr[0] ?? o.acronyms.fr[0] ?? en;
      const d = draft(`org:${o.id}`, 'org', kind, read.header.file, { fr, en });
      d.subkind = o.subkind;
      d.countries = [...o.countries];
      addBilingual(d, o.names, 'name');
      addBilingual(d, o.acronyms, 'acronym');
      put(d, at);
    }
  }

  // Media.
  for (const { at, value: m } of rows.media.rows) {
    if (!isCountry(m.country)) at.fail(`"country" "${m.country}" is not in ${countryFile}`);
    const d = draft(`media:${m.id}`, 'org', m.isAgency ? 'agency' : 'outlet', rows.media.header.file, { fr: m.name, en: m.name });
    d.countries = [m.country];
    addName(d, m.name, null, 'name');
    for (const a of m.aliases) addName(d, a, null, 'name');
    put(d, at);
  }

  addNamed(rows, put, draft, isCountry);

  // References across files, now that every key exists.
  for (const d of drafts.values()) {
    if (d.metonymFor !== null && !drafts.has(d.metonymFor)) {
      origin.get(d.key)!.fail(`"metonymFor" "${d.metonymFor}" is no known entity; use a key such as "country:CN" or "org:eu"`);
    }
    const makerKey = d.extra['makerKey'];
    if (typeof makerKey === 'string' && !drafts.has(makerKey)) {
      origin.get(d.key)!.fail(`"makerKey" "${makerKey}" is no known entity; use a key such as "org:rosatom", or null and give "maker"`);
    }
  }
  return freeze(drafts);
}

type Put = (d: Draft, at: Fields) => void;
type MakeDraft = (key: string, type: EntityType, kind: EntityKind, file: string, label: { fr: string; en: string }) => Draft;

// People, products and events (read-named.ts).
function addNamed(rows: GazetteerRows, put: Put, draft: MakeDraft, isCountry: (code: string) => boolean): void {
  const countryFile = rows.countries.header.file;
  const checkCountries = (at: Fields, codes: readonly string[]): void => {
    for (const c of codes) if (!isCountry(c)) at.fail(`country "${c}" is not in ${countryFile}`);
  };
  for (const { at, value: p } of rows.people.rows) {
    checkCountries(at, p.countries);
    const en = p.names.en[0] ?? p.names.fr[0]!;
    const d = draft(`person:${p.id}`, 'person', 'person', rows.people.header.file, { fr: p.names.fr[0] ?? en, en });
    d.countries = [...p.countries];
    addBilingual(d, p.names, 'name');
    addBilingual(d, p.surnames, 'surname');
    d.extra = { roles: p.roles, surnames: [...new Set([...p.surnames.en, ...p.surnames.fr])], from: p.from, until: p.until };
    put(d, at);
  }
  for (const { at, value: p } of rows.products.rows) {
    checkCountries(at, [p.country]);
    const en = p.shared[0] ?? p.names.en[0] ?? p.names.fr[0]!;
    const d = draft(`product:${p.id}`, 'product', 'product', rows.products.header.file, { fr: p.shared[0] ?? p.names.fr[0] ?? en, en });
    d.subkind = p.subkind;
    d.countries = [p.country];
    for (const n of p.shared) addName(d, n, null, 'name');
    addBilingual(d, p.names, 'name');
    for (const a of p.acronyms) addName(d, a, null, 'acronym');
    d.extra = { maker: p.maker, makerKey: p.makerKey };
    put(d, at);
  }
  for (const { at, value: e } of rows.events.rows) {
    checkCountries(at, e.countries);
    const en = e.names.en[0] ?? e.names.fr[0]!;
    const d = draft(`event:${e.id}`, 'event', 'event', rows.events.header.file, { fr: e.names.fr[0] ?? en, en });
    d.subkind = e.subkind;
    d.countries = [...e.countries];
    addBilingual(d, e.names, 'name');
    addBilingual(d, e.acronyms, 'acronym');
    d.extra = { from: e.from, until: e.until };
    put(d, at);
  }
}

function freeze(drafts: Map<string, Draft>): EntityTables {
  const entities = new Map<string, KnownEntity>();
  const countries = new Map<string, Country>();
  const media = new Map<string, MediaOutlet>();
  const people = new Map<string, Person>();
  const products = new Map<string, Product>();
  const events = new Map<string, NamedEvent>();
  const forms = new Map<string, Candidate[]>();
  const demonyms = new Map<string, string[]>();
  const prefixes = new Map<string, string[]>();
  const cityOf = (code: string, name: string): string | null => {
    const key = `city:${code}:${slug(name)}`;
    return drafts.has(key) ? key : null;
  };

  for (const d of drafts.values()) {
    const { extra, ...rest } = d;
    const base: KnownEntity = rest;
    let entity: KnownEntity = base;
    if (d.kind === 'country') {
      const code = extra['code'] as string;
      const capitals = extra['capitals'] as string[];
      const country: Country = {
        ...base,
        code,
        code3: extra['code3'] as string,
        demonyms: {
          fr: d.names.filter((n) => n.role === 'demonym' && n.lang === 'fr').map((n) => n.form),
          en: d.names.filter((n) => n.role === 'demonym' && n.lang === 'en').map((n) => n.form),
        },
        prefixes: d.names.filter((n) => n.role === 'prefix').map((n) => n.form),
        capital: capitals.map((c) => cityOf(code, c)).find((k) => k !== null) ?? null,
      };
      countries.set(code, country);
      entity = country;
      for (const n of d.names) {
        if (n.role === 'demonym') pushTo(demonyms, fold(n.form), code, (c) => c === code);
        if (n.role === 'prefix') pushTo(prefixes, fold(n.form).replace(/-$/, ''), code, (c) => c === code);
      }
    } else if (d.kind === 'agency' || d.kind === 'outlet') {
      const outlet: MediaOutlet = { ...base, isAgency: d.kind === 'agency' };
      media.set(d.key, outlet);
      entity = outlet;
    } else if (d.kind === 'person') {
      const person: Person = {
        ...base, roles: extra['roles'] as string[], surnames: extra['surnames'] as string[],
        from: extra['from'] as number | null, until: extra['until'] as number | null,
      };
      people.set(d.key, person);
      entity = person;
    } else if (d.kind === 'product') {
      const product: Product = { ...base, maker: extra['maker'] as string | null, makerKey: extra['makerKey'] as string | null };
      products.set(d.key, product);
      entity = product;
    } else if (d.kind === 'event') {
      const event: NamedEvent = { ...base, from: extra['from'] as number | null, until: extra['until'] as number | null };
      events.set(d.key, event);
      entity = event;
    }
    entities.set(d.key, entity);
    for (const n of d.names) {
      if (n.role === 'prefix') continue;
      const c: Candidate = { key: d.key, type: d.type, kind: d.kind, role: n.role, form: n.form, lang: n.lang };
      // "Etats-Unis" and "États-Unis" fold alike: one candidate is enough, except acronyms, matched on their exact form.
      pushTo(forms, fold(n.form), c, (x) => x.key === c.key && x.role === c.role && (c.role !== 'acronym' || x.form === c.form));
      if (d.metonymFor !== null && n.role === 'name') {
        const target = drafts.get(d.metonymFor)!;
        const m: Candidate = { key: target.key, type: target.type, kind: target.kind, role: 'metonym', form: n.form, lang: n.lang };
        pushTo(forms, fold(n.form), m, (x) => x.key === m.key && x.role === 'metonym');
      }
    }
  }
  return { entities, countries, media, people, products, events, forms, demonyms, prefixes };
}
