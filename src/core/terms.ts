// Words and phrases of the lexicons in data/lexicon as regular expressions: lower-case words separated by single
// spaces, hyphens or apostrophes, a trailing "*" letting the last word go on ("livr*": livre, livré, livraison).

/** The shape of a term in a lexicon file. */
export const TERM_SHAPE = /^[\p{Ll}\p{N}]+(?:[ '’-][\p{Ll}\p{N}]+)*\*?$/u;

/**
 * A list of terms read from a lexicon file, checked: a non-empty array of lower-case words or phrases, none twice.
 * `where` names the list in the messages ("data/lexicon/x.json cues.en.falsity").
 */
export function termList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new Error(`lexicon: ${where} must be a list of words or phrases`);
  const seen = new Set<string>();
  for (const [i, t] of value.entries()) {
    if (typeof t !== 'string' || !TERM_SHAPE.test(t)) throw new Error(`lexicon: ${where}[${i}]: "${String(t)}" is not a lower-case word or phrase`);
    if (seen.has(t)) throw new Error(`lexicon: ${where}[${i}]: "${t}" listed twice`);
    seen.add(t);
  }
  return value as string[];
}

/** A term as a pattern: a space is any spacing, an apostrophe either one, a trailing "*" more letters. */
export function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = (prefix ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/['’]/g, "['’]");
  return prefix ? `${body}\\p{L}*` : body;
}

/** Terms as one alternation, longest first (so that at one position the longest listed term wins). */
export function termAlternation(terms: readonly string[]): string {
  return [...new Set(terms)].sort((a, b) => b.length - a.length).map(termPattern).join('|');
}
