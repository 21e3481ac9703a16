// no-date: the article gives no publication date, so nothing it says can be placed in time.
import type { Signal } from '../../core/types.js';
import type { SignalContext } from '../context.js';

/** Raised when no publication date was found in the article's metadata, header or URL. */
export function noDate({ article }: SignalContext): Signal {
  const missing = article.published === null;
  return {
    name: 'no-date',
    score: missing ? 1 : 0,
    flag: missing,
    explanation: missing
      ? 'No publication date was found (no date metadata, header line or dated URL): its claims cannot be placed in time.'
      : `Published ${article.published} (from ${article.publishedEvidence?.from ?? 'unknown'}).`,
    evidence: [],
  };
}
