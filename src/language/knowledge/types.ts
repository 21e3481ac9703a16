// The knowledge the language layer reads from data/: gazetteers and lexicons, and the indexes built over them.

/** The mention types of issue 3. */
export type EntityType = 'person' | 'org' | 'place' | 'product' | 'event';

/** Which gazetteer an entity comes from. */
export type EntityKind =
  | 'country' | 'city' | 'region' | 'water' | 'continent' | 'bloc'
  | 'organisation' | 'armed-group' | 'state-body' | 'agency' | 'outlet'
  | 'person' | 'product' | 'event';

/** How a form refers to its entity. */
export type FormRole =
  | 'name' // "Chine", "China", "Pékin"
  | 'acronym' // "OTAN", "NATO": matched with its case
  | 'surname' // "Poutine", "Putin": a person's family name alone; matched only with a capital ("poutine" is a dish)
  | 'demonym' // "chinoises", "Chinese": points at the country, never an entity of its own
  | 'metonym' // "Pékin a démenti": the capital stands for the state
  | 'prefix'; // "sino-" in "sino-russe"

/** A language tag for a form; null when a form is shared ("G7", "Reuters"). */
export type Lang = 'fr' | 'en' | null;

/** One way of writing an entity's name. */
export interface NameForm {
  readonly form: string;
  readonly lang: Lang;
  readonly role: FormRole;
}

/** An entity the gazetteers know: a country, a city, an organisation, an outlet... */
export interface KnownEntity {
  /** Stable key: "country:CN", "city:CN:beijing", "place:black-sea", "org:nato", "media:reuters", "person:vladimir-putin",
   * "product:garpiya-3", "event:world-war-2". */
  readonly key: string;
  readonly type: EntityType;
  readonly kind: EntityKind;
  /** The finer kind a file gives ("alliance", "ministry", "sea", "capital"...), or null. */
  readonly subkind: string | null;
  /** The name to show, per language. */
  readonly label: { readonly fr: string; readonly en: string };
  readonly names: readonly NameForm[];
  /** ISO 3166-1 alpha-2 codes of the countries it belongs to or lies in ("CN" for Pékin, "UA","RU" for Crimea). */
  readonly countries: readonly string[];
  /** The entity a form of this one can stand for ("city:CN:beijing" -> "country:CN"), or null. */
  readonly metonymFor: string | null;
  /** The data file it was read from, for explanations. */
  readonly file: string;
}

/** A country with what only countries have. */
export interface Country extends KnownEntity {
  readonly code: string;
  readonly code3: string;
  /** Demonyms and adjectives, all forms: "chinois", "chinoise", "chinoises"; "Chinese". */
  readonly demonyms: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** Bound prefixes of compound adjectives: "sino-", "russo-". */
  readonly prefixes: readonly string[];
  /** Key of the capital's city entity ("city:CN:beijing"), or null when no city record matches. */
  readonly capital: string | null;
}

/** A news agency or outlet. */
export interface MediaOutlet extends KnownEntity {
  readonly isAgency: boolean;
}

/** A public figure of people.jsonl. */
export interface Person extends KnownEntity {
  /** Offices held, free text: "President of Russia". */
  readonly roles: readonly string[];
  /** Family names alone, as the file writes them ("Putin", "Poutine"); also in `names` with role 'surname'. */
  readonly surnames: readonly string[];
  /** First and last year the person matters to the news (in office...), or null when open. */
  readonly from: number | null;
  readonly until: number | null;
}

/** A weapon system, aircraft, drone, ship or other product of products.jsonl; `subkind` says which. */
export interface Product extends KnownEntity {
  /** Who makes it, as written ("Lockheed Martin"), or null. */
  readonly maker: string | null;
  /** The maker's entity key when the gazetteers know it, or null. */
  readonly makerKey: string | null;
}

/** A named event of events.jsonl: a war, an attack, a summit, an exercise. */
export interface NamedEvent extends KnownEntity {
  /** First and last year, or null (a recurring event such as "G7 summit" has neither). */
  readonly from: number | null;
  readonly until: number | null;
}

/** What a folded form may refer to: one row per entity a form names. */
export interface Candidate {
  readonly key: string;
  readonly type: EntityType;
  readonly kind: EntityKind;
  readonly role: FormRole;
  /** The form as the data file writes it ("OTAN"): acronyms only match this exact case. */
  readonly form: string;
  readonly lang: Lang;
}

/** A first name, with the spellings news uses for it. */
export interface FirstName {
  readonly name: string;
  /** Origin of the name: "fr", "en", "ru", "uk", "zh", "ar"... */
  readonly lang: string;
  readonly gender: 'm' | 'f' | 'x';
  readonly variants: readonly string[];
}

/** A form of address or title written before a name ("M.", "Mme", "President"). */
export interface Honorific {
  readonly form: string;
  readonly lang: 'fr' | 'en';
  readonly gender: 'm' | 'f' | 'x';
  readonly kind: 'civil' | 'academic' | 'legal' | 'religious' | 'noble' | 'political' | 'military';
  readonly meaning: string;
}

/** A role noun ("porte-parole", "spokesperson") and whether it designates a person. */
export interface Role {
  readonly id: string;
  readonly kind: 'office' | 'occupation' | 'anonymous' | 'collective' | 'document';
  readonly isPerson: boolean;
  readonly fr: readonly string[];
  readonly en: readonly string[];
}

/** A Chinese surname: in "Xi Jinping" the first word is the surname. */
export interface ChineseSurname {
  readonly name: string;
  readonly hanzi: string;
  readonly variants: readonly string[];
}

/** One spelling rule of the comparison key ("ou" -> "u": Koupol / Kupol). */
export interface TransliterationRule {
  readonly from: string;
  readonly to: string;
  readonly at: 'any' | 'start' | 'end';
  readonly example: string;
}

/** Where a data file came from, as its header record says. */
export interface KnowledgeFile {
  /** Path from the repository root: "data/gazetteer/countries.jsonl". */
  readonly file: string;
  readonly kind: string;
  readonly source: string;
  readonly licence: string;
  /** The script that wrote it, or null when hand-written. */
  readonly generatedBy: string | null;
  readonly records: number;
}

/** Everything loaded from data/, with its lookups. */
export interface Knowledge {
  readonly files: readonly KnowledgeFile[];
  readonly entities: ReadonlyMap<string, KnownEntity>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly media: ReadonlyMap<string, MediaOutlet>;
  /** Public figures by key ("person:vladimir-putin"). */
  readonly people: ReadonlyMap<string, Person>;
  /** Weapon systems and other products by key ("product:garpiya-3"). */
  readonly products: ReadonlyMap<string, Product>;
  /** Named events by key ("event:world-war-2"). */
  readonly events: ReadonlyMap<string, NamedEvent>;
  readonly roles: readonly Role[];
  readonly honorifics: readonly Honorific[];
  /** What a surface form may name; acronyms only when the case matches ("OTAN", not "otan"), surnames only with a capital. */
  lookup(text: string): readonly Candidate[];
  /** The country of a demonym or adjective, compounds included: "chinoises" -> [CN]; "sino-russe" -> [CN, RU]. */
  countriesOfAdjective(word: string): readonly Country[];
  /** Entities an acronym stands for, in any language: "OTAN" and "NATO" -> [org:nato]. */
  expandAcronym(acronym: string): readonly KnownEntity[];
  /** The acronyms of an entity in both languages: org:nato -> OTAN, Otan, NATO. */
  acronymsOf(key: string): readonly NameForm[];
  /** The role a noun designates ("porte-parole" -> spokesperson), or null. */
  role(text: string): Role | null;
  /** The honorific a word is ("Mme" -> Madame), or null. */
  honorific(text: string): Honorific | null;
  /** First names spelt this way, by comparison key ("Sergueï", "Sergey" -> Sergei). */
  firstNames(text: string): readonly FirstName[];
  /** The Chinese surname a word is ("Xi"), or null. */
  chineseSurname(text: string): ChineseSurname | null;
  /** The comparison key of a name after transliteration rules: nameKey("Koupol") === nameKey("Kupol"). */
  nameKey(text: string): string;
}
