// Who can be a source in a sentence: entity mentions (people, organisations, outlets, governments) and source noun
// phrases ("des sources internes", "un officiel occidental", "les documents", "le président chinois").
import { readFileSync } from 'node:fs';
import { termList } from '../core/terms.js';
import type { Attribution } from '../core/dossier.js';
import { tokenize, type Token } from '../language/index.js';
import { indexMentions } from './mention-index.js';

/** A source kind of the dossier. */
export type SourceKind = Attribution['source']['kind'];

/** Something in a sentence that can be the source of a claim. */
export interface SourceCandidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly kind: SourceKind;
  /** Entity id when the source is a known entity. */
  readonly entity?: string;
  /** The head noun of a source phrase ("officiel"), to resolve "l'officiel" later. */
  readonly head?: string;
  /** Definite ("l'officiel", "the official"): may refer back to a source named before. */
  readonly definite: boolean;
}

/** An entity mention as the claims stage sees it. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: string;
  readonly name: string;
  readonly type: string;
  /** The gazetteer key ("media:reuters", "country:CN"), or null. */
  readonly key: string | null;
  readonly role: string;
}

const NOUN_KINDS: readonly (SourceKind | 'role')[] = ['anonymous', 'vague', 'document', 'role', 'government', 'organization', 'media'];

/** Reads and checks the source nouns; throws `lexicon: ...` naming what is wrong. */
export function parseSourceNouns(raw: unknown, file = 'data/lexicon/source-nouns.json'): Map<string, SourceKind | 'role'> {
  const doc = raw as { source?: unknown; licence?: unknown; nouns?: Record<string, Record<string, unknown>> } | null;
  if (!doc || typeof doc.source !== 'string' || typeof doc.licence !== 'string' || !doc.nouns || typeof doc.nouns !== 'object') {
    throw new Error(`lexicon: ${file} must be an object with "source", "licence" and "nouns"`);
  }
  const out = new Map<string, SourceKind | 'role'>();
  for (const [kind, byLang] of Object.entries(doc.nouns)) {
    if (!NOUN_KINDS.includes(kind as SourceKind)) throw new Error(`lexicon: ${file} nouns.${kind}: unknown kind (one of ${NOUN_KINDS.join(', ')})`);
    for (const [lang, list] of Object.entries(byLang ?? {})) {
      if (lang !== 'fr' && lang !== 'en') throw new Error(`lexicon: ${file} nouns.${kind}.${lang}: unknown language`);
      // A word in two kinds keeps the first (an unnamed person before a vague group).
      for (const w of termList(list, `${file} nouns.${kind}.${lang}`)) if (!out.has(w)) out.set(w, kind as SourceKind | 'role');
    }
  }
  return out;
}

function readSourceNouns(): Map<string, SourceKind | 'role'> {
  return parseSourceNouns(JSON.parse(readFileSync(new URL('../../data/lexicon/source-nouns.json', import.meta.url), 'utf8')));
}

/** Source nouns by kind, lower case (data/lexicon/source-nouns.json); the phrase around them is the name. */
const NOUNS: ReadonlyMap<string, SourceKind | 'role'> = readSourceNouns();

const DETERMINERS = new Set(['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'the', 'a', 'an', 'some', 'several', 'its', 'his', 'her', 'their', 'two', 'three', 'deux', 'trois', 'plusieurs', 'certains', 'certaines']);
const COMPLEMENT_WORDS = new Set(['de', 'du', 'des', 'd’', "d'", 'of', 'at']);
/** Words that end a source phrase: verbs, conjunctions, prepositions other than "de". */
const STOP = /^(a|ont|est|sont|était|étaient|avait|avaient|sera|serait|fait|font|peut|doit|qui|que|qu|dont|où|lequel|laquelle|lesquels|lesquelles|et|ou|mais|selon|whose|said|says|told|has|have|had|is|are|was|were|who|that|which|and|or|but|en|à|au|aux|par|pour|sur|dans|avec|in|on|to|for|by|with|from|\p{Lu}.*)$/u;
/** Kinds of entity that can speak for themselves. */
function kindOfEntity(m: EntityMention): SourceKind | null {
  if (m.key?.startsWith('media:')) return 'media';
  if (m.type === 'person') return 'person';
  if (m.key && (m.key.startsWith('country:') || m.role === 'metonym' || /^org:(kremlin|white-house|pentagon|elysee|state-department)/.test(m.key))) return 'government';
  if (m.key && /ministry|government|gouvernement|council|parliament/.test(m.key)) return 'government';
  if (/^(le |la |l['’])?(ministère|ministry|gouvernement|government|présidence|presidency)\b/i.test(m.text)) return 'government';
  if (m.type === 'org') return 'organization';
  return null;
}

/** Every source candidate of a sentence, in text order. `offset` is where the sentence starts in the text. */
export function findCandidates(sentence: string, offset: number, mentions: readonly EntityMention[], isVerb: (word: string) => boolean = () => false): SourceCandidate[] {
  const out: SourceCandidate[] = [];
  const own = indexMentions(mentions).within(offset, offset + sentence.length); // the sentence's mentions
  for (const m of own) {
    if (m.role === 'demonym') continue;
    const kind = kindOfEntity(m);
    // A person named in short goes by the entity's fuller name ("M. Xi", "D. Trump", "Zakharova" speak as "Xi Jinping",
    // "Donald Trump", "Maria Zakharova"); a fuller mention keeps its own form ("Mme Martin").
    const said = m.text.replace(/^(?:les|le|la|the)\s+|^l['’]\s*/i, '');
    const words = (x: string): string[] => x.split(/\s+/).filter((w) => w.length > 2 || !/\.$/.test(w));
    const name = kind === 'person' && m.name && words(m.name).length > words(said).length && words(m.name).includes(said.split(/\s+/).pop()!) ? m.name : said;
    if (kind) out.push({ start: m.start, end: m.end, name, kind, entity: m.entity, definite: true });
  }
  const tokens = tokenize(sentence);
  for (let k = 0; k < tokens.length; k++) {
    const low = tokens[k]!.text.toLowerCase();
    const kind = NOUNS.get(low);
    if (!kind || (k > 0 && /^(de|du|d['’]|of)$/i.test(tokens[k - 1]!.text) && kind !== 'role')) continue; // "agences de presse": the head comes first
    const span = phraseAround(tokens, k, isVerb);
    const start = offset + tokens[span.first]!.start;
    let end = offset + tokens[span.last]!.end;
    // A name the phrase ends inside is taken whole: "les estimations de l'Organisation mondiale de la santé".
    const cut = own.find((m) => m.start >= start && m.start < end && m.end > end && m.role !== 'demonym' && kindOfEntity(m));
    if (cut) end = cut.end;
    const text = sentence.slice(start - offset, end - offset);
    // An entity inside the phrase decides it: "porte-parole de l'OTAN" speaks for NATO; "médias américains" stay vague.
    const inner = own.find((m) => m.start >= start && m.end <= end && m.role !== 'demonym' && kindOfEntity(m));
    const definite = /^(le|la|les|l['’]|the|son|sa|ses|leur|leurs|ce|cet|cette|its|his|her|their)\b/i.test(text);
    out.push(classifyPhrase(text, kind, start, end, definite, low, inner, own));
    k = span.last;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function classifyPhrase(
  text: string,
  kind: SourceKind | 'role',
  start: number,
  end: number,
  definite: boolean,
  head: string | undefined,
  inner: EntityMention | undefined,
  mentions: readonly EntityMention[],
): SourceCandidate {
  const name = text.replace(/^(?:les|le|la|un|une|des|the|an|a)\s+|^l['’]\s*/i, '');
  const base = { start, end, name, definite, head };
  if (kind === 'role') {
    // "NATO Secretary General Jens Stoltenberg": the named person; "un porte-parole de l'OTAN" speaks for NATO;
    // "le président chinois", "son ministre": a person named by office.
    // Not the complement of the office ("ministre de l'Intérieur", "Secretary of State"), even when read as a name.
    const person = mentions.find((m) => m.start >= start && m.end <= end && m.type === 'person' && !/\b(?:de|du|des|d['’]|of)\s*(?:l['’]|la|le|les|the)?\s*$/iu.test(text.slice(0, m.start - start)));
    if (person) return { ...base, name: person.text, kind: 'person', entity: person.entity };
    if (inner && inner.type !== 'person') return { ...base, kind: kindOfEntity(inner) === 'media' ? 'media' : kindOfEntity(inner)!, entity: inner.entity };
    // "un ministre belge", "a Russian official": one of several, unnamed, whatever country is said.
    const indefinite = /^(un|une|des|a|an|some)\b/i.test(text);
    if (indefinite) return { ...base, kind: 'anonymous' };
    return { ...base, kind: 'person' };
  }
  // "les estimations de l'ONU", "le rapport de Reuters": the named owner is the source.
  if ((kind === 'vague' || kind === 'document') && inner && kindOfEntity(inner) !== 'person') return { ...base, kind: kindOfEntity(inner)!, entity: inner.entity };
  if (kind === 'anonymous' && inner && inner.type === 'person') return { ...base, kind: 'person', entity: inner.entity };
  return { ...base, kind };
}

// The phrase around a source noun: "un nouveau rapport", "des sources internes", "son ministre des Affaires étrangères",
// "un porte-parole de l'OTAN", "les données des douanes russes".
function phraseAround(tokens: readonly Token[], k: number, isVerb: (word: string) => boolean): { first: number; last: number } {
  let first = k;
  const before = tokens[k - 1];
  if (before && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(before.text) && !DETERMINERS.has(before.text) && !STOP.test(before.text) && !isVerb(before.text) && DETERMINERS.has(tokens[k - 2]?.text.toLowerCase() ?? '')) first = k - 1;
  if (DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? '')) first--;
  // "China's foreign ministry": the possessor names whose ministry it is.
  else if (/^s$/i.test(tokens[first - 1]?.text ?? '') && /^['’]$/.test(tokens[first - 2]?.text ?? '') && /^\p{Lu}/u.test(tokens[first - 3]?.text ?? '')) first -= 3;
  let last = k;
  // Adjectives after the noun: "internes", "occidental", "américains".
  for (let n = 0; n < 2; n++) {
    const t = tokens[last + 1];
    if (!t || !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) || STOP.test(t.text) || isVerb(t.text) || DETERMINERS.has(t.text) || COMPLEMENT_WORDS.has(t.text)) break;
    last++;
  }
  // A complement: "de l'OTAN", "des Affaires étrangères", "du Kremlin", "des douanes russes", "général" (secrétaire général).
  const c = tokens[last + 1];
  if (c && COMPLEMENT_WORDS.has(c.text.toLowerCase())) {
    let j = last + 2;
    if (/^(la|le|l['’]|the)$/i.test(tokens[j]?.text ?? '')) j++;
    const head = tokens[j];
    if (head && /^\p{Lu}/u.test(head.text)) {
      let end = j;
      while (tokens[end + 1] && (/^\p{Lu}/u.test(tokens[end + 1]!.text) || /^(étrangères|extérieures|russe|chinois|américain|de|du|la)$/.test(tokens[end + 1]!.text)) && end - j < 4) end++;
      while (end > j && /^(de|du|la)$/.test(tokens[end]!.text)) end--;
      last = end;
    } else if (head && /^\p{Ll}{3,}$/u.test(head.text) && !STOP.test(head.text) && !isVerb(head.text)) {
      last = j;
      const adj = tokens[j + 1];
      if (adj && /^\p{Ll}{3,}$/u.test(adj.text) && !STOP.test(adj.text) && !isVerb(adj.text) && !COMPLEMENT_WORDS.has(adj.text)) last = j + 1;
    }
  }
  return { first, last };
}
