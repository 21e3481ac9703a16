// The reliability stage: per-article warning signs, each with a score, a flag, an explanation and evidence spans.
import type { Signal } from '../core/types.js';
import type { SignalContext, SignalFn } from './context.js';
import { commentsMixed } from './signals/comments-mixed.js';
import { headlineMismatch } from './signals/headline-mismatch.js';
import { noDate } from './signals/no-date.js';
import { republished } from './signals/republished.js';
import { sensational } from './signals/sensational.js';
import { anonymousSourcing, conditionalHeavy, unsourced } from './signals/sourcing.js';

export type { SignalContext } from './context.js';

/** The signals computed for every article, in the order the dossier lists them. */
const SIGNALS: readonly SignalFn[] = [sensational, headlineMismatch, anonymousSourcing, unsourced, noDate, commentsMixed, conditionalHeavy, republished];

/** Computes every warning sign of one article. */
export function computeSignals(context: SignalContext): Signal[] {
  return SIGNALS.map((signal) => signal(context));
}
