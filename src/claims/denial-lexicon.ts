// Denials that are not a verb of denying: a verdict of falsity ("the story was a hoax", "c'est faux", "exposed as
// fake"), a negated truth ("that is not true", "ce n'est pas exact"), a reported rebuttal ("the Marines debunked the
// rumour", "a battu en brèche"). The words are data (data/lexicon/denial.json: source, licence); the frames that make
// a word of falsity a predicate, not a modifier ("a fake passport" denies nothing), are grammar, here.
// Formulas that look like denials and are not ("neither confirm nor deny", "declined to comment") are blanked first.
import { readFileSync } from 'node:fs';
import { actionClasses } from './event-classes.js';
import { termAlternation as alternation, termList } from '../core/terms.js';

type Lang = 'en' | 'fr';
type Category = 'falsity' | 'notTrue' | 'rebuttal' | 'notDenial' | 'notDenialVerbs' | 'existenceVerbs' | 'claimNouns';
const CATEGORIES: readonly Category[] = ['falsity', 'notTrue', 'rebuttal', 'notDenial', 'notDenialVerbs', 'existenceVerbs', 'claimNouns'];
const FILE = 'data/lexicon/denial.json';

/** The terms of each category and language, as read from the file. */
export type DenialTerms = Readonly<Record<Lang, Readonly<Record<Category, readonly string[]>>>>;

/** Validates the parsed file; throws `lexicon: ...` naming the entry and what is wrong. */
export function parseDenialLexicon(raw: unknown, file = FILE): DenialTerms {
  const doc = raw as { source?: unknown; licence?: unknown; cues?: Record<string, Record<string, unknown>> } | null;
  if (!doc || typeof doc !== 'object' || typeof doc.source !== 'string' || typeof doc.licence !== 'string') {
    throw new Error(`lexicon: ${file} must be an object with "source", "licence" and "cues"`);
  }
  const out = {} as Record<Lang, Record<Category, string[]>>;
  for (const lang of ['en', 'fr'] as const) {
    const byCategory = doc.cues?.[lang];
    if (!byCategory || typeof byCategory !== 'object') throw new Error(`lexicon: ${file} needs cues.${lang}`);
    for (const key of Object.keys(byCategory)) {
      if (!CATEGORIES.includes(key as Category)) throw new Error(`lexicon: ${file} cues.${lang}.${key}: unknown category (one of ${CATEGORIES.join(', ')})`);
    }
    out[lang] = {} as Record<Category, string[]>;
    for (const category of CATEGORIES) {
      out[lang][category] = termList(byCategory[category], `${file} cues.${lang}.${category}`);
    }
  }
  return out;
}

/** The compiled cues. */
export interface DenialCues {
  /**
   * The first denial cue of a text (quotations included: a speaker's "that's not true" is a denial), or null. The
   * text is taken as given: blank the formulas that are not denials first (withoutNonDenials).
   */
  find(text: string): { cue: string; index: number } | null;
  /** The text with the formulas that are not denials blanked out (same length). */
  withoutNonDenials(text: string): string;
  /**
   * The first negated act of a text that denies something happened: a verb of the general event classes ("did not
   * buy", "n'a jamais livré"), of taking place ("never happened", "n'a pas eu lieu"), or any verb with the speaker as
   * its subject ("we didn't threaten", "nous n'avons jamais"); not a negated saying, knowing or answering ("did not
   * respond", "n'a pas souhaité commenter", data: notDenialVerbs), nor a plain negative fact ("her parents did not take
   * the news in stride", "is not interested"). Null when there is none. With `anyVerb`, any verb but the
   * notDenialVerbs: the caller asks whether someone asserts the act (claims/modality.ts anyNegatedAct).
   */
  negatedAct(text: string, options?: { anyVerb?: boolean }): { cue: string; index: number; verb: string } | null;
}

// Copulas and verdict verbs after which a word of falsity is the predicate. English: "is", "was", "'s", "proved",
// "turned out to be", "exposed as", "dismissed as", "branded", with a few modifiers ("the biggest scam", "a complete
// fabrication"); French: "est", "c'est", "s'avère", "se révèle".
const EN_FRAME = String.raw`(?:\b(?:is|was|are|were|be|been|being|proved|proven|proves|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|(?:exposed|outed|revealed|unmasked|dismissed|denounced|rejected|debunked|branded|labell?ed)\s+(?:\S+\s+){0,3}?as|called\s+it|calls?\s+it)|['’]s)\s+(?:(?:a|an|the|all|just|only|simply|nothing\s+but|completely|totally|entirely|utterly|absolutely|clearly|likely|most|probably|almost|certainly|pure|complete|total|utter|an?\s+elaborate|elaborate|big|huge|massive|outright|blatant|obvious|another|also|still|\p{L}{2,}est)\s+){0,3}`;
const FR_FRAME = String.raw`(?:\b(?:est|était|sont|étaient|serait|seraient|soit|sera|s['’]avère|s['’]avèrent|s['’]est\s+avéré\p{L}*|se\s+révèle|se\s+révèlent|s['’]est\s+révélé\p{L}*|qualifi\p{L}*\s+(?:\S+\s+){0,3}?de|dénon\p{L}*\s+(?:\S+\s+){0,3}?comme)|c['’]est|ce\s+sont|ce\s+serait)\s+(?:(?:un|une|des|du|de|d['’]|la|le|les|totalement|complètement|entièrement|absolument|purement|tout\s+à\s+fait|bien|clairement|évidemment|parfaitement|une\s+pure|un\s+pur|pure|pur|encore|aussi)\s+){0,3}`;
const EN_NOT = String.raw`\b(?:is|was|are|were|be|been|['’]s)\s+(?:(?:simply|just|absolutely|clearly|certainly|definitely|entirely|completely|quite|probably|likely)\s+)?["“‘]?(?:not|n['’]t)\s+`;
// "may not be real", "cannot be true", "could not have been true".
const EN_NOT_BE = String.raw`(?:\b(?:not|never)|n['’]t|\bcannot)\s+(?:have\s+)?(?:be|been)\s+(?:(?:entirely|completely|quite|fully|exactly)\s+)?`;
const EN_NOT_CONTRACTED = String.raw`\b(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:(?:simply|just|quite|entirely)\s+)?`;
const FR_NOT = String.raw`\b(?:n['’](?:est|était|sont|étaient|serait|seraient)|ne\s+(?:sont|serait|seraient))\s+(?:absolument\s+|tout\s+simplement\s+|simplement\s+)?(?:pas|nullement|aucunement|en\s+rien)\s+(?:(?:du\s+tout|tout\s+à\s+fait|totalement)\s+)?`;
// "neither the ministry nor the army would confirm or deny" is listed; "neither company confirmed nor denied" is grammar.
const NEITHER_NOR = String.raw`neither\s+(?:\S+\s+){0,3}?confirm\p{L}*\s+nor\s+den\p{L}*|ni\s+(?:\S+\s+){0,2}?confirm\p{L}*\s+ni\s+(?:démen|dément)\p{L}*`;

// A negated act: the auxiliary, the negation, a few adverbs, then the verb (group v), which must not be one of the
// notDenialVerbs. English: "has not become", "had never been sold", "did not buy", "didn't threaten", "was never
// discussed", "never happened"; French: "n'a jamais livré", "n'ont pas été vendus", "n'a pas eu lieu".
// "-ly" words are adverbs, but for the verbs that end so ("did not supply", "did not reply").
const EN_ADVERBS = String.raw`(?:(?:yet|ever|even|actually|really|exactly|in\s+fact|at\s+all|always|(?!(?:supply|apply|reply|rely|comply|imply|multiply|fly|ally|rally|bully|tally)\s)\p{L}+ly)\s+){0,2}`;
const NOT_YET = /\b(?:yet|encore)\b/iu;
// The speaker as the subject, just before the negated auxiliary: "we didn't", "I have never", "nous n'avons pas".
const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|we|je|j['’]|nous|on)\s*$/iu;
const NEGATED_ACTS = [
  String.raw`(?<![\p{L}\p{N}])(?:has|have|had)\s*(?:not|n['’]t|never)\s+${EN_ADVERBS}(?:been\s+)?(?<v>\p{L}+)`,
  String.raw`(?<![\p{L}\p{N}])(?:did|does|do)\s*(?:not|n['’]t)\s+${EN_ADVERBS}(?<v>\p{L}+)`,
  String.raw`(?<![\p{L}\p{N}])(?:was|were|is|are)\s*(?:not|n['’]t|never)\s+${EN_ADVERBS}(?<v>\p{L}+ed)(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}\p{N}])never\s+(?<v>\p{L}+ed)(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}\p{N}])n['’](?:ai|a|as|avons|avez|ont|avait|avaient|aurait|auraient)\s+(?:pas|jamais|aucunement|nullement|point)\s+(?:(?:encore|vraiment|réellement|toujours|non\s+plus|\p{L}+ment)\s+){0,2}(?:été\s+)?(?<v>\p{L}+)`,
  String.raw`(?<![\p{L}\p{N}])n['’](?:est|sont|était|étaient)\s+(?:pas|jamais)\s+(?<v>\p{L}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies))(?![\p{L}\p{N}])`,
];

// A negation right before the frame's word undoes a verdict: "is not a hoax", "n'est pas faux", "did not debunk".
const NEGATION_BEFORE = /(?:\bnot|n['’]t|\bnever|\bnobody|\bno\s+one|\bno|\bpersonne|\bpas|\bjamais|\bnullement|\bplus)\s+(?:\S+\s+){0,2}$/iu;

/** The one-word terms of falsity (adjectives and participles: "false", "infondé*"), not the phrases ("a hoax"). */
function adjectives(terms: readonly string[]): string[] {
  return terms.filter((t) => !/[ '’]/.test(t));
}

/** A test for the longest word of any of the terms (a "*" stem as a prefix), case-insensitive. */
function keyWords(terms: readonly string[]): RegExp {
  const words = terms.map((t) => t.split(/[ '’-]/u).sort((a, b) => b.length - a.length)[0]!);
  return new RegExp(`(?:${alternation(words.map((w) => (w.endsWith('*') ? w : `${w}*`)))})`, 'iu');
}

/** Compiles the terms into cues. */
export function compileDenialCues(terms: DenialTerms): DenialCues {
  const end = String.raw`(?![\p{L}\p{N}])`;
  const start = String.raw`(?<![\p{L}\p{N}])`;
  const verdicts = [
    `${EN_FRAME}(?:${alternation(terms.en.falsity)})${end}`,
    `${FR_FRAME}(?:${alternation(terms.fr.falsity)})${end}`,
    // "was lying", "is probably lying about her age": the subject's word is false; not "was lying on the floor".
    `${EN_FRAME}lying(?!\\s+(?:on|in|at|under|down|face|dead|next|beside|near|by|around|there|here|low|still|in\\s+wait)\\b)${end}`,
    `(?:${EN_NOT}|${EN_NOT_CONTRACTED}|${EN_NOT_BE})(?:${alternation(terms.en.notTrue)})${end}`,
    `${FR_NOT}(?:${alternation(terms.fr.notTrue)})${end}`,
    // An elliptical verdict, no verb: "Not true.", "— not even remotely true"; "Pas vrai.", "pas du tout exact".
    `(?<=^|[,;:—–(]\\s*)not\\s+(?:(?:even|remotely|entirely|quite|completely|exactly|at\\s+all)\\s+){0,2}(?:${alternation(terms.en.notTrue)})${end}`,
    `(?<=^|[,;:—–(]\\s*)pas\\s+(?:(?:du\\s+tout|tout\\s+à\\s+fait|vraiment)\\s+)?(?:${alternation(terms.fr.notTrue)})${end}`,
    // "is not a true implant", "wasn't a real attack"; "n'est pas un vrai médecin", "ce n'était pas une véritable attaque".
    `(?:${EN_NOT}|${EN_NOT_CONTRACTED})(?:a|an)\\s+(?:real|true|genuine|actual|authentic)\\s+\\p{L}+`,
    `${FR_NOT}(?:un|une)\\s+(?:vrai|vraie|véritable|réel|réelle|authentique)\\s+\\p{L}+`,
    `${start}(?:${alternation([...terms.en.rebuttal, ...terms.fr.rebuttal])})${end}`,
    // "baseless allegations", "false reports"; "des allégations infondées", "des informations erronées".
    `${start}(?:${alternation(adjectives(terms.en.falsity))})\\s+(?:${alternation(terms.en.claimNouns)})${end}`,
    `${start}(?:${alternation(terms.fr.claimNouns)})\\s+(?:${alternation(adjectives(terms.fr.falsity))})${end}`,
  ];
  const cue = new RegExp(verdicts.map((v) => `(?:${v})`).join('|'), 'giu');
  // Every formula at every position (lookahead), so overlapping ones are all blanked: in "would not confirm or deny"
  // both "would not confirm" and "confirm or deny" go. "neither X confirmed nor denied" lets a few words in between.
  const formulas = `${alternation([...terms.en.notDenial, ...terms.fr.notDenial])}|${NEITHER_NOR}`;
  const nonDenial = new RegExp(`${start}(?=(${formulas})${end})`, 'giu');
  // Cheap first passes: a cue needs one of its terms' longest words, a formula one of its own (most texts have none,
  // and the full patterns, with their frames or a lookahead at every position, cost far more).
  const mayHaveCue = keyWords([...terms.en.falsity, ...terms.fr.falsity, ...terms.en.notTrue, ...terms.fr.notTrue, ...terms.en.rebuttal, ...terms.fr.rebuttal, 'lying']);
  const mayHaveFormula = keyWords([...terms.en.notDenial, ...terms.fr.notDenial, 'confirm', 'confirmé']);
  const notActs = new Set([...terms.en.notDenialVerbs, ...terms.fr.notDenialVerbs]);
  const existence = new Set([...terms.en.existenceVerbs, ...terms.fr.existenceVerbs]);
  const eventVerb = new RegExp(`^(?:${actionClasses().all.source})$`, 'iu');
  const denies = (verb: string, before: string): boolean =>
    existence.has(verb) || eventVerb.test(verb) || FIRST_PERSON.test(before);
  const acts = NEGATED_ACTS.map((source) => new RegExp(source, 'giu')); // one each: Node 20 has no duplicate group names
  return {
    negatedAct(text, options = {}) {
      let first: { cue: string; index: number; verb: string } | null = null;
      for (const re of acts) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null && (!first || m.index < first.index); m = re.exec(text)) {
          const verb = (m.groups?.v ?? '').toLowerCase();
          // "not yet" is a wait, not a denial; a participle is listed in its masculine singular ("annoncée" -> "annoncé").
          // A run of spaces is a blanked formula ("did not [confirm or deny] the strike"): what follows is no verb of it.
          if (!notActs.has(verb) && !notActs.has(verb.replace(/(?:e|s|es)$/u, '')) && !NOT_YET.test(m[0]) && !/ {3}/.test(m[0]) && (options.anyVerb || denies(verb, text.slice(Math.max(0, m.index - 12), m.index)))) {
            first = { cue: m[0], index: m.index, verb };
            break;
          }
        }
        re.lastIndex = 0;
      }
      return first;
    },
    find(text) {
      if (!mayHaveCue.test(text)) return null;
      cue.lastIndex = 0;
      for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
        if (NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        cue.lastIndex = 0;
        return { cue: m[0].trim(), index: m.index };
      }
      cue.lastIndex = 0;
      return null;
    },
    withoutNonDenials(text) {
      if (!mayHaveFormula.test(text)) return text;
      const blank: [number, number][] = [];
      nonDenial.lastIndex = 0;
      for (let m = nonDenial.exec(text); m !== null; m = nonDenial.exec(text)) {
        blank.push([m.index, m.index + m[1]!.length]);
        nonDenial.lastIndex = m.index + 1; // a zero-length match: step on
      }
      nonDenial.lastIndex = 0;
      if (blank.length === 0) return text;
      const chars = text.split('');
      for (const [from, to] of blank) for (let i = from; i < to; i++) chars[i] = ' ';
      return chars.join('');
    },
  };
}

let cached: DenialCues | null = null;

/** The cues of data/lexicon/denial.json, read, validated and compiled once. */
export function denialCues(): DenialCues {
  cached ??= compileDenialCues(parseDenialLexicon(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'))));
  return cached;
}
