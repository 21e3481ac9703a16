// comments-mixed: reader comments were mixed into the saved text (they were moved aside into comments[]).
import type { Signal } from '../../core/types.js';
import type { SignalContext } from '../context.js';

/** Raised when the input carried a reader-comment thread. */
export function commentsMixed({ article }: SignalContext): Signal {
  const n = article.comments.length;
  return {
    name: 'comments-mixed',
    score: n > 0 ? 1 : 0,
    flag: n > 0,
    explanation: n > 0
      ? `${n} reader comment${n > 1 ? 's were' : ' was'} mixed into the text; moved aside, not analysed as the article's own words.`
      : 'No reader comments were found in the text.',
    evidence: [],
  };
}
