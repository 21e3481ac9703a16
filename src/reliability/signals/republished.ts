// republished: the article copies another one of the corpus (a republication is not an independent source).
import type { Signal } from '../../core/types.js';
import type { SignalContext } from '../context.js';

/** Raised when the article is an exact or near copy of an earlier one; evidence spans are the shared passages. */
export function republished({ article }: SignalContext): Signal {
  const copy = article.duplicateOf !== null;
  const evidence = copy
    ? article.sharedPassages
        .filter((p) => p.article === article.duplicateOf)
        .slice(0, 5)
        .map((p) => ({ start: p.start, end: p.end, text: article.text.slice(p.start, p.end) }))
    : [];
  return {
    name: 'republished',
    score: copy ? (article.similarity ?? 1) : 0,
    flag: copy,
    explanation: copy
      ? `A copy (similarity ${article.similarity}) of article ${article.duplicateOf}: it is not an independent source.`
      : 'Not a copy of another article in this corpus.',
    evidence,
  };
}
