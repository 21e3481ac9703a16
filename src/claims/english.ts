// English source phrases that are not entity mentions, read next to a verb of saying: "the campaign says",
// "restructuring experts say", "Figueroa told", "the ad's narrator says", "said Rep. Jane Doe", "according to the poll".
import type { SourceCandidate, SourceKind } from './sources.js';
import { allMatches } from '../core/regex.js';

/** Titles and honorifics that open a name: "said Rep. Jane Doe", "Sen. Smith said". */
const TITLES = /^(?:mr|mrs|ms|dr|rep|sen|gov|gen|lt|col|sgt|prof|rev|st|president|senator|representative|governor|judge|justice|secretary|mayor|chairman|chairwoman|director|ambassador|attorney|general|candidate|nominee|former|professor|speaker|leader|lawmaker|congressman|congresswoman|sheriff|chief|officer|agent|detective|coach)\.?$/i;
const DETERMINER = /^(?:the|a|an|one|another|some|many|most|several|both|all|two|three|four|five|his|her|its|their|our|other|these|those)$/i;
/** Words a subject phrase cannot hold: verbs, prepositions, conjunctions, pronouns, adverbs of time. */
const NOT_IN_PHRASE = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|should|can|may|might|must|shall|not|never|also|and|or|but|nor|so|yet|if|then|than|when|where|while|because|since|after|before|as|at|by|for|from|in|into|of|on|onto|to|with|without|about|against|over|under|between|through|during|that|this|which|who|whom|whose|what|why|how|there|here|it|he|she|they|we|i|you|him|them|us|me|my|your|later|earlier|now|today|yesterday|tomorrow|again|still|just|only|even|often|already|recently|previously|repeatedly|once|publicly|privately|reportedly|further|too|very|more|less|ago|last|next|up|out|off|down|said|says|say|told|tells|like|just|no|yes|mostly|who's|it's|that's|everyone|everybody|someone|somebody|anyone|anybody|nobody|people)$/i;
/** Heads that never speak: "the evidence shows", "the numbers say", "history tells". */
const MUTE_HEADS = /^(?:evidence|history|numbers|figures|math|facts|fact|record|reality|truth|time|experience|logic|thing|things|way|one|ones|day|days|week|year|years|lot|part|kind|sort|point|problem|question|issue|answer|reason|result|results|move|decision|idea|story|headline|headlines|title|name|word|words|line|lines|joke|sign|signs|rule|law|bill|plan|deal|nothing|everything|something|anything|none|much|each|either|neither|both|all|most|some|many|few|others|other)$/i;
/** Heads of documents and surveys: "the poll", "a new study", "the complaint". */
const DOCUMENT_HEADS = /^(?:polls?|surveys?|study|studies|reports?|analysis|analyses|memo|memos|complaint|complaints|lawsuit|suit|filing|filings|statement|statements|ad|ads|advertisement|clip|video|website|site|letter|letters|documents?|slides?|data|release|records|emails?|tweet|tweets|post|article|book|transcript|indictment|ruling|order|audit|review|investigation|estimate|estimates|projections?|model|index|guidelines|papers?)$/i;
/** Heads of a body that speaks for itself: "the campaign", "the commission". */
const BODY_HEADS = /^(?:campaign|commission|committee|company|firm|bank|agency|department|office|union|group|party|court|board|council|foundation|institute|center|centre|network|newspaper|paper|magazine|outlet|station|channel|administration|team|organization|organisation|association|coalition|alliance|caucus|club|league|school|university|college|city|state|county|embassy|court|senate|house|congress|cabinet|bureau|service|corporation|corp|inc)$/i;
/** People named by what they are, beyond the -er, -or, -ist, -ant nouns: "a New York judge", "the ad's narrator". */
const PERSON_HEADS = /^(?:judge|candidate|nominee|host|anchor|chief|boss|head|aide|adviser|advisor|source|official|expert|economist|analyst|lawyer|attorney|witness|resident|voter|mother|father|wife|husband|son|daughter|friend|girl|boy|doctor|physician|nurse|scientist|researcher|author|narrator|announcer|challenger|incumbent|rival|opponent|ally|colleague|student|pastor|priest|veteran|soldier|officer|agent|detective|sheriff|chair|democrat|republican|conservative|liberal|progressive|critic|activist|candidate|surrogate|insider|staffer|delegate|congressman|congresswoman|lawmaker|legislator|politician|diplomat|envoy|general|commander|pollster|strategist|consultant|historian|professor|executive|founder|owner|investor|donor|fan|supporter|user|member|spokesperson|representative|prosecutor|inmate|victim|survivor|parent|citizen|immigrant|worker|employee|individual|person)s?$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Words of a stretch of text, with their offsets; possessives and trailing dots kept ("ad’s", "Rep.", "G.K.").
function wordsOf(s: string, from: number): Word[] {
  return allMatches(WORD, s).map((m) => ({ text: m[0], start: from + m.index!, end: from + m.index! + m[0].length }));
}

const bare = (w: string): string => w.replace(/[.’']+$/, '').replace(/[’']s$/i, '');
const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPossessive = (w: string): boolean => /[’']s?$/.test(w);

/** A phrase built here, as a source candidate with offsets in the text (`offset` is where the sentence starts). */
function candidate(sentence: string, offset: number, words: readonly Word[]): SourceCandidate | null {
  let first = 0;
  while (first < words.length && (DETERMINER.test(words[first]!.text) || TITLES.test(words[first]!.text)) && first < words.length - 1) first++;
  const body = words.slice(first);
  if (body.length === 0) return null;
  const head = bare(body[body.length - 1]!.text);
  if (NOT_IN_PHRASE.test(head) || MUTE_HEADS.test(head) || head.length < 2) return null;
  const capitals = body.every((w) => isCapital(w.text) || /^(?:de|van|von|da|del|la|le|bin|al)$/.test(w.text));
  const determined = first > 0 && DETERMINER.test(words[0]!.text);
  const lower = head.toLowerCase();
  let kind: SourceKind;
  if (DOCUMENT_HEADS.test(lower)) kind = 'document';
  else if (capitals && !determined) kind = /^\p{Lu}{2,}$/u.test(head) || BODY_HEADS.test(lower) ? 'organization' : 'person';
  else if (BODY_HEADS.test(lower)) kind = 'organization';
  else if (/^(?:percent|majority|minority|half|third|quarter)$/.test(lower)) kind = 'vague'; // "63 percent said"
  else if (/(?:ist|er|or|ant|ent|man|woman|ian|eer|ee)s$|people|members|officials|aides|sources|lawmakers|voters|residents|critics|supporters|opponents|advocates|activists|leaders|experts|democrats|republicans$/i.test(lower)) kind = 'vague';
  else if (/(?:ist|er|or|ant|ent|man|woman|ian|eer|ee|ess)$/i.test(lower) || PERSON_HEADS.test(lower) || capitals) kind = 'person';
  else return null;
  if (body.length === 1 && words[0]!.start === 0 && /(?:ers|ors|ists|ants|ents|ians|als|ats|ans)$/.test(lower)) kind = 'vague'; // "Officials", "Democrats"
  // A lone lower-case word without a determiner is rarely a source ("campaign says" in a headline, "fundraising shows").
  if (!determined && !capitals && body.length === 1 && kind !== 'vague') return null;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end - (/\.$/.test(words[words.length - 1]!.text) && !/\b\p{Lu}\.$|^(?:jr|sr|inc|co|corp)\.$/iu.test(words[words.length - 1]!.text) ? 1 : 0);
  const text = sentence.slice(start, end);
  const name = sentence.slice(body[0]!.start, end);
  return { start: offset + start, end: offset + end, name, kind, head: lower, definite: /^(?:the|his|her|its|their)\b/i.test(text) };
}

/** The subject phrase that ends at `end` in the sentence ("... the ad's narrator| says"), or null. */
export function phraseBefore(sentence: string, offset: number, end: number): SourceCandidate | null {
  const left = sentence.slice(0, end);
  if (!/[\p{L}\p{N}.]\s*$/u.test(left)) return null;
  const all = wordsOf(left, 0);
  const taken: Word[] = [];
  for (let k = all.length - 1; k >= 0 && taken.length < 6; k--) {
    const w = all[k]!;
    const next = taken[0];
    // Words must follow each other, with only spaces between (a comma or a quotation ends the phrase).
    if (next && !/^\s+$/.test(left.slice(w.end, next.start))) break;
    if (!next && !/^\s*$/.test(left.slice(w.end))) break;
    if (DETERMINER.test(w.text)) { taken.unshift(w); break; }
    if (NOT_IN_PHRASE.test(bare(w.text)) && !(next && isPossessive(w.text))) break;
    if (next && isPossessive(w.text) === false && !isCapital(w.text) && isCapital(next.text)) break; // "rally Trump said"
    taken.unshift(w);
  }
  if (taken.length === 0) return null;
  // A sentence-initial capital is no name by itself: "Officials" is a noun; "Figueroa" stays a name.
  return candidate(sentence, offset, taken);
}

/** The phrase that starts at `start` ("said| Rep. Jane Doe, a Democrat", "according to| the poll"), or null. */
export function phraseAfter(sentence: string, offset: number, start: number): SourceCandidate | null {
  const right = sentence.slice(start);
  const all = wordsOf(right, start);
  const taken: Word[] = [];
  for (const w of all) {
    const prev = taken[taken.length - 1];
    if (prev && !/^\s+$/.test(sentence.slice(prev.end, w.start))) break;
    if (!prev && !/^\s*$/.test(sentence.slice(start, w.start))) break;
    if (DETERMINER.test(w.text) && taken.length === 0) { taken.push(w); continue; }
    if (NOT_IN_PHRASE.test(bare(w.text)) || DETERMINER.test(w.text)) break;
    if (taken.some((t) => !DETERMINER.test(t.text)) && /^\p{Ll}+ed$/u.test(w.text)) break; // "A federal judge| closed
    // A name ends at its last capital word: "said Joseph Smith" | "in a statement".
    if (prev && isCapital(prev.text) && !TITLES.test(prev.text) && !isCapital(w.text) && !DETERMINER.test(taken[0]!.text)) break;
    taken.push(w);
    if (isPossessive(w.text) && !/’s$|'s$/.test(w.text)) break;
    if (taken.length >= 6) break;
  }
  while (taken.length && isPossessive(taken[taken.length - 1]!.text)) taken.pop();
  return taken.length ? candidate(sentence, offset, taken) : null;
}
