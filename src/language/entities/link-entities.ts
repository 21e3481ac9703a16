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
  const add = (raw: RawMention, key: string, known: boolean): Group => {
    let g = byKey.get(key);
    if (!g) {
      g = { key, type: null, mentions: [], words: [], known };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push({ article: a.article, raw });
    const w = wordsOf(raw.text);
    if (raw.role !== 'demonym' && w.length > g.words.length) g.words = w;
    return g;
  };
  // Multi-word names first, so that a lone surname finds its full name whatever the order.
  const ordered = [...a.mentions].sort((x, y) => wordsOf(y.text).length - wordsOf(x.text).length || x.start - y.start);
  const aliasOf = parentheticalAliases(a);
  for (const m of ordered) {
    if (m.key) {
      add(m, m.key, true);
      continue;
    }
    const parent = aliasOf.get(m.start);
    if (parent) {
      const target = groups.find((g) => g.mentions.some((x) => x.raw.start === parent.start));
      if (target) {
        target.mentions.push({ article: a.article, raw: m });
        byKey.set(nameKeyOf(m.text, knowledge), target); // later "G3" mentions join "Garpiya-3" too
        continue;
      }
    }
    const own = nameKeyOf(m.text, knowledge);
    const same = byKey.get(own) ?? partOf(groups, m, knowledge);
    if (same) {
      same.mentions.push({ article: a.article, raw: m });
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

// A lone word that is part of a longer name of this article: a person's surname (or a Chinese surname, first),
// the name of an organisation beside its acronym ("Kupol" in "IEMZ Kupol"), or the initials of a name ("NYT").
function partOf(groups: readonly Group[], m: RawMention, knowledge: Knowledge): Group | undefined {
  const w = wordsOf(m.text);
  if (w.length !== 1) return undefined;
  const word = knowledge.nameKey(w[0]!);
  const found = groups.filter((g) => {
    if (g.words.length < 2 || (g.known && g.type !== 'person')) return false;
    const keys = g.words.map((x) => knowledge.nameKey(x));
    if (g.type === 'person' || m.type === 'person') {
      const surname = knowledge.chineseSurname(g.words[0]!) ? keys[0] : keys[keys.length - 1];
      return surname === word;
    }
    const rest = g.words.filter((x) => knowledge.nameKey(x) !== word);
    if (rest.length === g.words.length - 1 && rest.every((x) => /^\p{Lu}{2,6}$/u.test(x))) return true;
    return /^\p{Lu}{2,6}$/u.test(w[0]!) && g.words.filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('') === w[0];
  });
  return found.length === 1 ? found[0] : undefined;
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
  const people = [...corpus.values()].filter((g) => !g.known && g.type === 'person' && g.words.length >= 2);
  for (const [key, g] of [...corpus]) {
    if (g.known || g.words.length !== 1 || (g.type !== 'person' && g.type !== 'other')) continue;
    const word = knowledge.nameKey(g.words[0]!);
    const matches = people.filter((p) => {
      const keys = p.words.map((x) => knowledge.nameKey(x));
      return (knowledge.chineseSurname(p.words[0]!) ? keys[0] : keys[keys.length - 1]) === word;
    });
    if (matches.length !== 1) continue;
    matches[0]!.mentions.push(...g.mentions);
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
  return { id: `e_${createHash('sha256').update(g.key).digest('hex').slice(0, 12)}`, name, type, aliases, mentions };
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
