// Mentions in one text: gazetteer names (longest first), then runs of capitalised words typed by their cues.
// The story, in order: tokens and sentence starts; at each token, the longest gazetteer form; else a capitalised
// run (names joined by "de", "of"...); runs that only open a sentence are dropped; each run gets a type from its
// words and its left context (honorifics, role nouns, "la société", "le drone", "à").
import type { Knowledge } from '../knowledge/index.js';
import { splitSentences } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';
import { EVENT_WORDS, FUNCTION_WORDS, LOCATIVES, PLACE_NOUNS, PLACE_PREPOSITIONS, NAME_CONNECTORS, ORG_CUES, ORG_WORDS, PRODUCT_CUES, TITLE_WORDS } from './function-words.js';

/** A mention's type (issue 3): the entity types of the dossier. */
export type MentionType = 'person' | 'org' | 'place' | 'product' | 'event' | 'other';

/** A mention found in a text, before entities are formed. */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MentionType;
  /** The gazetteer entity it names ("country:CN"), or null for names recoupe does not know. */
  readonly key: string | null;
  /** How it names its entity: a name, an acronym, a demonym ("chinois" for China), a metonym ("Pékin a démenti"). */
  readonly role: 'name' | 'acronym' | 'demonym' | 'metonym';
  /** The rule that made it, for explanations. */
  readonly rule: string;
  /** The honorific that opens the mention ("M." in "M. Xi"): part of the span, not of the name. */
  readonly honorific?: string;
}

/** Longest gazetteer form tried, in words. */
const MAX_FORM_WORDS = 6;
/** How far back (in tokens) an honorific or role noun makes a name a person's. */
const ROLE_WINDOW = 8;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct';
const isCapitalised = (t: Token | undefined): boolean => isWord(t) && /^\p{Lu}/u.test(t.text);
const isAcronym = (s: string): boolean => /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(s) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(s);
const isModel = (s: string): boolean => /^\p{Lu}[\p{L}]{0,12}-?\d{1,4}[\p{L}]?$/u.test(s) || /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?$/u.test(s);
const lower = (s: string): string => s.toLocaleLowerCase('fr');

/** How many characters of text go by between two progress reports. */
export const PROGRESS_EVERY_CHARS = 1 << 16;

/** Finds the mentions of a text; `onProgress` hears, now and then, how many characters are done. */
export function findMentions(text: string, knowledge: Knowledge, onProgress?: (doneChars: number) => void): RawMention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  const lowerWords = new Set(tokens.filter((t) => isWord(t) && /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const capsInside = new Set(tokens.filter((t, i) => isCapitalised(t) && !starts.has(i)).map((t) => t.text));
  const out: RawMention[] = [];
  let reportAt = PROGRESS_EVERY_CHARS;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (onProgress && t.start >= reportAt) {
      onProgress(t.start);
      reportAt = t.start + PROGRESS_EVERY_CHARS;
    }
    if (!isWord(t)) continue;
    const known = matchGazetteer(text, tokens, i, knowledge, starts, lowerWords);
    if (known) {
      out.push(known.mention);
      i = known.last;
      continue;
    }
    if (!isCapitalised(t)) continue;
    // "The", "Le", "Seule" opening a sentence: the name, if any, starts at the next word (tried as a form again).
    if (knowledge.honorific(`${t.text}.`) && tokens[i + 1]?.text === '.') continue; // "M." in "M. Xi"
    // A title before a name ("Secretary General Jens Stoltenberg"): the name is tried at the next word.
    if (TITLE_WORDS.has(lower(t.text)) && isCapitalised(tokens[i + 1])) continue;
    if (FUNCTION_WORDS.has(lower(t.text).replace(/['’]$/, '')) || (starts.has(i) && isCommonWord(t.text, lowerWords, capsInside, knowledge))) continue;
    if (isOfficeName(tokens, i, knowledge)) continue;
    const run = capitalisedRun(text, tokens, i, starts, lowerWords, capsInside, knowledge);
    if (!run) continue;
    const first = tokens[run.first]!;
    const last = tokens[run.last]!;
    const { type, rule } = typeOfRun(tokens, run.first, run.last, knowledge);
    if (isNoise(text.slice(first.start, last.end))) continue;
    // "M. Xi", "Mme Martin": the honorific is part of the mention, as HIPE and readers quote it; not of the name.
    const start = rule === 'honorific' ? honorificStart(tokens, run.first) : first.start;
    const honorific = start < first.start ? text.slice(start, first.start).trim() : undefined;
    out.push({ start, end: last.end, text: text.slice(start, last.end), type, key: null, role: 'name', rule, ...(honorific ? { honorific } : {}) });
    i = run.last;
  }
  onProgress?.(text.length);
  return out;
}

// Not a name: one letter ("M" of an initial), or a headline in capitals read as a name ("GRAND ROMAN CONTEMPORAIN").
function isNoise(surface: string): boolean {
  if (surface.replace(/[^\p{L}\d]/gu, '').length <= 1) return true;
  if (FUNCTION_WORDS.has(lower(surface))) return true; // "Wednesday", "Mars" alone
  const caps = surface.match(/\b\p{Lu}{4,}\b/gu) ?? [];
  return caps.length >= 3;
}

// Start of "M." or "Mme" just before a name.
function honorificStart(tokens: readonly Token[], first: number): number {
  const [a, b] = [tokens[first - 2], tokens[first - 1]];
  if (a && b?.text === '.' && b.start === a.end) return a.start;
  return b ? b.start : tokens[first]!.start;
}

// The token indexes that open a sentence, a quotation or a heading word in Title Case.
function sentenceStarts(text: string, tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  const spans = splitSentences(text);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    const span = spans[s];
    const prev = tokens[i - 1];
    if (span && t.start === span.start) starts.add(i);
    else if (prev && /^[«“"(:—–\-*•]$/.test(prev.text)) starts.add(i);
  }
  // A heading in Title Case capitalises every word: each counts as a sentence start.
  // Only the tokens of each sentence are read (spans and tokens are both in text order), so this stays linear.
  let first = 0;
  for (const span of spans) {
    while (first < tokens.length && tokens[first]!.start < span.start) first++;
    const inside: number[] = [];
    let caps = 0;
    for (let i = first; i < tokens.length && tokens[i]!.start < span.end; i++) {
      const t = tokens[i]!;
      if (t.end > span.end || !isWord(t)) continue;
      inside.push(i);
      if (/^\p{Lu}/u.test(t.text)) caps++;
    }
    if (inside.length >= 4 && caps / inside.length > 0.6) for (const i of inside) starts.add(i);
  }
  return starts;
}

// The longest gazetteer form starting at token i.
function matchGazetteer(
  text: string,
  tokens: readonly Token[],
  i: number,
  knowledge: Knowledge,
  starts: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
): { mention: RawMention; last: number } | null {
  for (let n = MAX_FORM_WORDS; n >= 1; n--) {
    const last = lastOfWords(tokens, i, n);
    if (last < 0) continue;
    const surface = text.slice(tokens[i]!.start, tokens[last]!.end);
    const found = knowledge.lookup(surface);
    if (found.length === 0 && n === 1 && isCapitalised(tokens[i])) {
      // English outlets known as "The Times": a bare "Times" names them too.
      const withThe = knowledge.lookup(`The ${surface}`).filter((c) => c.kind === 'outlet' || c.kind === 'agency');
      if (withThe.length) return { mention: gazetteerMention(tokens, i, last, surface, withThe, 'the-outlet'), last };
    }
    if (found.length === 0) continue;
    const demonym = found.find((c) => c.role === 'demonym');
    if (!demonym && !/\p{Lu}/u.test(surface)) continue; // "europe" in lower case is not the place
    if (found.every((c) => c.type === 'event') && !/^\p{Lu}/u.test(surface)) continue; // "la guerre en Ukraine" describes; "Guerre froide" names
    if (n === 1 && starts.has(i) && lowerWords.has(lower(surface))) continue; // "Time is short": a word here
    if (n === 1 && FUNCTION_WORDS.has(lower(surface))) continue;
    // "Vladimir Putin" is not the city of Vladimir: a first name followed by a capitalised word is a person's name.
    if (n === 1 && found.every((c) => c.type === 'place') && knowledge.firstNames(surface).length > 0 && isCapitalised(tokens[i + 1]) && tokens[i + 1]!.start === tokens[i]!.end + 1) return null;
    const mention = gazetteerMention(tokens, i, last, surface, found, 'gazetteer');
    // "M. Xi": a known person's honorific is kept beside the mention, as for unknown names.
    const before = tokens[i - 1];
    if (mention.type === 'person' && before && (knowledge.honorific(before.text) || (before.text === '.' && tokens[i - 2] && knowledge.honorific(`${tokens[i - 2]!.text}.`)))) {
      const start = honorificStart(tokens, i);
      return { mention: { ...mention, start, text: text.slice(start, mention.end), honorific: text.slice(start, mention.start).trim() }, last };
    }
    return { mention, last };
  }
  return null;
}

function gazetteerMention(tokens: readonly Token[], i: number, last: number, surface: string, found: readonly { key: string; type: string; role: string; kind: string }[], rule: string): RawMention {
  const demonym = found.find((c) => c.role === 'demonym');
  const name = found.find((c) => c.role === 'name' || c.role === 'acronym');
  const metonym = found.find((c) => c.role === 'metonym');
  const start = tokens[i]!.start;
  const end = tokens[last]!.end;
  if (name && metonym) {
    // "à Moscou" is the city; "Moscou a démenti", "soutenir Moscou" stand for the state.
    const prev = tokens[i - 1];
    const located = prev !== undefined && LOCATIVES.has(lower(prev.text));
    if (!located) return { start, end, text: surface, type: 'place', key: metonym.key, role: 'metonym', rule: 'capital-as-state' };
  }
  const chosen = name ?? demonym ?? found[0]!;
  const role = chosen.role === 'acronym' ? 'acronym' : chosen.role === 'demonym' ? 'demonym' : 'name';
  return { start, end, text: surface, type: chosen.type as MentionType, key: chosen.key, role, rule };
}

// Index of the token ending the n-th word from i (punctuation inside names such as "-" is allowed), or -1.
function lastOfWords(tokens: readonly Token[], i: number, n: number): number {
  let words = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      if (/^['’.&-]$/.test(t.text) && isWord(tokens[j + 1])) continue;
      return -1;
    }
    if (j > i && tokens[j]!.start > tokens[j - 1]!.end + 1) return -1; // a line break or double space splits names
    if (++words === n) return j;
  }
  return -1;
}

// A run of capitalised words joined by name connectors; null when it only opens a sentence.
function capitalisedRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  starts: ReadonlySet<number>,
  lowerWords: ReadonlySet<string>,
  capsInside: ReadonlySet<string>,
  knowledge: Knowledge,
): { first: number; last: number } | null {
  let first = i;
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start > tokens[j - 1]!.end + 1) break;
    // A name does not run on past the end of a line: "Photo: Martin Hajek" then "Apple unveiled..." are two names.
    if (t.start > tokens[j - 1]!.end && (text[tokens[j - 1]!.end] === '\n' || text[tokens[j - 1]!.end] === '\r')) break;
    if (knowledge.honorific(t.text) && tokens[j + 1]?.text === '.') break; // "visite d'État de M. Xi"
    if (isCapitalised(t) || (isWord(t) && /\d/.test(t.text) && isModel(t.text))) {
      last = j;
      continue;
    }
    if (isWord(t) && NAME_CONNECTORS.has(lower(t.text)) && isCapitalised(tokens[j + 1]) && tokens[j + 1]!.start <= t.end + 1) continue;
    if (/^['’]$/.test(t.text) && isCapitalised(tokens[j + 1])) continue;
    break;
  }
  // Honorifics and role words at the front are not part of the name: "Président Xi", "Mme Pelosi".
  while (first < last && (knowledge.honorific(tokens[first]!.text) || knowledge.role(lower(tokens[first]!.text)) || TITLE_WORDS.has(lower(tokens[first]!.text)))) first++;
  const only = tokens[first]!.text;
  if (first === last && FUNCTION_WORDS.has(lower(only))) return null;
  if (first === last && /^\p{Lu}{7,}$/u.test(only)) return null; // "EXPLOSIVES" in a headline in capitals
  if (TITLE_WORDS.has(lower(tokens[last]!.text)) && first === last) return null;
  if (first === last && (ORG_WORDS.has(lower(only)) || EVENT_WORDS.has(lower(only)))) return null; // "Conseil", "Guerre" alone are nouns
  if (first === last && starts.has(first) && !capsInside.has(only) && !isAcronym(only) && !isModel(only)) return null;
  return { first, last };
}

function isCommonWord(word: string, lowerWords: ReadonlySet<string>, capsInside: ReadonlySet<string>, knowledge: Knowledge): boolean {
  const l = lower(word);
  if (FUNCTION_WORDS.has(l)) return true;
  if (capsInside.has(word) || isAcronym(word)) return false;
  if (knowledge.firstNames(word).length > 0 || knowledge.chineseSurname(word)) return false;
  return lowerWords.has(l) || /ment$/.test(l) || knowledge.role(l) !== null;
}

// A run's type from its own words, then from the words before it.
function typeOfRun(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): { type: MentionType; rule: string } {
  const words = tokens.slice(first, last + 1).filter(isWord).map((t) => t.text);
  const lowered = words.map(lower);
  if (words.length === 1 && isModel(words[0]!)) return { type: 'product', rule: 'model-number' };
  if (lowered.some((w) => ORG_WORDS.has(w))) return { type: 'org', rule: 'org-word' };
  if (lowered.some((w) => EVENT_WORDS.has(w))) return { type: 'event', rule: 'event-word' };
  const before = tokens.slice(Math.max(0, first - ROLE_WINDOW), first);
  // The nearest word before that says something: "filiale de l'Almaz-Antey" -> "filiale".
  const prev = [...before].reverse().find((t) => isWord(t) && !FUNCTION_WORDS.has(lower(t.text)) && !/['’]$/.test(t.text));
  const prevText = prev ? lower(prev.text) : '';
  if (prev && PRODUCT_CUES.has(prevText)) return { type: 'product', rule: 'product-cue' };
  if (prev && ORG_CUES.has(prevText)) return { type: 'org', rule: 'org-cue' };
  if (before.length >= 2 && knowledge.honorific(`${before[before.length - 2]!.text}${before[before.length - 1]!.text}`)) return { type: 'person', rule: 'honorific' };
  if (prev && prev === before[before.length - 1] && knowledge.honorific(prev.text)) return { type: 'person', rule: 'honorific' };
  if (words.length >= 2 && knowledge.firstNames(words[0]!).length > 0) return { type: 'person', rule: 'first-name' };
  if (words.length === 2 && knowledge.chineseSurname(words[0]!)) return { type: 'person', rule: 'chinese-name' };
  if (hasPersonRole(before, knowledge)) return { type: 'person', rule: 'role-noun' };
  if (words.length === 1 && isAcronym(words[0]!)) return { type: 'org', rule: 'acronym' };
  if (prev && LOCATIVES.has(prevText) && words.length <= 3) return { type: 'place', rule: 'locative' };
  // Right after a preposition of place ("à Krementchouk", "en Lombardie"), or "la région de", "the province of".
  const next = before[before.length - 1];
  const nextText = next && isWord(next) ? lower(next.text) : '';
  if (PLACE_PREPOSITIONS.has(nextText) && words.length <= 3) return { type: 'place', rule: 'locative' };
  if (prev && PLACE_NOUNS.has(prevText) && /^(?:de|du|of|d['’])$/.test(nextText)) return { type: 'place', rule: 'place-noun' };
  if (words.some((w) => /\d/.test(w))) return { type: 'product', rule: 'model-number' };
  return { type: words.length >= 2 ? 'org' : 'other', rule: 'capitalised' };
}

/** Capitalised words of a ministry's or office's name. */
const DEPARTMENTS: ReadonlySet<string> = new Set('affaires défense intérieur justice économie finances budget santé commerce travail culture éducation armées agriculture état trésor industrie énergie transports environnement outre-mer foreign defence defense interior treasury state health justice energy homeland commerce labor labour education agriculture transportation'.split(' '));

// "ministre des Affaires étrangères", "secrétaire d'État": a capitalised word in an office's name, not a name.
function isOfficeName(tokens: readonly Token[], i: number, knowledge: Knowledge): boolean {
  const connector = tokens[i - 1];
  if (!connector || !/^(des|de|du|d['’]|of)$/i.test(connector.text)) return false;
  const head = tokens[i - 2];
  const office = head !== undefined && (knowledge.role(lower(head.text)) !== null || /^(ministère|ministry|secrétaire|secretary|département|department)$/i.test(head.text));
  // Only a department's name: "directeur général de Veltrona" names a company.
  return office && DEPARTMENTS.has(lower(tokens[i]!.text));
}

// "le porte-parole du Kremlin, Dmitri Peskov", "le président chinois Xi Jinping", "secretary general Jens Stoltenberg";
// not "an analyst at the Nordic Trade Observatory": a preposition between the role and the name breaks the link.
function hasPersonRole(before: readonly Token[], knowledge: Knowledge): boolean {
  const words = before.filter(isWord).map((t) => lower(t.text));
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (/^(at|à|au|aux|in|for|pour|chez|with|avec|by|par|from|to|on|sur)$/.test(w)) return false;
    const one = knowledge.role(w);
    const two = k > 0 ? knowledge.role(`${words[k - 1]} ${w}`) : null;
    if ((one && one.isPerson && one.kind !== 'anonymous' && one.kind !== 'collective') || (two && two.isPerson)) return true;
  }
  return false;
}
