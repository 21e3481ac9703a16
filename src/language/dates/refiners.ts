// Refiners: they take the candidates of every rule and decide which stand, in the order index.ts gives.
import type { DateMention } from './types.js';

/** A candidate mention with the position of its rule in the finder order (earlier wins a tie). */
export interface Candidate extends DateMention {
  readonly order: number;
}

/** Keeps the longest of overlapping candidates ("21 mars 2023" over "mars 2023"), the earlier rule on a tie. */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken = new Set<number>(); // offsets already covered: linear in the spans, not quadratic in the candidates
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Joins a weekday to a neighbour naming the same day, "aujourd'hui, mardi" or "hier (lundi)", into one mention. */
export function mergeAppositions(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = out.at(-1);
    const between = last ? text.slice(last.end, c.start) : '';
    // Only a weekday is an apposition: "21/03/2023, 2023-03-21" is a list that happens to repeat itself.
    const isApposition = last && (last.rule === 'weekday' || c.rule === 'weekday') && /^\s*[,(]?\s*$/.test(between);
    if (last && isApposition && last.date === c.date && last.until === c.until) {
      const end = c.end + (text[c.end] === ')' && between.includes('(') ? 1 : 0);
      out[out.length - 1] = { ...last, end, text: text.slice(last.start, end), rule: `${last.rule}+${c.rule}` };
    } else {
      out.push(c);
    }
  }
  return out;
}
