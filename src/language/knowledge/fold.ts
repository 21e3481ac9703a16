// Folding: the form under which names are compared, whatever their accents, case and typography.

const apostrophes = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/g; // ’ ‘ ʼ ʻ ` ´ ′ -> '
const dashes = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g; // ‐ ‑ ‒ – — − -> -
const spaces = /[\s\u00A0\u202F]+/g; // "États\u00A0Unis" -> "etats unis"
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Printable ASCII but the backtick: nothing to fold but case and runs of spaces. */
const plainAscii = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds a surface form: accents and case removed, apostrophes and dashes made plain ("États-Unis" -> "etats-unis"). */
export function fold(text: string): string {
  // The same result, faster, for the common case (the gazetteer folds every n-gram of every article).
  if (plainAscii.test(text)) return text.replace(/ {2,}/g, ' ').trim().toLowerCase();
  return text
    .replace(/[œŒæÆß]/g, (c) => ligatures[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(apostrophes, "'")
    .replace(dashes, '-')
    .replace(spaces, ' ')
    .trim()
    .toLowerCase();
}

/** The readable part of a key: "Washington, D.C." -> "washington-d-c" (same rule as data/scripts/build-cities.mjs). */
export function slug(name: string): string {
  return fold(name).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
