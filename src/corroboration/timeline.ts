// The corpus timeline: every dated expression, resolved against its article's date, ordered, with the claims
// that carry it. Partial dates ("--08-30") stay partial and sort after the dated ones of the same month.
import type { Claim, TimelineEntry } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { NO_MEMO, type Memo } from '../core/memo.js';
import { findDates } from '../language/index.js';
import { aroundOf } from './by-position.js';

/** A timeline entry with the claims that contain its date. */
export interface DatedEntry extends TimelineEntry {
  readonly claims: readonly string[];
  readonly rule: string;
}

/** Builds the timeline of a corpus. */
export function buildTimeline(articles: readonly Article[], claims: readonly Claim[], memo: Memo = NO_MEMO): DatedEntry[] {
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.article);
    if (list) list.push(c);
    else claimsOf.set(c.article, [c]);
  }
  const out: DatedEntry[] = [];
  for (const a of articles) {
    const around = aroundOf(claimsOf.get(a.id) ?? []); // claims by position: every claim for every date was quadratic
    const dates = memo(a.id, 'dates', () => `${a.text}\u0000${a.published}\u0000${a.language}`, () => findDates(a.text, { published: a.published, language: a.language }));
    for (const d of dates) {
      const inside = around(d.start, d.end).map((c) => c.id);
      out.push({ article: a.id, date: d.date, ...(d.until ? { until: d.until } : {}), text: d.text, start: d.start, end: d.end, claims: inside, rule: d.rule });
    }
  }
  const key = (e: DatedEntry): string => (e.date.startsWith('--') ? `9999${e.date.slice(1)}` : e.date);
  return out.sort((x, y) => key(x).localeCompare(key(y)) || x.article.localeCompare(y.article) || x.start - y.start);
}
