// headline-mismatch: the headline names actors or says things the body never supports.
import type { Signal } from '../../core/types.js';
import { clampScore, spanOf, type SignalContext } from '../context.js';

/** Score at which the flag is raised. */
const FLAG_AT = 0.4;
const STOP = new Set('les des une dans pour avec sans sur par que qui est sont aux une pendant entre contre vers selon the and for with from that this are was were into over after before about'.split(' '));

/** Compares the headline's entities and content words with the body's. */
export function headlineMismatch({ article, mentions }: SignalContext): Signal {
  const cut = article.bodyStart;
  if (cut === 0) return { name: 'headline-mismatch', score: 0, flag: false, explanation: 'The article has no separate headline.', evidence: [] };
  const inTitle = mentions.filter((m) => m.end <= cut);
  const inBody = new Set(mentions.filter((m) => m.start >= cut).map((m) => m.entity));
  const missing = inTitle.filter((m) => !inBody.has(m.entity));
  const titleEntities = new Set(inTitle.map((m) => m.entity));
  const entityGap = titleEntities.size ? new Set(missing.map((m) => m.entity)).size / titleEntities.size : 0;
  const stem = (w: string): string => w.toLocaleLowerCase('fr').slice(0, 5);
  const body = new Set((article.text.slice(cut).match(/\p{L}{4,}/gu) ?? []).map(stem));
  const titleWords = (article.text.slice(0, cut).match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w.toLowerCase()));
  const unsupported = titleWords.filter((w) => !body.has(stem(w)));
  const wordGap = titleWords.length ? unsupported.length / titleWords.length : 0;
  const score = clampScore(0.6 * entityGap + 0.4 * wordGap);
  const names = [...new Set(missing.map((m) => m.text))];
  return {
    name: 'headline-mismatch',
    score,
    flag: score >= FLAG_AT,
    explanation: names.length || unsupported.length
      ? `The body never mentions ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'some of the headline'}${unsupported.length ? `; ${unsupported.length} of ${titleWords.length} headline words are absent from the body (${unsupported.slice(0, 6).join(', ')})` : ''}.`
      : 'Everything the headline names is in the body.',
    evidence: missing.length ? missing.map((m) => spanOf(article, m.start, m.end)) : score >= FLAG_AT ? [spanOf(article, 0, Math.max(0, cut - 2))] : [],
  };
}
