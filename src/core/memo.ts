// Per-article results kept between runs. A stage that computes something of one article from that article alone (its
// mentions, dates, claims, warning signs) asks the memo first: the memo hands back the result stored when the same
// inputs were last seen by the same analysis code, or computes it and keeps it. The pipeline stays pure without one.

/**
 * The result of `compute` for one article: the stored one when `inputs()` (every input of the computation, as text)
 * is unchanged since it was stored, else computed now. `kind` names the result ("mentions", "claims" ...).
 */
export type Memo = <T>(article: string, kind: string, inputs: () => string, compute: () => T) => T;

/** No memory between runs: every result is computed. */
export const NO_MEMO: Memo = (_article, _kind, _inputs, compute) => compute();
