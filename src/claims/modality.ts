// How surely a claim is made: denied, conditional (the journalistic conditional), reported, hedged, or asserted.
// Not the journalistic conditional: the conditional of reported speech ("a déclaré que les alliés en discuteraient",
// "prévenant que les Etats-Unis paieraient") and of a hypothesis ("Cela permettrait", "si ..., il serait").
import type { Claim } from '../core/dossier.js';
import { DENIAL_WORDS, EN_CONDITIONAL, HEDGES, IMPERSONAL_REPORT, MODAL_HEDGES, HYPOTHESIS_SUBJECT, MODAL_CONDITIONAL, NEGATED, NOT_CONDITIONAL } from './locales/cues.js';
import { allMatches } from '../core/regex.js';
import { denialCues } from './denial-lexicon.js';

/** A modality decision and the words that made it. */
export interface ModalityDecision {
  readonly modality: Claim['modality'];
  readonly cue: string | null;
  /** Where the cue starts in the claim's text (null without a cue). */
  readonly at: number | null;
}

const CONDITIONAL = /(?<![\p{L}])(\p{L}+(?:rait|raient))(?![\p{L}])/giu;
// "que" clauses of reported speech: "a déclaré que", "prévenant que", "a ajouté qu'".
const REPORTED_THAT = /\b(?:déclar|affirm|indiqu|ajout|rapport|annonc|expliqu|précis|soulign|assur|confirm|révél|inform|estim|prévenant|prévenu|prévient|averti|dit|disant|écrit|said|told|warned|added|stated)\p{L}*\s+(?:[^.;]{0,60}?\s)?(?:que|qu['’]|that)\b/iu;

/** The modality of a claim's text, given whether it is attributed and where in the text its reporting frame ends. */
export function decideModality(text: string, attributed: boolean, frameEnd: number | null): ModalityDecision {
  // "could neither confirm nor deny", "declined to comment": not denials, blanked (once) before the cues are looked for.
  const plain = denialCues().withoutNonDenials(text);
  const outside = unquoted(plain);
  const denial = DENIAL_WORDS.exec(outside);
  if (denial && !NEGATED.test(outside.slice(Math.max(0, denial.index - 25), denial.index))) return { modality: 'denied', cue: denial[0], at: denial.index };
  // A negated act: "has not become", "was never discussed", "n'a jamais livré"; a speaker's own words count when the
  // claim is theirs ("'We didn't threaten anybody,' he said").
  const negated = denialCues().negatedAct(attributed ? plain : outside);
  if (negated) return { modality: 'denied', cue: negated.cue, at: negated.index };
  // A verdict of falsity, a negated truth or a rebuttal, quotations included: a speaker's "that's not true" denies.
  const verdict = denialCues().find(plain);
  if (verdict) return { modality: 'denied', cue: verdict.cue, at: verdict.index };
  // "il a été rapporté que", "it was reported that": reported, by nobody named.
  const impersonal = IMPERSONAL_REPORT.exec(outside);
  if (impersonal && !attributed) return { modality: 'reported', cue: impersonal[0], at: impersonal.index };
  const conditional = journalisticConditional(outside, frameEnd);
  if (conditional) return { modality: 'conditional', cue: conditional[0], at: conditional.index };
  if (attributed) return { modality: 'reported', cue: null, at: null };
  const hedge = HEDGES.exec(outside) ?? MODAL_HEDGES.exec(outside);
  if (hedge) return { modality: 'hedged', cue: hedge[0], at: hedge.index };
  return { modality: 'asserted', cue: null, at: null };
}

/**
 * A negated act of any verb but those of saying, knowing or answering ("did not adopt", "n'a pas sauvé"), read where
 * decideModality reads negated acts. Alone it denies nothing ("her fingers did not obey"); the corroboration stage
 * makes it a denial when another article of the story asserts the act (corroboration/negated-acts.ts).
 */
export function anyNegatedAct(text: string, attributed: boolean): { cue: string; index: number; verb: string } | null {
  const plain = denialCues().withoutNonDenials(text);
  return denialCues().negatedAct(attributed ? plain : unquoted(plain), { anyVerb: true });
}

function journalisticConditional(text: string, frameEnd: number | null): RegExpExecArray | null {
  const en = EN_CONDITIONAL.exec(text);
  if (en) return en;
  const reported = REPORTED_THAT.exec(text);
  // The sequence of tenses makes a conditional after a past frame ("a déclaré qu'ils discuteraient") reported speech;
  // after a frame in the present ("L'Olaf rapporte qu'ils auraient été impliqués") it is the journalist's conditional.
  if (reported && presentFrame(reported)) return firstConditional(text, Infinity);
  const reportedFrom = Math.min(reported ? reported.index + reported[0].length : Infinity, frameEnd ?? Infinity);
  return firstConditional(text, reportedFrom);
}

/** Whether the verb opening a reported-speech frame is in the present tense: "rapporte", "affirment", "prévient" (not "a rapporté", "affirmaient", "prévenant"). */
function presentFrame(reported: RegExpExecArray): boolean {
  const verb = /^\p{L}+/u.exec(reported[0])?.[0].toLowerCase() ?? '';
  return /(?:e|es|ent)$/.test(verb) && !/(?:aient|ant)$/.test(verb);
}

function firstConditional(text: string, reportedFrom: number): RegExpExecArray | null {
  for (const m of allMatches(CONDITIONAL, text)) {
    const word = m[1]!;
    const at = m.index!;
    if (NOT_CONDITIONAL.has(word.toLowerCase()) || MODAL_CONDITIONAL.test(word)) continue;
    if (at >= reportedFrom) continue; // the conditional of reported speech
    if (HYPOTHESIS_SUBJECT.test(text.slice(Math.max(0, at - 40), at))) continue; // "Cela permettrait"
    if (/\bsi\b/i.test(text.slice(0, at))) continue; // "si ..., il serait"
    return m;
  }
  return null;
}

// The text with quoted stretches blanked (same length), so cues inside a quotation do not count.
function unquoted(text: string): string {
  return text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}
