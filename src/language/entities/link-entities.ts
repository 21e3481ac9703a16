// Mentions -> entities, within each article then across articles.
// Within an article: gazetteer keys; "Garpiya-3 (G3)" makes G3 an alias; a surname joins the full name ("Stoltenberg"
// -> "Jens Stoltenberg", "M. Xi" -> "Xi Jinping"); "Kupol" joins "IEMZ Kupol"; "NYT" joins "New York Times".
// Across articles: the same key, or the same spelling-insensitive name key (Kupol = Koupol, Sergueï = Sergei).
import { createHash } from 'node:crypto';
import type { Entity, Mention } from '../../core/dossier.js';
import type { Knowledge } from '../knowledge/index.js';
import type { MentionType, RawMention } from '../mentions/find-mentions.js';

/** The mentions found in one article. */
export interface ArticleMentions {
  readonly article: string;
  readonly language: string;
  readonly text: string;
  readonly mentions: readonly RawMention[];
}

/** A group of mentions being formed into an entity. */
interface Group {
  key: string;
  type: MentionType | null;
  mentions: { article: string; raw: RawMention }[];
  /** Words of the longest name, for surname and partial matches. */
  words: string[];
  known: boolean;
}

const TYPE_RANK: Record<MentionType, number> = { person: 5, product: 4, org: 3, event: 3, place: 2, other: 0 };
const LEADING_ARTICLE = /^(?:(?:the|le|la|les)\s+|l['’]\s*)/i;
/** Honorifics kept in a mention's span ("M. Xi") but not part of the name. */
const HONORIFIC = /^(M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Me)\.?\s+/;
const bareName = (s: string): string => s.replace(LEADING_ARTICLE, '').replace(HONORIFIC, '');
const wordsOf = (s: string): string[] => bareName(s).split(/[\s]+/).filter(Boolean);

/** The dossier id of the entity with this key ("country:CN", "name:..."). */
export function entityIdOf(key: string): string {
  return `e_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * Each capital's entity id -> its state's: "shipped UAVs to Moscow" and "supplied drones to Russia" name the same
 * actor, though "à Moscou", "to Moscow" make the city a mention of its own (the metonym rule keeps places apart).
 */
export function capitalStates(knowledge: Knowledge): ReadonlyMap<string, string> {
  let out = CAPITAL_STATES.get(knowledge);
  if (!out) {
    out = new Map([...knowledge.countries.values()].filter((c) => c.capital).map((c) => [entityIdOf(c.capital!), entityIdOf(c.key)]));
    CAPITAL_STATES.set(knowledge, out);
  }
  return out;
}
// Built once per knowledge: claim features and article profiles both ask for it on every run.
const CAPITAL_STATES = new WeakMap<Knowledge, ReadonlyMap<string, string>>();

/** Forms entities from every article's mentions. */
export function linkEntities(articles: readonly ArticleMentions[], knowledge: Knowledge): Entity[] {
  const corpus = new Map<string, Group>();
  for (const a of articles) {
    for (const g of groupArticle(a, knowledge)) mergeInto(corpus, g);
  }
  // Types are voted once all articles are merged (voting at each merge made linking quadratic).
  for (const g of corpus.values()) g.type = typeOf(g);
  joinSurnamesAcrossArticles(corpus, knowledge);
  return [...corpus.values()].map((g) => toEntity(g, knowledge)).sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
}

// One article's groups.
function groupArticle(a: ArticleMentions, knowledge: Knowledge): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Types are voted once every mention is grouped: until then no group has one (partOf relies on it).
  const parts = new NameParts(knowledge);
  const groupAt = new Map<number, Group>(); // a mention's start -> its group (mentions of one text never overlap)
  const join = (g: Group, raw: RawMention): void => {
    g.mentions.push({ article: a.article, raw });
    if (!groupAt.has(raw.start)) groupAt.set(raw.start, g);
  };
  const add = (raw: RawMention, key: string, known: boolean): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { key, type: null, mentions: [], words: [], known };
      byKey.set(key, g);
      groups.push(g);
    }
    join(g, raw);
    const w = wordsOf(raw.text);
    if (raw.role !== 'demonym' && w.length > g.words.length) {
      g.words = w;
      // Known people too: "Pelosi" alone joins the gazetteer's "Nancy Pelosi" of the same article.
      if (!known || raw.type === 'person') parts.index(g);
    }
    return g;
  };
  // Multi-word names first, so that a lone surname finds its full name whatever the order.
  const wordCount = new Map(a.mentions.map((m) => [m, wordsOf(m.text).length]));
  const ordered = [...a.mentions].sort((x, y) => wordCount.get(y)! - wordCount.get(x)! || x.start - y.start);
  const aliasOf = parentheticalAliases(a);
  for (const m of ordered) {
    if (m.key) {
      add(m, m.key, true);
      continue;
    }
    const parent = aliasOf.get(m.start);
    if (parent) {
      const target = groupAt.get(parent.start);
      if (target) {
        join(target, m);
        byKey.set(nameKeyOf(m.text, knowledge), target); // later "G3" mentions join "Garpiya-3" too
        continue;
      }
    }
    const own = nameKeyOf(m.text, knowledge);
    const same = byKey.get(own) ?? parts.partOf(m);
    if (same) {
      join(same, m);
      continue;
    }
    add(m, own, false);
  }
  for (const g of groups) g.type = typeOf(g);
  return groups;
}

// "Garpiya-3 (G3)", "l'Organisation du traité de l'Atlantique nord (OTAN)": the bracketed name is an alias.
function parentheticalAliases(a: ArticleMentions): Map<number, RawMention> {
  const out = new Map<number, RawMention>();
  const sorted = [...a.mentions].sort((x, y) => x.start - y.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [m, n] = [sorted[k]!, sorted[k + 1]!];
    if (/^\s*\(\s*$/.test(a.text.slice(m.end, n.start)) && a.text[n.end] === ')' && !n.key) out.set(n.start, m);
  }
  return out;
}

/** Where a group of one article is registered in NameParts, to move it when its longest name grows. */
interface PartKeys {
  readonly surname: string;
  readonly soleWords: readonly string[];
  readonly initials: string;
}

/**
 * The longer names of one article indexed by their parts, so that a lone word finds the names it is part of without
 * reading every group (reading them all made linking quadratic in an article's length). A lone word is part of a name
 * as a person's surname (or a Chinese surname, first), as the name of an organisation beside its acronyms ("Kupol" in
 * "IEMZ Kupol"), or as the initials of the name ("NYT"). Only groups not found in the gazetteer, of two words or more.
 */
class NameParts {
  private readonly bySurname = new Map<string, Set<Group>>();
  private readonly bySoleWord = new Map<string, Set<Group>>();
  private readonly byInitials = new Map<string, Set<Group>>();
  private readonly registered = new Map<Group, PartKeys>();

  constructor(private readonly knowledge: Knowledge) {}

  /** Registers a group under its current words (again after they changed). */
  index(g: Group): void {
    const old = this.registered.get(g);
    if (old) {
      this.bySurname.get(old.surname)?.delete(g);
      for (const k of old.soleWords) this.bySoleWord.get(k)!.delete(g);
      this.byInitials.get(old.initials)!.delete(g);
      this.registered.delete(g);
    }
    if (g.words.length < 2) return;
    const keys = g.words.map((x) => this.knowledge.nameKey(x));
    const surname = this.knowledge.chineseSurname(g.words[0]!) ? keys[0]! : keys[keys.length - 1]!;
    // "IEMZ Kupol": "kupol" is its only word besides acronyms.
    const soleWords = [...new Set(keys)].filter((k) => keys.filter((x) => x === k).length === 1 && g.words.every((x, i) => keys[i] === k || /^\p{Lu}{2,6}$/u.test(x)));
    const initials = g.words.filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('');
    const put = (map: Map<string, Set<Group>>, key: string): void => {
      const set = map.get(key);
      if (set) set.add(g);
      else map.set(key, new Set([g]));
    };
    // Only a person's name has a surname: "Pô" alone is not part of "Autorité du bassin du fleuve Pô".
    if (g.mentions.some((m) => m.raw.type === 'person' || m.raw.type === 'other')) put(this.bySurname, surname);
    for (const k of soleWords) put(this.bySoleWord, k);
    put(this.byInitials, initials);
    this.registered.set(g, { surname, soleWords, initials });
  }

  /** Whether a group names a person: one of its mentions is typed so, or its name opens with a known first name. */
  private isPerson(g: Group): boolean {
    return g.mentions.some((m) => m.raw.type === 'person') || this.knowledge.firstNames(g.words[0]!).length > 0;
  }

  /** The one longer name a lone word is part of, or undefined when there is none or more than one. */
  partOf(m: RawMention): Group | undefined {
    const w = wordsOf(m.text);
    if (w.length !== 1) return undefined;
    const word = this.knowledge.nameKey(w[0]!);
    let found: ReadonlySet<Group>;
    if (m.type === 'person') found = this.bySurname.get(word) ?? new Set();
    else if (m.type === 'other' && this.bySurname.get(word)?.size === 1 && this.isPerson(this.bySurname.get(word)!.values().next().value!)) {
      // "Johnson" with no cue of its own, in an article that names "Boris Johnson": his surname.
      found = this.bySurname.get(word)!;
    } else {
      const initials = /^\p{Lu}{2,6}$/u.test(w[0]!) ? (this.byInitials.get(w[0]!) ?? []) : [];
      found = new Set([...(this.bySoleWord.get(word) ?? []), ...initials]);
    }
    return found.size === 1 ? found.values().next().value : undefined;
  }
}

function nameKeyOf(text: string, knowledge: Knowledge): string {
  return `name:${knowledge.nameKey(bareName(text))}`;
}

function typeOf(g: Group): MentionType {
  const votes = new Map<MentionType, number>();
  for (const { raw } of g.mentions) {
    if (raw.type === 'other') continue;
    // A cue-based type (an honorific, a role noun) outweighs a default.
    const weight = raw.rule === 'capitalised' || raw.rule === 'locative' ? 1 : 3;
    votes.set(raw.type, (votes.get(raw.type) ?? 0) + weight);
  }
  let best: MentionType = 'other';
  let score = 0;
  for (const [type, n] of votes) if (n > score || (n === score && TYPE_RANK[type] > TYPE_RANK[best])) [best, score] = [type, n];
  return best;
}

// Cross-article: the same key, or the same name key.
function mergeInto(corpus: Map<string, Group>, g: Group): void {
  const existing = corpus.get(g.key);
  if (existing) {
    for (const m of g.mentions) existing.mentions.push(m);
    if (g.words.length > existing.words.length) existing.words = g.words;
    return;
  }
  corpus.set(g.key, g);
}

// A lone surname in one article ("Poutine") joins the one person of the corpus with that surname ("Vladimir Poutine").
function joinSurnamesAcrossArticles(corpus: Map<string, Group>, knowledge: Knowledge): void {
  // People by surname key, read once (not for every lone surname: that was quadratic).
  const bySurname = new Map<string, Group[]>();
  for (const p of corpus.values()) {
    if (p.known || p.type !== 'person' || p.words.length < 2) continue;
    const keys = p.words.map((x) => knowledge.nameKey(x));
    const surname = knowledge.chineseSurname(p.words[0]!) ? keys[0]! : keys[keys.length - 1]!;
    const list = bySurname.get(surname);
    if (list) list.push(p);
    else bySurname.set(surname, [p]);
  }
  for (const [key, g] of [...corpus]) {
    if (g.known || g.words.length !== 1 || (g.type !== 'person' && g.type !== 'other')) continue;
    const matches = bySurname.get(knowledge.nameKey(g.words[0]!)) ?? [];
    if (matches.length !== 1) continue;
    for (const m of g.mentions) matches[0]!.mentions.push(m); // not push(...): a name said 200,000 times overflows the stack
    matches[0]!.type = typeOf(matches[0]!);
    corpus.delete(key);
  }
}

function toEntity(g: Group, knowledge: Knowledge): Entity {
  const mentions: Mention[] = g.mentions
    .map(({ article, raw }) => ({ article, start: raw.start, end: raw.end, text: raw.text, ...(raw.role === 'demonym' ? { role: 'demonym' as const } : {}) }))
    .sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start);
  const known = g.known ? knowledge.entities.get(g.key) : undefined;
  const names = g.mentions.filter((m) => m.raw.role !== 'demonym').map((m) => bareName(m.raw.text));
  // People go by their full name ("Xi Jinping", not "Xi"); outlets by the gazetteer's label ("Le Monde").
  const name = known
    ? known.type === 'person' || known.kind === 'outlet' || known.kind === 'agency'
      ? bestLabel(known.label, g)
      : (mostFrequent(names) ?? bestLabel(known.label, g))
    : longest(names) ?? g.mentions[0]!.raw.text;
  // Aliases: every form seen, honorific included ("M. Xi").
  const forms = g.mentions.map((m) => m.raw.text.replace(LEADING_ARTICLE, ''));
  const aliases = [...new Set(forms)].filter((x) => x !== name).sort();
  const type = known ? known.type : (g.type ?? 'other');
  return { id: entityIdOf(g.key), name, type, aliases, mentions };
}

// The label in the language most of its mentions are written in.
function bestLabel(label: { fr: string; en: string }, g: Group): string {
  const fr = g.mentions.filter((m) => m.raw.text.includes(label.fr) || /[éèàçêîôû]/i.test(m.raw.text)).length;
  const en = g.mentions.filter((m) => m.raw.text.includes(label.en)).length;
  return en > fr ? label.en : label.fr;
}

// The form its mentions use most ("OTAN" rather than the treaty's full name); null when there are only demonyms.
function mostFrequent(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function longest(names: readonly string[]): string | undefined {
  return [...names].sort((a, b) => wordsOf(b).length - wordsOf(a).length || b.length - a.length)[0];
}
