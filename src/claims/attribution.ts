// Who a sentence says vouches for it: "X a déclaré que", "selon X", ", a ajouté X", "comme le montrent X",
// "C'est ce qu'affirme X" (re-attributing the sentence before), "les démentis de X", "Il a ajouté" (resolved).
import type { Attribution } from '../core/dossier.js';
import { ACCORDING_TO, ACCORDING_TO_REPORTED, AS_SHOWN_BY, AUXILIARIES, CLEFT, DENIAL_NOUNS, REPORTING_VERBS } from './locales/cues.js';
import { phraseAfter, phraseBefore } from './english.js';
import { indexMentions } from './mention-index.js';
import { findCandidates, type EntityMention, type SourceCandidate } from './sources.js';
import { allMatches } from '../core/regex.js';

/** What the attribution finder says of one sentence. */
export interface SentenceAttribution {
  readonly attribution: Attribution | null;
  /** End of the reporting frame ("a déclaré que"): a conditional after it belongs to reported speech. */
  readonly frameEnd: number | null;
  /** The sentence only re-attributes the one before ("C'est ce qu'affirme le Times"). */
  readonly cleft: boolean;
}

/** What earlier sentences of the article said, to resolve "il", "l'officiel", "l'agence". */
export interface DiscourseState {
  lastSource: SourceCandidate | null;
  /** Where the sentence of the last source ends: a person named after it is nearer to a pronoun than that source. */
  lastSourceEnd: number;
  /** The last source named without a definite article, by head noun ("un officiel occidental" under "officiel"). */
  indefiniteByHead: Map<string, SourceCandidate>;
}

// A verb ends at a letter or a hyphen, but for the hyphen of an incise ("insiste-t-elle", "estime-t-il").
const VERB = new RegExp(`(?<![\\p{L}'’-])(?:(${REPORTING_VERBS.map((v) => v.forms).join('|')}))(?!\\p{L}|-(?!(?:t-)?(?:il|elle|ils|elles|on)(?![\\p{L}-])))`, 'giu');
/** Each reporting verb's forms as one whole-word regex, in the order of REPORTING_VERBS. */
const VERB_FORMS = REPORTING_VERBS.map((v) => new RegExp(`^(?:${v.forms})$`, 'iu'));
const VERB_FORM = new RegExp(`^(?:${REPORTING_VERBS.map((v) => v.forms).join('|')})$`, 'iu');
const PRONOUN = /(?:^|[\s,;])(il|elle|ils|elles|he|she|they)\s+(?:ne\s+|n['’]\s*|l['’]\s*|y\s+|lui\s+|leur\s+)?(?:\S+\s+)?$/iu;
/** An auxiliary of the passive just before a participle: "a été rejeté", "est démentie", "was denied", "were told". */
const PASSIVE_AUX = /(?<![\p{L}])(?:été|est|sont|était|étaient|fut|furent|sera|seront|is|are|was|were|been|be|being)\s+(?:\p{L}+ment\s+|\p{L}+ly\s+)?$/iu;
/** "par", "by" closing a short stretch after the participle ("rejeté comme étant sans fondement par"), no clause between. */
const AGENT_AFTER = /^[^.;:,«»"“”()]{0,60}?\s(?:par|by)\s+/iu;
const KIND_RANK: Record<string, number> = { media: 6, person: 5, government: 5, organization: 5, document: 4, anonymous: 2, vague: 1 };

/** True when a word is a form of a reporting verb (used to end source phrases). */
export const isReportingVerb = (word: string): boolean => VERB_FORM.test(word);

/** Finds the attribution of one sentence (start at `offset` in the text). */
export function attributeSentence(sentence: string, offset: number, mentions: readonly EntityMention[], state: DiscourseState): SentenceAttribution {
  const quotes = quotedRanges(sentence);
  const inQuote = (i: number): boolean => quotes.some(([a, b]) => i > a && i < b);
  const candidates = findCandidates(sentence, offset, mentions, isReportingVerb).filter((c) => !inQuote(c.start - offset));

  const cleft = CLEFT.exec(sentence);
  if (cleft) {
    const source = candidates.find((c) => c.start - offset >= cleft[0].length - 1);
    if (source) return { attribution: makeAttribution(source, cleft[0].trim(), [], state, offset), frameEnd: null, cleft: true };
  }

  const pairs: { source: SourceCandidate; cue: string; at: number; relay: boolean; closing?: boolean }[] = [];
  let frameEnd: number | null = null;
  // 1. Verbs of saying, subject before ("X a déclaré") or after (", a ajouté X"), in the sentence's language
  // ("contestant" is no French "contester").
  const lang = languageOf(sentence);
  for (const m of allMatches(VERB, sentence)) {
    const at = m.index!;
    if (inQuote(at)) continue;
    const verb = REPORTING_VERBS.find((v, k) => (lang === null || v.lang === lang) && VERB_FORMS[k]!.test(m[0]));
    if (!verb) continue;
    const aux = /(\S+)\s+$/u.exec(sentence.slice(0, at));
    const cueStart = aux && AUXILIARIES.test(aux[1]!.toLowerCase()) ? at - aux[0].length : at;
    const cue = sentence.slice(cueStart, at + m[0].length);
    const before = sentence.slice(0, cueStart);
    const rest = sentence.slice(at + m[0].length);
    if (/\bcomme\s+(?:l['’]|le|la|les)\s*$/i.test(before)) continue; // "comme le montrent": below
    // A passive with its agent: "rejeté comme étant sans fondement par l'OTAN", "was denied by the ministry". The
    // relays ("cité par", "rapporté par", "quoted by") are read below, as "selon".
    // Only after an auxiliary: a bare participle ("le PKK, considéré par Ankara comme...") describes a noun.
    const passive = PASSIVE_AUX.test(before) && /^(?:\p{L}+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|t|te|ts|tes)|\p{L}+ed|told|said|written)$/iu.test(m[0]);
    const by = passive ? AGENT_AFTER.exec(` ${rest}`) : null; // the space lets "par" follow the participle at once
    if (/^\s+(?:par|by)\b/i.test(rest) && !by) continue; // a bare participle and its agent: no frame
    if (by) {
      const from = at + m[0].length + by[0].length - 1;
      // The agent opens right there, its article aside ("par l'OTAN", "par la préfecture", "by the ministry").
      const agent = /^(?:cit|rapport|confirm)|^(?:quoted|cited|reported)$/iu.test(m[0]) ? undefined : candidates.find((c) => c.start - offset >= from && c.start - offset - from <= 4);
      if (agent) pairs.push({ source: agent, cue, at: cueStart, relay: false });
      continue;
    }
    // Inverted after a quotation (", a ajouté l'officiel"), or after a comma when no "que" follows (not an appositive).
    const framesThat = /^[^.;]{0,60}?(?:\b(?:que|qu['’]|that)\b|[:«"“])/iu.test(rest);
    const participle = /ant$/i.test(m[0]); // "ajoutant une dimension" is never inverted speech
    // A clitic may stand before the inverted verb: "« Ne cédez pas », lui a lancé le président".
    const bare = before.replace(/(?<![\p{L}])(?:lui|leur|nous|vous|me|te|y)\s+$/iu, '');
    const inverted = !participle && (/[»"”]\s*,?\s*$/.test(bare) || (/,\s*$/.test(bare) && !framesThat));
    // A verb of saying frames a statement: "que", a colon or a quotation follows ("ajoutant une dimension" does not).
    // English "officials said." needs no "that"; French "faire état de", "mettre en garde contre" take a noun.
    const nounFrame = (verb.lemma === 'mettre en garde' && /^\s*contre\b/i.test(rest)) || (verb.lemma === 'faire état' && /^\s*(de|d['’])/i.test(rest));
    // A noun object frames a statement only in the main clause and the active voice: "Pékin et Moscou, qui avaient
    // annoncé un partenariat" describes them, "la visite n'a pas été annoncée" reports nobody.
    // A determiner before the form makes it a noun ("sous le feu des critiques", "une annonce").
    const objectFrame = verb.object === true && !/\bqui\s+(?:\S+\s+){0,2}$/iu.test(before) && !/(?<![\p{L}])été\s+(?:\S+\s+){0,2}$/iu.test(before) &&
      !/(?<![\p{L}])(?:le|la|les|des|du|de|d['’]|l['’]|un|une|ses|son|sa|leurs?|aux?|ces?|cette)\s*$/iu.test(before) &&
      // After a copula the form is an adjective: "la situation reste critique".
      !/(?<![\p{L}])(?:est|sont|était|étaient|reste|restent|restait|semble|semblent|paraît|devient|deviennent|demeure|demeurent)\s+(?:\p{L}+ment\s+|très\s+|plus\s+|moins\s+|si\s+)?$/iu.test(before);
    if (!inverted && !verb.denial && !framesThat && verb.lang === 'fr' && !nounFrame && !objectFrame) continue;
    // "North Korea's claims", "the report's findings", "their reports": after a possessive or a determiner, a noun.
    if (verb.lang === 'en' && /(?:['’]s|(?<![\p{L}])(?:the|a|an|his|her|its|their|our|my|your|these|those|this|that))\s+$/iu.test(before)) continue;
    // "the United States", "swing states": a noun, not the verb.
    if (verb.lemma === 'state' && (/^S/.test(m[0]) || (/s$/.test(m[0]) && !framesThat))) continue;
    let source: SourceCandidate | null = null;
    // A French incise with its pronoun: "a-t-il souligné", "insiste-t-elle", "ont-ils ajouté": the speaker is the
    // pronoun's antecedent (the last speaker or person), not a phrase after the verb ("lors d'un point presse").
    const incise = /-(?:t-)?(il|elle|ils|elles)$/i.exec(aux?.[1] ?? '') ?? /^-(?:t-)?(il|elle|ils|elles)\b/i.exec(rest);
    if (verb.lang === 'fr' && incise) source = resolvePronoun(/s$/i.test(incise[1]!) ? 'they' : 'he', offset, cueStart, candidates.filter((c) => c.start - offset < cueStart), mentions, state);
    else if (verb.lang === 'en') source = englishSpeaker(sentence, offset, cueStart, at + m[0].length, candidates, mentions, state, verb.weak === true, !/^\s+(?:of|as)\b/i.test(rest), EVIDENCE_VERBS.has(verb.lemma));
    else if (inverted) {
      // ", a indiqué dans un communiqué le Commandement Est": the channel ("dans un communiqué") is not the speaker.
      const channel = /^\s*(?:\p{Ll}+\s+){0,2}(?:dans|lors d['’]|sur)\s+(?:un|une|le|la|l['’]|son|sa|ses)\s*\p{L}+(?:\s+(?!(?:le|la|les|un|une|des)\s)\p{Ll}+)?/u.exec(sentence.slice(at + m[0].length));
      const from = at + m[0].length + (channel ? channel[0].length : 0);
      // Words and initials may stand before the name ("a lancé D. Trump"), no other punctuation.
      source = candidates.find((c) => c.start - offset >= from && /^(?:[\s\p{L}'’-]|(?<=\p{Lu})\.)*$/u.test(sentence.slice(from, c.start - offset))) ?? frenchPhraseAfter(sentence, offset, from);
    }
    else source = subjectBefore(sentence, offset, cueStart, candidates, state);
    if (!source) continue;
    // A frame closing the sentence (", the source added.", ", a ajouté l'officiel.") reports all that comes before it,
    // other verbs of saying included.
    const comma = before.lastIndexOf(',');
    const closing = comma >= 0 && source.start - offset > comma && before.length - comma <= 80 &&
      /^\s*[.!?…]?\s*[»"”']?\s*$/u.test(rest.replace(/^\s+(?:on|last|this)\s+\p{L}+/iu, '')) &&
      !/(?<![\p{L}])(?:be|been|being|is|was|are|were|été|être)\s+$/iu.test(before);
    pairs.push({ source, cue, at: cueStart, relay: false, closing });
    const que = /^\s*(?:[^.;:]{0,60}?)\b(que|qu['’]|that)\b/iu.exec(sentence.slice(at + m[0].length));
    if (que && frameEnd === null) frameEnd = offset + at + m[0].length + que[0].length;
  }
  // 2. "selon X", "d'après X", "according to X"; "cité par X" relays.
  for (const re of [ACCORDING_TO_REPORTED, ACCORDING_TO, AS_SHOWN_BY]) {
    for (const m of allMatches(re, sentence)) {
      const at = m.index!;
      if (inQuote(at) || (frameEnd !== null && offset + at > frameEnd)) continue; // inside the reported content
      const after = offset + at + m[0].length;
      // "Selon lui", "d'après elle": the pronoun's antecedent.
      const pronoun = /^(lui|elle|eux|elles)\b/iu.exec(sentence.slice(after - offset));
      const source = pronoun
        ? resolvePronoun(/^(?:eux|elles)$/i.test(pronoun[1]!) ? 'they' : 'he', offset, at, candidates.filter((c) => c.start - offset < at), mentions, state)
        : candidates.find((c) => c.start >= after && c.start - after < 40 && !/[,;:.()«»"“”]/u.test(sentence.slice(after - offset, c.start - offset))) ??
          (/^according/i.test(m[0]) ? phraseAfter(sentence, offset, after - offset) : frenchPhraseAfter(sentence, offset, after - offset));
      if (source) pairs.push({ source, cue: m[0].trim(), at, relay: /cit|quot/i.test(m[0]) });
    }
  }
  // "Pour l'ONU, la situation reste critique", "Pour Paul Girard, la réforme arrive trop tard": a named source right
  // after "Pour" opening the sentence and closed by a comma gives its view ("Pour la première fois," names nobody).
  const forX = /^\s*(?:[«"“]\s*)?(pour)\s+/iu.exec(sentence); // English "For Apple, the quarter was good" is about Apple
  if (forX && pairs.length === 0) {
    const after = offset + forX[0].length;
    const source = candidates.find((c) => c.start - after <= 4 && c.start >= after && c.entity !== undefined && /^\s*,/.test(sentence.slice(c.end - offset)));
    if (source) pairs.push({ source, cue: forX[1]!, at: forX.index + forX[0].indexOf(forX[1]!), relay: false });
  }
  // 3. "les démentis officiels de Pékin": the owner of the denial.
  const denial = DENIAL_NOUNS.exec(sentence);
  if (denial && !inQuote(denial.index) && /(?:\b(?:les|des|un|ses|leurs|ces|the|its|their)\s+(?:\p{L}+\s+)?|['’]s\s+)$/iu.test(sentence.slice(0, denial.index))) {
    const after = offset + denial.index + denial[0].length;
    // "les démentis (officiels) de Pékin", "the denials by Beijing": the owner follows "de", "of" or "by".
    const source = candidates.find((c) => c.start >= after && /^\s*(?:\p{L}+\s+)?(?:de|du|des|d['’]|of|by|from)\s*(?:la |le |les |l['’]|the )?$/iu.test(sentence.slice(after - offset, c.start - offset)));
    if (source) pairs.push({ source, cue: denial[0], at: denial.index, relay: false });
  }
  if (pairs.length === 0) return { attribution: null, frameEnd: null, cleft: false };
  // The article's own attribution is the most identified source ("selon le Times, un officiel..." -> the Times);
  // relays ("cité par les agences") and the others go to `via`.
  const primary = pairs.find((p) => p.closing) ?? [...pairs].sort((a, b) => Number(a.relay) - Number(b.relay) || KIND_RANK[b.source.kind]! - KIND_RANK[a.source.kind]! || a.at - b.at)[0]!;
  const via = pairs.filter((p) => p !== primary && p.source.name !== primary.source.name).map((p) => p.source.name);
  return { attribution: makeAttribution(primary.source, primary.cue, via, state, offset), frameEnd, cleft: false };
}

const EN_WORDS = /\b(?:the|and|of|to|is|was|were|has|have|had|that|with|for|said|says|told|this|from|by|would|will|he|she|they|it|on|at)\b/giu;
const FR_WORDS = /(?:\b(?:le|la|les|des|du|est|et|que|qui|une|dans|pour|sur|avec|par|pas|ont|été|il|elle|ils|au|aux|selon)\b|\b[ldjnqs]['’])/giu;

// The language of a sentence by its function words; null when it cannot tell.
function languageOf(sentence: string): 'en' | 'fr' | null {
  const en = sentence.match(EN_WORDS)?.length ?? 0;
  const fr = sentence.match(FR_WORDS)?.length ?? 0;
  return en > fr ? 'en' : fr > en ? 'fr' : null;
}

/** Adverbs and auxiliaries between an English subject and its verb: "X also said", "X has long argued". */
const EN_TIME = /\s+(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?)\s*$|\s+(?:today|yesterday|tonight)\s*$/iu;
const EN_BETWEEN = /(?:\s+(?:also|later|previously|then|recently|once|often|repeatedly|publicly|privately|again|further|still|long|has|have|had|would|will|did|does|do|had\s+also|has\s+also|first|initially|earlier|separately|similarly|simply|flatly|bluntly|quickly|immediately|finally|subsequently|frequently|consistently|explicitly|specifically|herself|himself|themselves)\b)+\s*$/iu;
/** English weak verbs that report evidence rather than speech ("the data show", "they found"). */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['find', 'show', 'estimate', 'indicate']);
const EN_PRONOUN = /(?:^|[^\p{L}'’])(he|she|they|we)\s*$/iu;
const ROLE_HEADS = /^(?:spokesperson|spokesman|spokeswoman|minister|president|secretary|ambassador|chief|leader|mayor|senator|governor|prosecutor|commissioner|director|official|officials|aide|aides|adviser|advisers|advisor|advisors|representative|representatives|chairman|chairwoman|manager|strategist|attorney|lawyer)$/i;

// The speaker of an English verb of saying: the subject right before it ("the minister said", "he said", "X, a
// spokeswoman for Y, said"), else the phrase right after it in an inverted clause ('"...," said Rep. Jane Doe').
function englishSpeaker(sentence: string, offset: number, cueStart: number, verbEnd: number, candidates: readonly SourceCandidate[], mentions: readonly EntityMention[], state: DiscourseState, weak: boolean, far: boolean, evidence = false): SourceCandidate | null {
  // "China's foreign ministry on Wednesday denied": a time between the subject and the verb is not the subject.
  const before = sentence.slice(0, cueStart).replace(/\s*\([^()]{1,40}\)\s*$/u, ' ').replace(EN_TIME, ' ').replace(EN_BETWEEN, ' ');
  const end = before.trimEnd().length;
  const pronoun = EN_PRONOUN.exec(before.slice(0, end));
  // "he noted", "she confirmed": a person speaks, whatever the verb; "they found", "it shows" speak of evidence.
  if (pronoun) return weak && (evidence || pronoun[1]!.toLowerCase() === 'they') ? null : resolvePronoun(pronoun[1]!.toLowerCase(), offset, pronoun.index, candidates, mentions, state);
  // The subject ends right before the verb; an apposition may stand between them.
  const subjectAt = (stop: number): SourceCandidate | null => {
    const adjacent = candidates.filter((c) => c.end - offset <= stop && /^\s*$/.test(sentence.slice(c.end - offset, stop)));
    const near = adjacent.sort((a, b) => a.start - b.start)[0];
    if (near) {
      // "a NATO spokesperson": the organisation before the role noun speaks.
      const owner = candidates.find((c) => c.entity && c.kind !== 'person' && c.end <= near.start && /^\s+$/.test(sentence.slice(c.end - offset, near.start - offset)));
      if (owner && near.head && ROLE_HEADS.test(near.head)) return { ...near, start: owner.start, name: sentence.slice(owner.start - offset, near.end - offset).replace(/^(?:the|a|an)\s+/i, ''), kind: owner.kind, entity: owner.entity! };
      return near;
    }
    return phraseBefore(sentence, offset, stop);
  };
  let subject = subjectAt(end);
  if (!subject && /,$/.test(before.slice(0, end))) {
    // "Lisa Moreau, a spokeswoman for the Commission, said": the name before the apposition.
    // "Trump, speaking to a veterans group in Virginia, said": a participle's clause between them too.
    const appo = /,\s*(?:a|an|the|his|her|its|their|who|whose|which|one|another|former|then|now|\p{Lu}|\d|\p{Ll}+ing\b|\p{Ll}+ed\b)[^,"“”«»;]{0,160}(?:,[^,"“”«»;]{1,80})?,$/u.exec(before.slice(0, end));
    if (appo) {
      const named = candidates.find((c) => c.kind === 'person' && c.entity && c.end - offset === appo.index);
      subject = named ?? subjectAt(appo.index);
    }
  }
  if (subject) return weak && subject.kind === 'vague' && !subject.entity ? null : subject;
  // "The judge rejected the request, saying that": the participle's subject is the sentence's.
  if (/ing$/i.test(sentence.slice(cueStart, verbEnd)) && /,$/.test(before.slice(0, end))) {
    const first = candidates.find((c) => c.start - offset <= 3) ?? phraseAfter(sentence, offset, 0);
    return first && !weak ? first : null;
  }
  // Inverted: ', said the minister', '"...," said Rep. Jane Doe'.
  if (/(?:[»"”,]|'')\s*$/.test(before.slice(0, end)) || end === 0) {
    const gap = /^\s+(?:(?:the|a|an)\s+)?/i.exec(sentence.slice(verbEnd));
    const from = verbEnd + (gap ? gap[0].length : 0);
    const next = candidates.find((c) => c.start - offset >= verbEnd && c.start - offset <= from + 12 && /^[\s\p{L}.]*$/u.test(sentence.slice(verbEnd, c.start - offset)));
    if (next) return next;
    const phrase = phraseAfter(sentence, offset, verbEnd);
    if (phrase) return phrase;
  }
  // "X, speaking in Ohio, said he would", "X on Monday said that": the nearest source before (not for weak verbs,
  // "the figures show", nor participles, "people accused of fraud").
  return weak || !far ? null : subjectBefore(sentence, offset, cueStart, candidates, state);
}

// "he", "she", "they": a source of the sentence before the pronoun, else the last speaker when recent, else the
// last person named.
function resolvePronoun(pronoun: string, offset: number, at: number, candidates: readonly SourceCandidate[], mentions: readonly EntityMention[], state: DiscourseState): SourceCandidate | null {
  const personal = pronoun === 'he' || pronoun === 'she';
  const fits = (c: SourceCandidate): boolean => (personal ? c.kind === 'person' || c.kind === 'anonymous' : c.kind !== 'document');
  // "he", "she": the sentence's first person ("Bien que X confirme, elle nie"); "they": the nearest group before it, a
  // single person last ("Trump's plan is vague, experts say, ... a provision they say").
  const before = candidates.filter((c) => c.start - offset < at && fits(c));
  const inSentence = personal ? before[0] : [...before].reverse().find((c) => c.kind !== 'person') ?? before[before.length - 1];
  if (inSentence) return inSentence;
  const last = state.lastSource;
  const person = personal ? indexMentions(mentions).lastPersonBefore(offset) : undefined;
  const named = person && { start: person.start, end: person.end, name: person.text, kind: 'person' as const, entity: person.entity, definite: true };
  // The nearest person: one named after the sentence of the last speaker ("X a expliqué ... Comme tous les
  // producteurs, Davide Canegrati vit au jour le jour. « ... », explique-t-il") is nearer than that speaker.
  if (named && (!last || named.start >= state.lastSourceEnd)) return named;
  if (last && fits(last) && offset - last.start < 800) return last;
  if (named) return named;
  return last && fits(last) ? last : null;
}

// The subject of a verb: a pronoun just before it ("elle nie", "Il a ajouté"), else the nearest candidate before.
function subjectBefore(sentence: string, offset: number, cueStart: number, candidates: readonly SourceCandidate[], state: DiscourseState): SourceCandidate | null {
  const before = sentence.slice(0, cueStart);
  const pronoun = PRONOUN.exec(before);
  if (pronoun) {
    // "Bien que la Chine confirme..., elle nie": the first candidate of the sentence; else the last source.
    const inSentence = candidates.find((c) => c.start - offset < pronoun.index);
    return inSentence ?? state.lastSource;
  }
  const left = candidates.filter((c) => c.end - offset <= cueStart);
  if (left.length) {
    const nearest = left.reduce((best, c) => (c.end > best.end ? c : best));
    // "Tiburce Valmont, porte-parole de l'OTAN, a déclaré": the person before the role is the speaker.
    const named = left.find((c) => c.kind === 'person' && c.entity && c.end <= nearest.start && /^\s*,\s*$/.test(sentence.slice(c.end - offset, nearest.start - offset)));
    return named ?? nearest;
  }
  // "Il a refusé de ..., mais a affirmé que": the sentence's pronoun subject.
  return /^(il|elle|ils|elles|he|she|they)\b/i.test(sentence.trimStart()) ? state.lastSource : null;
}

// The noun phrase right after a French cue when no known source stands there: ", explique l'hydrologue", "selon
// l'Anbi", "selon les chroniqueurs". A determiner, then a word, then up to two more (lower-case adjectives or
// capitalised name words) before any punctuation or verb. A definite singular is a named speaker ("l'hydrologue" was
// named before), a plural a vague group, an indefinite an unnamed person; a name with an article a body ("l'Anbi"),
// without one a person.
const FRENCH_PHRASE = /^\s*(?:(?:ensuite|encore|aussi|alors|également|enfin|hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\p{Ll}+ment)\s+){0,2}(l['’]\s*|le\s+|la\s+|les\s+|un\s+|une\s+|des\s+)?(\p{L}[\p{L}-]{2,}(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Ll}[\p{Ll}-]{2,}))?)/u;
const NOT_A_SPEAKER = /^(?:ce|cette|ces|qui|que|dont|il|elle|ils|elles|on|nous|vous|je|tu|même|aussi|encore|alors|ainsi|donc|lors|dans|pour|avec|sans|depuis|après|avant|pendant|devant|derrière|sous|sur|vers|chez|entre)$/i;
function frenchPhraseAfter(sentence: string, offset: number, from: number): SourceCandidate | null {
  const m = FRENCH_PHRASE.exec(sentence.slice(from));
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  if (NOT_A_SPEAKER.test(words[0]!) || isReportingVerb(words[0]!)) return null;
  if (words[1] && (isReportingVerb(words[1]) || NOT_A_SPEAKER.test(words[1]))) words.length = 1;
  const name = words.join(' ');
  const det = (m[1] ?? '').trim().toLowerCase();
  if (!det && !/^\p{Lu}/u.test(name)) return null; // no determiner: a name, or nothing ("précisait ensuite")
  const start = offset + from + m[0].indexOf(m[2]!);
  // A name with an article is a body ("l'Anbi"), without one a person (", explique Dupont").
  const kind: SourceCandidate['kind'] = /^\p{Lu}/u.test(name) ? (det ? 'organization' : 'person') : det === 'les' || det === 'des' ? 'vague' : det === 'un' || det === 'une' ? 'anonymous' : 'person';
  return { start, end: start + name.length, name, kind, definite: det !== 'un' && det !== 'une' && det !== 'des', head: words[0]!.toLowerCase() };
}

const SAME_SOURCE = /^(?:(?:la|cette)\s+)?même\s+source$|^(?:the\s+)?same\s+source$/iu;

// Resolves "l'officiel" to "un officiel occidental" named before, then builds the record. A source named before the
// sentence (at `offset`) is an antecedent: its span is kept, so that a reader sees whom "il" or "l'officiel" stood for.
function makeAttribution(source: SourceCandidate, cue: string, via: readonly string[], state: DiscourseState, offset: number): Attribution {
  let resolved = source;
  // "selon la même source", "the same source said": the source named before.
  if (SAME_SOURCE.test(source.name) && state.lastSource) resolved = state.lastSource;
  if (source.definite && source.head && !source.entity) {
    const earlier = state.indefiniteByHead.get(source.head);
    if (earlier) resolved = earlier;
  }
  return {
    source: { name: resolved.name, kind: resolved.kind, ...(resolved.entity ? { entity: resolved.entity } : {}) },
    cue,
    ...(via.length ? { via } : {}),
    ...(resolved.end <= offset && resolved.start < resolved.end ? { antecedent: { start: resolved.start, end: resolved.end } } : {}),
  };
}

/** Updates what the article has said so far with this sentence's source. */
export function rememberSource(state: DiscourseState, attribution: Attribution | null, sentence: string, offset: number, mentions: readonly EntityMention[]): void {
  if (!attribution) return;
  const candidates = findCandidates(sentence, offset, mentions, isReportingVerb);
  const source = candidates.find((c) => c.name === attribution.source.name) ?? { start: offset, end: offset, name: attribution.source.name, kind: attribution.source.kind, definite: true, ...(attribution.source.entity ? { entity: attribution.source.entity } : {}) };
  state.lastSource = source;
  state.lastSourceEnd = offset + sentence.length;
  for (const c of [...candidates.filter((x) => x.kind === 'anonymous' || x.kind === 'vague'), source]) {
    if (c.head && !c.definite) state.indefiniteByHead.set(c.head, c);
  }
}

/** Shortest quotation, in words: le « Times », « Wagner Group » are quoted names, not quotations. */
const MIN_QUOTE_WORDS = 4;

// Offsets of quoted stretches (« », “ ”, "..."), so that verbs inside a quotation are not the article's cues.
function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  const pairs: [string, string][] = [['«', '»'], ['“', '”'], ['"', '"'], ["''", "''"]];
  for (const [open, close] of pairs) {
    let i = s.indexOf(open);
    while (i >= 0) {
      const j = s.indexOf(close, i + open.length);
      if (j < 0) break;
      if (s.slice(i + 1, j).trim().split(/\s+/).length >= MIN_QUOTE_WORDS) out.push([i, j]);
      i = s.indexOf(open, j + close.length);
    }
  }
  return out;
}
