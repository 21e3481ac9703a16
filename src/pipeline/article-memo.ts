// The memo of `analyze` (core/memo.ts): per-article results read from the store before the analysis, new ones
// collected during it and written after. A result is reused only under the key it was stored with: a digest of the
// analysis code and data (analysisVersion) and of every input of the computation.
import { createHash } from 'node:crypto';
import type { Memo } from '../core/memo.js';
import type { ArticleResult } from '../store/store.js';

/** Per-article results of earlier runs, and the ones computed in this run. */
export class ArticleMemo {
  private readonly stored = new Map<string, ArticleResult>();
  private readonly computed = new Map<string, ArticleResult>();
  /** How many results were reused, and how many computed. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly version: string,
    stored: readonly ArticleResult[] = [],
  ) {
    for (const r of stored) this.stored.set(slot(r.article, r.kind), r);
  }

  /** The memo to hand to buildDossier. */
  readonly memo: Memo = (article, kind, inputs, compute) => {
    const key = createHash('sha256').update(this.version).update('\u0000').update(kind).update('\u0000').update(inputs()).digest('base64url');
    const known = this.stored.get(slot(article, kind));
    if (known && known.key === key) {
      this.hits++;
      return JSON.parse(known.value);
    }
    this.misses++;
    const value = compute();
    const result = { article, kind, key, value: JSON.stringify(value) };
    this.computed.set(slot(article, kind), result);
    this.stored.set(slot(article, kind), result);
    return value;
  };

  /** The results computed in this run, to keep for the next (one per article and kind). */
  fresh(): ArticleResult[] {
    return [...this.computed.values()];
  }
}

const slot = (article: string, kind: string): string => `${article}\u0000${kind}`;
