// Mentions in one text: gazetteer names (longest first), then runs of capitalised words typed by their cues.
// The story, in order: tokens and sentence starts; at each token, the longest gazetteer form; else a capitalised
// run (names joined by "de", "of"...); runs that only open a sentence are dropped; each run gets a type from its
// words and its left context (honorifics, role nouns, "la société", "le drone", "à").
import type { Knowledge } from '../knowledge/index.js';
import { splitSentences } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';
import { EVENT_WORDS, FUNCTION_WORDS, LOCATIVES, PLACE_NOUNS, PLACE_PREPOSITIONS, NAME_CONNECTORS, NAME_PARTICLES, ORG_CUES, ORG_WORDS, PRODUCT_CUES, TITLE_WORDS } from './function-words.js';
import { NAME_WORDS } from './name-words.js';

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
export function findMentions(text: string, knowledge: Knowledge, onProgress?: (doneChars: number) => void, language?: string): RawMention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  const lowerWords = new Set(tokens.filter((t) => isWord(t) && /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const capsInside = new Set(tokens.filter((t, i) => isCapitalised(t) && !starts.has(i)).map((t) => t.text));
  const french = language === undefined ? looksFrench(tokens) : language.startsWith('fr');
  const { longNames, orgAcronyms } = parentheticalAcronyms(text, tokens, knowledge);
  const out: RawMention[] = [];
  let reportAt = PROGRESS_EVERY_CHARS;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (onProgress && t.start >= reportAt) {
      onProgress(t.start);
      reportAt = t.start + PROGRESS_EVERY_CHARS;
    }
    if (!isWord(t)) continue;
    // "12H00": letters glued to a number are part of it, not a name.
    if (tokens[i - 1]?.kind === 'number' && tokens[i - 1]!.end === t.start) continue;
    const known = matchGazetteer(text, tokens, i, knowledge, starts, lowerWords);
    // A longer name than the gazetteer's form: "l'Office européen de la lutte contre la fraude (Olaf)", "la Défense
    // belge" (not the business district of Paris), "la Protection civile".
    const long = longNames.get(i) ?? (french ? institutionAt(text, tokens, i, knowledge, starts, capsInside) : -1);
    if (long >= 0 && (!known || known.last < long)) {
      out.push(nameMention(text, tokens, i, long, 'org', longNames.has(i) ? 'acronym-long-name' : 'institution'));
      i = long;
      continue;
    }
    // "la Défense belge": the article the gazetteer's form opens with gives way to the longer name after it.
    if (known && french && /^(?:la|le|les|l['’])$/i.test(t.text) && institutionAt(text, tokens, i + 1, knowledge, starts, capsInside) > known.last) continue;
    if (known) {
      out.push(known.mention);
      i = known.last;
      continue;
    }
    // "la mer Egée", "le lac de Côme": in French the feature's noun is part of the place's name.
    const feature = french ? featureNameAt(text, tokens, i) : -1;
    if (feature >= 0) {
      out.push(nameMention(text, tokens, i, feature, 'place', 'feature-noun'));
      i = feature;
      continue;
    }
    if (!isCapitalised(t)) continue;
    // "The", "Le", "Seule" opening a sentence: the name, if any, starts at the next word (tried as a form again).
    if (knowledge.honorific(`${t.text}.`) && tokens[i + 1]?.text === '.') continue; // "M." in "M. Xi"
    // A title before a name ("Secretary General Jens Stoltenberg"): the name is tried at the next word.
    if (TITLE_WORDS.has(lower(t.text)) && isCapitalised(tokens[i + 1])) continue;
    if (FUNCTION_WORDS.has(lower(t.text).replace(/['’]$/, '')) || (starts.has(i) && isCommonWord(t.text, lowerWords, capsInside, knowledge))) continue;
    if (isOfficeName(tokens, i, knowledge)) continue;
    // "(Oraq)" after "l'Observatoire régional de la qualité de l'air": an organisation's acronym, wherever it stands.
    if (orgAcronyms.has(i)) {
      out.push(nameMention(text, tokens, i, i, 'org', 'acronym-of-org'));
      continue;
    }
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
  if (NAME_WORDS.notNames.has(lower(surface))) return true; // "PIB", "NDLR", "GMT"
  if (/^[IVXLC]+(?:e|è|ème|er|re|th|st|nd|rd)$/u.test(surface)) return true; // a century: "XXe", "XXIst"
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
    // "U.S.", "U.K.": the tokens leave the last period out (it may end the sentence too); the gazetteer's form has it.
    const dotted = tokens[last + 1]?.text === '.' && tokens[last + 1]!.start === tokens[last]!.end && /\.\p{L}$/u.test(surface);
    const plain = knowledge.lookup(surface);
    const found = plain.length || !dotted ? plain : knowledge.lookup(`${surface}.`);
    if (found.length === 0 && n === 1 && isCapitalised(tokens[i])) {
      // English outlets known as "The Times": a bare "Times" names them too.
      const withThe = knowledge.lookup(`The ${surface}`).filter((c) => c.kind === 'outlet' || c.kind === 'agency');
      if (withThe.length && namesOn(tokens, last, starts, knowledge)) return null;
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
    // "la Défense a cru": a common noun heading institutions is the place ("La Défense") only after "à".
    if ((n === 1 || (n === 2 && /^(?:la|le|l['’])$/i.test(tokens[i]!.text))) && NAME_WORDS.institutionHeads.has(lower(tokens[last]!.text)) && found.every((c) => c.type === 'place') && !LOCATIVES.has(lower(tokens[i - 1]?.text ?? '')) && !LOCATIVES.has(lower(tokens[i - 2]?.text ?? ''))) return null;
    // "Marine Le Pen" is not the navy: a first name, a particle and a capitalised word are a person's name.
    if (n === 1 && isParticleName(tokens, i + 1) && knowledge.firstNames(surface).length > 0) return null;
    // "Gardez votre calme": a sentence opening with an imperative ("-ez", "-ons") is not the town of Gardez.
    if (n === 1 && starts.has(i) && /\p{L}(?:ez|ons)$/u.test(surface) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return null;
    // "the National Security Council", "The National Hockey League": an outlet's name inside a longer capitalised
    // name is not the outlet ("The National" of Abu Dhabi); the longer name is read as a run.
    if (found.every((c) => c.kind === 'outlet' || c.kind === 'agency') && namesOn(tokens, last, starts, knowledge)) return null;
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
      // "Apple CEO Tim Cook", "NATO Secretary General Jens Stoltenberg": a title or role between two names ends the first.
      // Cheap tests first: a capitalised word must follow, and the run must not open with a title itself.
      if (isCapitalised(tokens[j + 1]) && (TITLE_WORDS.has(lower(t.text)) || knowledge.role(lower(t.text))?.isPerson === true) && !TITLE_WORDS.has(lower(tokens[i]!.text)) && !knowledge.role(lower(tokens[i]!.text))) break;
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
  if (first === last && isCommonNounAlone(tokens, first)) return null; // "Conseil", "Guerre", "District" alone are nouns
  // A word alone in quotation marks that the text never writes in lower case is a name: "le groupe « Beregini »".
  const quoted = /^[«“"]$/.test(tokens[first - 1]?.text ?? '') && /^[»”"]$/.test(tokens[last + 1]?.text ?? '') && !lowerWords.has(lower(only)) && !knowledge.role(lower(only));
  if (first === last && starts.has(first) && !capsInside.has(only) && !isAcronym(only) && !isModel(only) && !quoted) return null;
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
  if (words.length >= 3 && knowledge.firstNames(words[0]!).length > 0 && isParticleName(tokens, first + 1)) return { type: 'person', rule: 'first-name' };
  if (lowered.some((w) => ORG_WORDS.has(w))) return { type: 'org', rule: 'org-word' };
  if (lowered.some((w) => EVENT_WORDS.has(w))) return { type: 'event', rule: 'event-word' };
  const before = tokens.slice(Math.max(0, first - ROLE_WINDOW), first);
  // The nearest word before that says something, adjectives aside: "filiale de l'Almaz-Antey" -> "filiale",
  // "l'association environnementale Legambiente" -> "association", "la province belge du Limbourg" -> "province".
  let prevAt = -1;
  for (let k = before.length - 1; k >= 0 && prevAt < 0; k--) {
    const t = before[k]!;
    if (/^[.,;:!?()]$/.test(t.text)) break; // a cue does not reach across a clause ("missiles. Le Premier ministre, Su")
    // An adjective follows a noun; after a determiner the same word is the noun: "une filiale de", "le journal".
    const afterNoun = isWord(before[k - 1]) && !FUNCTION_WORDS.has(lower(before[k - 1]!.text).replace(/['’]$/, ''));
    if (isWord(t) && !FUNCTION_WORDS.has(lower(t.text)) && !/['’]$/.test(t.text) && !(afterNoun && isAdjective(t, before[k + 1], knowledge))) prevAt = k;
  }
  const prev = prevAt >= 0 ? before[prevAt] : undefined;
  const prevText = prev ? lower(prev.text) : '';
  const between = before.slice(prevAt + 1);
  // Only adjectives between the cue and the name: "l'association Legambiente", not "l'association de Jean Dupont".
  const adjacent = prev !== undefined && between.every((t) => isAdjective(t, undefined, knowledge));
  const connected = prev !== undefined && between.every((t) => isAdjective(t, undefined, knowledge) || /^(?:de|du|des|d['’]|la|l['’]|of|the)$/i.test(t.text));
  if (prev && PRODUCT_CUES.has(prevText)) return { type: 'product', rule: 'product-cue' };
  if (prev && ORG_CUES.has(prevText)) return { type: 'org', rule: 'org-cue' };
  if (adjacent && NAME_WORDS.institutionHeads.has(prevText) && knowledge.firstNames(words[0]!).length === 0) return { type: 'org', rule: 'org-cue' };
  if (connected && (NAME_WORDS.placeNouns.has(prevText) || NAME_WORDS.featuresInName.has(prevText)) && words.length <= 3) return { type: 'place', rule: 'place-noun' };
  const apposed = appositionType(tokens, last, knowledge);
  if (apposed) return apposed;
  if (before.length >= 2 && knowledge.honorific(`${before[before.length - 2]!.text}${before[before.length - 1]!.text}`)) return { type: 'person', rule: 'honorific' };
  if (prev && prev === before[before.length - 1] && knowledge.honorific(prev.text)) return { type: 'person', rule: 'honorific' };
  if (words.length >= 2 && knowledge.firstNames(words[0]!).length > 0) return { type: 'person', rule: 'first-name' };
  if (words.length === 2 && knowledge.chineseSurname(words[0]!)) return { type: 'person', rule: 'chinese-name' };
  // A role noun right after the name makes it the body the role serves: "Apple CEO Tim Cook", "Pentagon spokesman".
  const after = tokens[last + 1];
  const role = after && isWord(after) && after.start === tokens[last]!.end + 1 ? knowledge.role(lower(after.text)) : null;
  // Not an adjective of origin or kind before its noun: "Latin American president", "Western soldiers", "Local residents".
  const adjectival = /(?:ian|ean|an|ese|ish|ic|ern|al|ais|aise|ois|oise|ien|ienne)$/i.test(words[words.length - 1]!) || demonymsOf(knowledge).has(lower(words[words.length - 1]!));
  if (role && role.isPerson && role.kind !== 'collective' && words.length <= 3 && !adjectival) return { type: 'org', rule: 'role-after' };
  // An acronym names a body, whatever role noun comes before it ("les agents de la DIU").
  if (words.length === 1 && isAcronym(words[0]!)) return { type: 'org', rule: 'acronym' };
  // The token right before the name: "à", "en", "le", "la"...
  const justBefore = before[before.length - 1];
  const justBeforeText = justBefore && isWord(justBefore) ? lower(justBefore.text) : '';
  // "le Pô", "la Campine": in French a name after a definite article is no person's, whatever role noun came before.
  const withArticle = justBefore !== undefined && /^(?:le|la|les|l['’])$/.test(justBefore.text) && justBefore.end + 1 >= tokens[first]!.start;
  if (!withArticle && hasPersonRole(before, knowledge)) return { type: 'person', rule: 'role-noun' };
  // "working in Apple's team": a possessive name is the owner of what the preposition governs, not the place.
  const possessive = /^['’]$/.test(tokens[last + 1]?.text ?? '') && /^s$/i.test(tokens[last + 2]?.text ?? '') && tokens[last + 2]!.start === tokens[last + 1]!.end;
  if (prev && LOCATIVES.has(prevText) && words.length <= 3 && !possessive) return { type: 'place', rule: 'locative' };
  // Right after a preposition of place ("à Krementchouk", "en Lombardie"), or "la région de", "the province of".
  if (PLACE_PREPOSITIONS.has(justBeforeText) && words.length <= 3 && !possessive) return { type: 'place', rule: 'locative' };
  if (prev && PLACE_NOUNS.has(prevText) && /^(?:de|du|of|d['’])$/.test(justBeforeText)) return { type: 'place', rule: 'place-noun' };
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
// not "an analyst at the Nordic Trade Observatory": a preposition or a conjunction between the role and the name
// breaks the link.
function hasPersonRole(before: readonly Token[], knowledge: Knowledge): boolean {
  // Within the name's sentence: "...analyst Ming Chi Kuo. Apple hasn't" gives Kuo's role to nobody after the period.
  // A period after an abbreviation or an initial ("M.", "Mgr.", "J.") ends no sentence.
  const ends = (t: Token, k: number): boolean => /^[!?;]$/.test(t.text) || (t.text === '.' && k > 0 && before[k - 1]!.text.length > 3 && !knowledge.honorific(`${before[k - 1]!.text}.`));
  const end = before.map(ends).lastIndexOf(true);
  const tokens = before.slice(end + 1).filter(isWord);
  const words = tokens.map((t) => lower(t.text));
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (/^(at|à|au|aux|in|for|pour|chez|with|avec|by|par|from|to|on|sur)$/.test(w)) return false;
    const one = knowledge.role(w);
    const two = k > 0 ? knowledge.role(`${words[k - 1]} ${w}`) : null;
    if ((one && one.isPerson && one.kind !== 'anonymous' && one.kind !== 'collective') || (two && two.isPerson)) return true;
  }
  return false;
}

/** Lower-case endings of French adjectives (and past participles used as such): "civile", "européenne", "armées". */
const FRENCH_ADJECTIVE = /(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ique|iques|aire|aires|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises|if|ive|ifs|ives|eux|euse|euses|il|ile|ils|iles|ier|ière|iers|ières|iste|istes|é|ée|és|ées|eur|eure|eurs|eures|ard|arde|ards|ardes|ême|ant|ante|ants|antes|ente|entes|uni|unie|unis|unies)$/u;
/** Words after which a word in -ique or -iste is a verb, not an adjective: "la Commission explique que". */
const AFTER_VERB = new Set(['que', 'qu’', "qu'", 'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'à', 'au', 'aux', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces']);
/** Small words allowed inside a long name before a parenthesised acronym: "de la lutte contre la fraude". */
const NAME_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'pour', 'contre', 'sur', 'et', 'à', 'aux', 'au', 'en', 'of', 'the', 'for', 'and', 'on', 'against']);

// Every demonym of the gazetteer's countries, lower case, once per knowledge (a lookup per word cost more than the
// rest of the mention finder).
const DEMONYMS = new WeakMap<Knowledge, ReadonlySet<string>>();
function demonymsOf(knowledge: Knowledge): ReadonlySet<string> {
  let set = DEMONYMS.get(knowledge);
  if (!set) {
    set = new Set([...knowledge.countries.values()].flatMap((c) => [...c.demonyms.fr, ...c.demonyms.en].map(lower)));
    DEMONYMS.set(knowledge, set);
  }
  return set;
}

/** Whether a token is a lower-case adjective after a noun: an ending of French adjectives, or a demonym ("belge"). */
function isAdjective(t: Token | undefined, after: Token | undefined, knowledge: Knowledge): boolean {
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) return false;
  const l = t.text.toLowerCase(); // starts in lower case: no locale rules needed
  if (FUNCTION_WORDS.has(l) || /(?:er|ir)$/.test(l)) return false;
  if (demonymsOf(knowledge).has(l)) return true;
  if (!FRENCH_ADJECTIVE.test(l)) return false;
  // "explique que", "insiste :": endings shared with verbs of the present are verbs before a clause or a colon.
  return !(/(?:ique|iste)s?$/.test(l) && after !== undefined && (AFTER_VERB.has(lower(after.text)) || after.text === ':'));
}

/** Whether a token is a lower-case noun that can follow "de" in a name: not a function word, not an infinitive. */
function isNounWord(t: Token | undefined): boolean {
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text) || t.text.length < 3) return false;
  const l = lower(t.text);
  return !FUNCTION_WORDS.has(l) && !/(?:er|ir)$/.test(l);
}

/** The token after j when it follows on the same line, one space at most away; else undefined. */
function nextOnLine(text: string, tokens: readonly Token[], j: number): Token | undefined {
  const [a, b] = [tokens[j], tokens[j + 1]];
  if (!a || !b || b.start > a.end + 1 || /[\r\n]/.test(text.slice(a.end, b.start))) return undefined;
  return b;
}

function nameMention(text: string, tokens: readonly Token[], first: number, last: number, type: MentionType, rule: string): RawMention {
  const [start, end] = [tokens[first]!.start, tokens[last]!.end];
  return { start, end, text: text.slice(start, end), type, key: null, role: 'name', rule };
}

/** A rough guess of a text's language when the caller does not give it: French or not. */
function looksFrench(tokens: readonly Token[]): boolean {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    const l = t.text.toLowerCase();
    if (/^(?:le|la|les|des|du|est|une|dans|sur|pour|qui|l’|l'|d’|d')$/.test(l)) fr++;
    else if (/^(?:the|of|and|is|to|in|that|for|was|with)$/.test(l)) en++;
  }
  return fr > en;
}

/**
 * French institutions named by a capitalised common noun and the words after it (French typography capitalises the
 * first word only): "la Protection civile", "le Rassemblement national", "la Cour européenne des droits de l'homme",
 * "l'Autorité du bassin du fleuve Pô", "le Comité d'enquête russe". The head is a noun of data/lexicon/name-words.json
 * (institutionHeads); adjectives follow it, then complements "de/du/des/d'" with a noun or a name. After adjectives
 * only "des" opens a complement ("l'Assemblée nationale du texte" is the Assembly and an object). Returns the last
 * token of the name, or -1.
 */
function institutionAt(text: string, tokens: readonly Token[], i: number, knowledge: Knowledge, starts: ReadonlySet<number>, capsInside: ReadonlySet<string>): number {
  const head = tokens[i];
  if (!isCapitalised(head) || !NAME_WORDS.institutionHeads.has(lower(head!.text))) return -1;
  if (starts.has(i) && !capsInside.has(head!.text)) return -1; // "Sécurité renforcée à..." opening a heading
  let last = i;
  let adjectives = 0;
  const takeAdjectives = (): number => {
    let n = 0;
    for (let t = nextOnLine(text, tokens, last); n < 3 && t && isAdjective(t, tokens[last + 2], knowledge); t = nextOnLine(text, tokens, last)) {
      last++;
      n++;
    }
    return n;
  };
  adjectives = takeAdjectives();
  for (let complements = 0; complements < 3; complements++) {
    const connector = nextOnLine(text, tokens, last);
    const c = connector ? lower(connector.text) : '';
    if (!/^(?:de|du|des|d['’])$/.test(c) || (adjectives > 0 && complements === 0 && c !== 'des')) break;
    let j = last + 1;
    let word = nextOnLine(text, tokens, j);
    if (c === 'de' && word && /^(?:la|l['’])$/i.test(word.text)) word = nextOnLine(text, tokens, ++j);
    if (!word) break;
    j++;
    if (isCapitalised(word)) {
      // "l'adhésion à l'Alliance de la Finlande": a country after "de la" is the object of the noun before, not part of the name.
      if (c === 'de' && word !== tokens[last + 2] && knowledge.lookup(word.text).some((x) => x.type === 'place' && x.role === 'name')) break;
      while (isCapitalised(nextOnLine(text, tokens, j))) j++; // "de l'Union européenne": the name, then its adjectives
    } else if (isNounWord(word)) {
      if (isCapitalised(nextOnLine(text, tokens, j))) j++; // "du fleuve Pô"
    } else break;
    last = j;
    adjectives += takeAdjectives();
  }
  return last > i ? last : -1;
}

/** "la mer Egée", "le lac de Côme", "l'île Serafini": a French feature noun and the capitalised name after it. */
function featureNameAt(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (!/^\p{Ll}/u.test(t.text) || !NAME_WORDS.featuresInName.has(t.text.toLowerCase())) return -1;
  let j = i;
  let next = nextOnLine(text, tokens, j);
  if (next && /^(?:de|d['’])$/i.test(next.text)) next = nextOnLine(text, tokens, ++j);
  if (!isCapitalised(next) || FUNCTION_WORDS.has(lower(next!.text))) return -1;
  j++;
  while (j - i < 5 && isCapitalised(nextOnLine(text, tokens, j))) j++;
  return j;
}

/**
 * Parenthesised acronyms and the long names before them: "l'Office européen de la lutte contre la fraude (Olaf)" is one
 * name whose acronym follows (the long name opens with an institution's head noun); "l'association des consortiums
 * d'irrigation (Anbi)" has no capitalised name but says the acronym names an organisation.
 */
function parentheticalAcronyms(text: string, tokens: readonly Token[], knowledge: Knowledge): { longNames: Map<number, number>; orgAcronyms: Set<number> } {
  const longNames = new Map<number, number>();
  const orgAcronyms = new Set<number>();
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !/^\p{Lu}[\p{L}\d]{1,9}$/u.test(tokens[k + 1]!.text)) continue;
    let head = -1;
    let orgWord = false;
    let names = 0;
    for (let j = k - 1, words = 0; j >= 0 && words < 12; j--) {
      const t = tokens[j]!;
      if (/[\r\n]/.test(text.slice(t.end, tokens[j + 1]!.start))) break;
      if (t.kind === 'punct') {
        if (/^['’-]$/.test(t.text)) continue;
        break;
      }
      words++;
      const l = lower(t.text).replace(/['’]$/, '');
      if (isCapitalised(t) && NAME_WORDS.institutionHeads.has(l)) {
        head = j;
        break;
      }
      if (NAME_WORDS.institutionHeads.has(l) || ORG_WORDS.has(l)) orgWord = true;
      if (isCapitalised(t) && (knowledge.firstNames(t.text).length > 0 || ++names > 2)) break; // "Jean Dupont (PS)"
      if (FUNCTION_WORDS.has(l) && !NAME_LINKS.has(l)) break;
    }
    if (head >= 0 && head < k - 1) longNames.set(head, k - 1);
    if (head >= 0 || orgWord) orgAcronyms.add(k + 1);
  }
  return { longNames, orgAcronyms };
}

/** Whether a capitalised word that is no title, role or function word follows token `last` on its line: a name
 *  going on ("the National" + "Security Council"), unless a Title Case heading capitalises every word. */
function namesOn(tokens: readonly Token[], last: number, starts: ReadonlySet<number>, knowledge: Knowledge): boolean {
  const next = tokens[last + 1];
  if (!isCapitalised(next) || next!.start !== tokens[last]!.end + 1 || starts.has(last + 1)) return false;
  const l = lower(next!.text);
  return !FUNCTION_WORDS.has(l) && !TITLE_WORDS.has(l) && !knowledge.role(l);
}

/** "Le Pen" in "Marine Le Pen": a capitalised particle, then a capitalised word, at token j. */
function isParticleName(tokens: readonly Token[], j: number): boolean {
  const [p, n] = [tokens[j], tokens[j + 1]];
  return isCapitalised(p) && NAME_PARTICLES.has(lower(p!.text)) && isCapitalised(n) && n!.start === p!.end + 1 && p!.start === tokens[j - 1]!.end + 1;
}

/** A capitalised word alone that is a common noun: "Conseil", "Guerre", "District", "Direction"; "Finances" after "des". */
function isCommonNounAlone(tokens: readonly Token[], i: number): boolean {
  const l = lower(tokens[i]!.text);
  if (ORG_WORDS.has(l) || EVENT_WORDS.has(l) || NAME_WORDS.institutionHeads.has(l) || NAME_WORDS.placeNouns.has(l) || NAME_WORDS.featuresInName.has(l)) return true;
  // "les ministères de la défense et des Finances": a department's name after "de", without its ministry.
  return DEPARTMENTS.has(l) && /^(?:de|des|du|d['’]|la|of)$/i.test(tokens[i - 1]?.text ?? '');
}

/**
 * The type a name gets from what is said of it just after: "Assoidroelettrica, une association du secteur" (org),
 * "Kleine-Brogel, une base" (place), "Dupont, le porte-parole" (person); after a definite article only a role.
 */
function appositionType(tokens: readonly Token[], last: number, knowledge: Knowledge): { type: MentionType; rule: string } | null {
  if (tokens[last + 1]?.text !== ',' || !/^(?:un|une|le|la|l['’]|a|an|the)$/i.test(tokens[last + 2]?.text ?? '')) return null;
  // "Selon l'Anbi, le lac de Côme a...": after a definite article a new clause may start; only a role is apposed then.
  const definite = !/^(?:un|une|a|an)$/i.test(tokens[last + 2]!.text);
  let k = last + 3;
  while (isAdjective(tokens[k], tokens[k + 1], knowledge)) k++;
  const noun = tokens[k];
  if (!isWord(noun)) return null;
  const l = lower(noun.text);
  // "Okonkwo Adebayo, a présenté sa démission": French "a" is a verb; an English "a" is followed by its noun at once.
  if (FUNCTION_WORDS.has(l) || (/^a$/i.test(tokens[last + 2]!.text) && k > last + 3)) return null;
  if (!definite && (NAME_WORDS.institutionHeads.has(l) || ORG_CUES.has(l) || ORG_WORDS.has(l))) return { type: 'org', rule: 'apposition' };
  if (!definite && (NAME_WORDS.placeNouns.has(l) || NAME_WORDS.featuresInName.has(l))) return { type: 'place', rule: 'apposition' };
  const role = knowledge.role(l);
  if (role && role.isPerson && role.kind !== 'collective') return { type: 'person', rule: 'apposition' };
  return null;
}
