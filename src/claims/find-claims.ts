// Claims of one article: each checkable sentence (the headline too), split where one frame reports two statements
// ("X a déclaré que A, et que B"), with its attribution and modality.
import { createHash } from 'node:crypto';
import type { Claim } from '../core/dossier.js';
import type { Span } from '../core/types.js';
import { splitSentences } from '../language/index.js';
import { attributeSentence, rememberSource, type DiscourseState } from './attribution.js';
import { decideModality, type ModalityDecision } from './modality.js';
import type { EntityMention } from './sources.js';
import { allMatches } from '../core/regex.js';


/** Fewest words for a sentence to be a claim ("Partenariat illimité" is a heading). */
const MIN_WORDS = 4;

/** How many characters of text go by between two progress reports. */
const PROGRESS_EVERY_CHARS = 1 << 16;

/** Finds the claims of one article; `onProgress` hears, now and then, how many characters are done. */
export function findClaims(article: { id: string; text: string }, mentions: readonly EntityMention[], onProgress?: (doneChars: number) => void): Claim[] {
  const claims: Claim[] = [];
  const state: DiscourseState = { lastSource: null, lastSourceEnd: 0, indefiniteByHead: new Map() };
  // The attribution of the quotation just before, which a quotation opening the next sentence continues:
  // '"We will not back down," she said. "The tariffs stay."'
  let quoted: Claim['attribution'] = null;
  let reportAt = PROGRESS_EVERY_CHARS;
  const units = quotationUnits(article.text, splitSentences(article.text));
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const span = unit.span;
    if (onProgress && span.start >= reportAt) {
      onProgress(span.start);
      reportAt = span.start + PROGRESS_EVERY_CHARS;
    }
    const sentence = article.text.slice(span.start, span.end);
    let found = attributeSentence(sentence, span.start, mentions, state);
    if (!found.attribution && quoted && OPENS_QUOTE.test(sentence)) {
      found = { ...found, attribution: quoted };
    }
    quoted = found.attribution && QUOTE_MARK.test(sentence) ? found.attribution : null;
    if (unit.parts.length > 1) {
      // A quotation over several sentences, attributed at its end: each sentence is a claim of the speaker.
      for (const part of unit.parts) {
        const text = article.text.slice(part.start, part.end);
        if (sentenceIsClaim(text)) claims.push(makeClaim(article.id, part, text, found.attribution, decideModality(text, found.attribution !== null, null)));
      }
      rememberSource(state, found.attribution, sentence, span.start, mentions);
      continue;
    }
    // "Did she do it because of the legend? No.": a question answered no in the next sentence denies what it asks.
    const answer = units[k + 1] && unit.parts.length === 1 ? negativeAnswer(article.text, span, units[k + 1]!.span) : null;
    if (answer) {
      const both = { start: span.start, end: units[k + 1]!.span.end };
      const text = article.text.slice(both.start, both.end);
      claims.push(makeClaim(article.id, both, text, found.attribution, { modality: 'denied', cue: answer, at: text.lastIndexOf(answer) }));
      rememberSource(state, found.attribution, sentence, span.start, mentions);
      k++;
      continue;
    }
    if (!sentenceIsClaim(sentence)) continue;
    if (found.cleft && found.attribution) {
      // "C'est ce qu'affirme le Times": the sentence before is the Times' report, via its own source.
      const prev = claims[claims.length - 1];
      if (prev) {
        const via = prev.attribution ? [prev.attribution.source.name, ...(prev.attribution.via ?? [])] : [];
        const attribution = { ...found.attribution, ...(via.length ? { via } : {}) };
        const modality = decideModality(prev.text, true, null);
        const redecided = prev.modality === 'asserted' || prev.modality === 'hedged';
        claims[claims.length - 1] = { ...prev, attribution, ...(redecided ? { modality: modality.modality, modalityCue: cueSpan(prev.start, prev.text, modality) } : {}) };
      }
      rememberSource(state, found.attribution, sentence, span.start, mentions);
      continue;
    }
    // "A a déclaré que X, tandis que B a affirmé que Y": two speakers, two claims.
    const halves = found.attribution ? twoSpeakers(sentence, span.start, mentions, state) : null;
    if (halves) {
      for (const half of halves) {
        const text = article.text.slice(half.start, half.end);
        const frame = half.frameEnd !== null ? Math.max(0, half.frameEnd - half.start) : null;
        claims.push(makeClaim(article.id, half, text, half.attribution, decideModality(text, true, frame)));
      }
      rememberSource(state, halves[1].attribution, sentence, span.start, mentions);
      continue;
    }
    for (const part of splitFrame(sentence, span.start, found.frameEnd)) {
      const text = article.text.slice(part.start, part.end);
      const frame = found.frameEnd !== null && found.frameEnd > part.start ? found.frameEnd - part.start : found.frameEnd !== null ? 0 : null;
      claims.push(makeClaim(article.id, part, text, found.attribution, decideModality(text, found.attribution !== null, frame)));
    }
    rememberSource(state, found.attribution, sentence, span.start, mentions);
  }
  onProgress?.(article.text.length);
  return claims;
}

function makeClaim(article: string, span: Span, text: string, attribution: Claim['attribution'], modality: ModalityDecision): Claim {
  return {
    id: `c_${createHash('sha256').update(`${article}:${span.start}`).digest('hex').slice(0, 12)}`,
    article,
    start: span.start,
    end: span.end,
    text,
    modality: modality.modality,
    attribution,
    cluster: null,
    modalityCue: cueSpan(span.start, text, modality),
  };
}

// The cue of a modality decision in article coordinates (the claim starts at `start`).
function cueSpan(start: number, text: string, modality: ModalityDecision): Claim['modalityCue'] {
  if (modality.cue === null || modality.at === null || text.slice(modality.at, modality.at + modality.cue.length) !== modality.cue) return null;
  return { text: modality.cue, start: start + modality.at, end: start + modality.at + modality.cue.length };
}

/** A bare negative answer: "No.", "Non.", "Absolutely not.", "Pas du tout." */
const NEGATIVE_ANSWER = /^(?:no|nope|non|not at all|absolutely not|certainly not|definitely not|of course not|not really|pas du tout|absolument pas|certainement pas|évidemment pas|bien sûr que non|pas vraiment)(?![\p{L}])\s*[.!…]*$/iu;

// The answer's words when `question` (a question of at least four words) is answered no by `next`, in one paragraph.
function negativeAnswer(text: string, question: Span, next: Span): string | null {
  const asked = text.slice(question.start, question.end);
  if (!/\?\s*$/.test(asked) || asked.split(/\s+/).length < MIN_WORDS || text.slice(question.end, next.start).includes('\n')) return null;
  const reply = text.slice(next.start, next.end).trim();
  return NEGATIVE_ANSWER.test(reply) ? reply.replace(/[\s.!…]+$/u, '') : null;
}

// Questions and headings of a few words are not checkable statements.
function sentenceIsClaim(text: string): boolean {
  return !/\?\s*[»"”]?$/.test(text) && text.split(/\s+/).length >= MIN_WORDS && !LOOKS_LIKE_CODE.test(text);
}

// A page's script or markup left in the text ("<!-- google_ad_client = ...; //-->", "var x = '...';") states nothing.
const LOOKS_LIKE_CODE = /<!--|\/\/-->|\bfunction\s*\(|^\s*var\s+\w+\s*=|(?:\w\s*=\s*['"\d][^;]*;.*){2}/u;

const OPENS_QUOTE = /^\s*(?:[“"«]|'')/u;
const QUOTE_MARK = /[“”"«»]|''/u;

/** Most sentences one quotation may run over. */
const MAX_QUOTE_SENTENCES = 8;

// Sentences grouped so that a quotation opened in one and closed in a later one is one unit.
function quotationUnits(text: string, sentences: readonly Span[]): { span: Span; parts: Span[] }[] {
  const units: { span: Span; parts: Span[] }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const parts = [sentences[k]!];
    while (openQuotes(text.slice(parts[0]!.start, parts[parts.length - 1]!.end)) > 0 && k + 1 < sentences.length && parts.length < MAX_QUOTE_SENTENCES) {
      const next = sentences[k + 1]!;
      if (text.slice(parts[parts.length - 1]!.end, next.start).includes('\n')) break; // a quotation does not cross paragraphs
      parts.push(next);
      k++;
    }
    if (parts.length > 1 && openQuotes(text.slice(parts[0]!.start, parts[parts.length - 1]!.end)) > 0) {
      // Never closed (a transcript's opening marks, a stray quote): the sentences stand alone.
      for (const p of parts) units.push({ span: p, parts: [p] });
      continue;
    }
    units.push({ span: { start: parts[0]!.start, end: parts[parts.length - 1]!.end }, parts });
  }
  return units;
}

// Quotations left open: « without », or an odd number of straight double quotes.
function openQuotes(s: string): number {
  const guillemets = (s.match(/«/g)?.length ?? 0) - (s.match(/»/g)?.length ?? 0);
  const curly = (s.match(/“/g)?.length ?? 0) - (s.match(/”/g)?.length ?? 0);
  const straight = (s.match(/"/g)?.length ?? 0) % 2;
  const doubled = (s.match(/''/g)?.length ?? 0) % 2; // ''quoted'' in some American wire copy
  return Math.max(0, guillemets) + Math.max(0, curly) + straight + doubled;
}

/** A clause boundary where a second speaker may take over: ", tandis que", ", alors que", "; ", ", while", ", whereas". */
const SPEAKER_TURN = /(?:,\s*(?:tandis que|tandis qu['’]|alors que|alors qu['’]|while|whereas)|;)\s+/giu;

/**
 * Two halves of a sentence when each has its own source, different from the other's: "Andrzej Duda a déclaré que A,
 * tandis que Mateusz Morawiecki a affirmé que B". Each half is attributed alone, on a copy of what the article said
 * before; a half whose source is only resolved from before (a pronoun) does not count as a second speaker.
 */
function twoSpeakers(sentence: string, offset: number, mentions: readonly EntityMention[], state: DiscourseState): [Half, Half] | null {
  for (const m of allMatches(SPEAKER_TURN, sentence)) {
    const cut = m.index!;
    const rest = cut + m[0].length;
    if (cut < 20 || sentence.length - rest < 20) continue;
    const copy = (): DiscourseState => ({ ...state, indefiniteByHead: new Map(state.indefiniteByHead) });
    const left = attributeSentence(sentence.slice(0, cut), offset, mentions, copy());
    const right = attributeSentence(sentence.slice(rest), offset + rest, mentions, copy());
    if (!left.attribution || !right.attribution || right.attribution.antecedent || left.attribution.source.name === right.attribution.source.name) continue;
    return [
      { start: offset, end: offset + cut, attribution: left.attribution, frameEnd: left.frameEnd },
      { start: offset + rest, end: offset + sentence.length, attribution: right.attribution, frameEnd: right.frameEnd },
    ];
  }
  return null;
}

interface Half extends Span {
  readonly attribution: NonNullable<Claim['attribution']>;
  readonly frameEnd: number | null;
}

// "X a déclaré que A, et que B": two claims sharing the frame; the second starts at "que B".
function splitFrame(sentence: string, offset: number, frameEnd: number | null): { start: number; end: number }[] {
  if (frameEnd === null) return [{ start: offset, end: offset + sentence.length }];
  const m = /,?\s+(?:et|and)\s+(?=(?:que|qu['’]|that)\b)/iu.exec(sentence.slice(frameEnd - offset));
  if (!m) return [{ start: offset, end: offset + sentence.length }];
  const cut = frameEnd + m.index;
  return [
    { start: offset, end: cut },
    { start: cut + m[0].length, end: offset + sentence.length },
  ];
}
