// What article-level signals may look at beyond the article: its claims and entity mentions.
import type { Claim, Mention } from '../core/dossier.js';
import type { Article, Signal } from '../core/types.js';

/** An article with the layers computed for it. */
export interface SignalContext {
  readonly article: Article;
  readonly claims: readonly Claim[];
  /** Entity mentions in this article, with their entity id. */
  readonly mentions: readonly (Mention & { readonly entity: string })[];
}

/** A signal: a function from an article in context to one warning sign. */
export type SignalFn = (context: SignalContext) => Signal;

/** An evidence span of an article's text. */
export const spanOf = (article: Article, start: number, end: number): { start: number; end: number; text: string } => ({
  start,
  end,
  text: article.text.slice(start, end),
});

/** A score rounded to three decimals and kept in 0..1. */
export const clampScore = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
