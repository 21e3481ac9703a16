// The reliability stage: per-article warning signs, each with its explanation and evidence.
import type { Article, Signal } from '../core/types.js';
import { commentsMixed } from './signals/comments-mixed.js';
import { noDate } from './signals/no-date.js';
import { republished } from './signals/republished.js';

/** The signals computed for every article, in the order they are listed. */
const SIGNALS: readonly ((article: Article) => Signal)[] = [noDate, commentsMixed, republished];

/** Computes every warning sign of one article. */
export function computeSignals(article: Article): Signal[] {
  return SIGNALS.map((signal) => signal(article));
}
