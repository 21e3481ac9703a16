// Country adjectives, compounds included: "chinoises" -> China; "sino-russe", "russo-ukrainien", "US-China" -> both.
import { fold } from './fold.js';

/** The indexes compound resolution needs: folded demonym, prefix and country name -> country codes. */
export interface AdjectiveIndexes {
  readonly demonyms: ReadonlyMap<string, readonly string[]>;
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  readonly countryNames: ReadonlyMap<string, readonly string[]>;
}

/** Country codes an adjective points at, in order; [] when any part is unknown ("néo-libéral"). */
export function countryCodesOfAdjective(word: string, ix: AdjectiveIndexes): readonly string[] {
  const whole = fold(word);
  const direct = ix.demonyms.get(whole);
  if (direct !== undefined) return direct;
  const parts = whole.split('-').filter((p) => p !== '');
  if (parts.length < 2) return [];
  const codes: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isLast = i === parts.length - 1;
    // "nord-coréen" is one demonym: try the pair before the single part.
    const pair = isLast ? undefined : ix.demonyms.get(`${part}-${parts[i + 1]!}`);
    if (pair !== undefined && i + 1 === parts.length - 1) { codes.push(...pair); break; }
    const found = (isLast ? undefined : ix.prefixes.get(part)) ?? ix.demonyms.get(part) ?? ix.countryNames.get(part);
    if (found === undefined) return [];
    codes.push(...found);
  }
  return [...new Set(codes)];
}
