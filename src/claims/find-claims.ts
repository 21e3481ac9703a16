// Claims of one article: each checkable sentence (the headline too), split where one frame reports two statements
// ("X a déclaré que A, et que B"), with its attribution and modality.
import { createHash } from 'node:crypto';
import type { Claim } from '../core/dossier.js';
import { splitSentences } from '../language/index.js';
import { attributeSentence, rememberSource, type DiscourseState } from './attribution.js';
import { decideModality } from './modality.js';
import type { EntityMention } from './sources.js';

/** A claim with the cue that decided its modality, for explanations. */
export interface FoundClaim extends Claim {
  readonly modalityCue: string | null;
}

/** Fewest words for a sentence to be a claim ("Partenariat illimité" is a heading). */
const MIN_WORDS = 4;

/** Finds the claims of one article. */
export function findClaims(article: { id: string; text: string }, mentions: readonly EntityMention[]): FoundClaim[] {
  const claims: FoundClaim[] = [];
  const state: DiscourseState = { lastSource: null, sources: [] };
  for (const span of splitSentences(article.text)) {
    const sentence = article.text.slice(span.start, span.end);
    if (/\?\s*[»"”]?$/.test(sentence) || sentence.split(/\s+/).length < MIN_WORDS) continue;
    const found = attributeSentence(sentence, span.start, mentions, state);
    if (found.cleft && found.attribution) {
      // "C'est ce qu'affirme le Times": the sentence before is the Times' report, via its own source.
      const prev = claims[claims.length - 1];
      if (prev) {
        const via = prev.attribution ? [prev.attribution.source.name, ...(prev.attribution.via ?? [])] : [];
        const attribution = { ...found.attribution, ...(via.length ? { via } : {}) };
        const modality = decideModality(prev.text, true, null);
        claims[claims.length - 1] = { ...prev, attribution, modality: prev.modality === 'asserted' || prev.modality === 'hedged' ? modality.modality : prev.modality };
      }
      rememberSource(state, found.attribution, sentence, span.start, mentions);
      continue;
    }
    for (const part of splitFrame(sentence, span.start, found.frameEnd)) {
      const text = article.text.slice(part.start, part.end);
      const frame = found.frameEnd !== null && found.frameEnd > part.start ? found.frameEnd - part.start : found.frameEnd !== null ? 0 : null;
      const modality = decideModality(text, found.attribution !== null, frame);
      claims.push({
        id: `c_${createHash('sha256').update(`${article.id}:${part.start}`).digest('hex').slice(0, 12)}`,
        article: article.id,
        start: part.start,
        end: part.end,
        text,
        modality: modality.modality,
        attribution: found.attribution,
        cluster: null,
        modalityCue: modality.cue,
      });
    }
    rememberSource(state, found.attribution, sentence, span.start, mentions);
  }
  return claims;
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
