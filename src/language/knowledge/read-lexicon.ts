// Reads the lexicon files of data/lexicon/ into checked records.
import type { CyrillicRow } from './cyrillic.js';
import { readRecords as readAll, type FileRef, type Read } from './jsonl.js';
import type { ChineseSurname, FirstName, Honorific, Role, TransliterationRule } from './types.js';

const genders = ['m', 'f', 'x'] as const;

/** Reads first-names.jsonl or first-names-supplement.jsonl. */
export function readFirstNames(ref: FileRef, kind: 'first-names' | 'first-names-supplement'): Read<FirstName> {
  return readAll(ref, kind, (f) => {
    const row: FirstName = { name: f.str('name'), lang: f.str('lang'), gender: f.oneOf('gender', genders), variants: f.list('variants', { optional: true }) };
    f.optStr('cyrillic');
    return row;
  });
}

/** Reads chinese-surnames.jsonl. */
export function readChineseSurnames(ref: FileRef): Read<ChineseSurname> {
  return readAll(ref, 'chinese-surnames', (f) => ({ name: f.str('name'), hanzi: f.str('hanzi'), variants: f.list('variants') }));
}

/** Reads honorifics.jsonl. */
export function readHonorifics(ref: FileRef): Read<Honorific> {
  return readAll(ref, 'honorifics', (f) => ({
    form: f.str('form'),
    lang: f.oneOf('lang', ['fr', 'en'] as const),
    gender: f.oneOf('gender', genders),
    kind: f.oneOf('kind', ['civil', 'academic', 'legal', 'religious', 'noble', 'political', 'military'] as const),
    meaning: f.str('meaning'),
  }));
}

/** Reads roles.jsonl. */
export function readRoles(ref: FileRef): Read<Role> {
  return readAll(ref, 'roles', (f) => {
    const row: Role = {
      id: f.str('id'),
      kind: f.oneOf('kind', ['office', 'occupation', 'anonymous', 'collective', 'document'] as const),
      isPerson: f.bool('isPerson'),
      fr: f.list('fr'),
      en: f.list('en'),
    };
    if (row.fr.length + row.en.length === 0) f.fail('must give at least one French or English form');
    if (row.kind === 'document' && row.isPerson) f.fail('a "document" role cannot have "isPerson": true');
    return row;
  });
}

/** Reads transliteration.jsonl: the ordered rules of nameKey(). */
export function readTransliteration(ref: FileRef): Read<TransliterationRule> {
  return readAll(ref, 'transliteration', (f) => {
    const rule: TransliterationRule = { from: f.str('from'), to: f.text('to'), at: f.oneOf('at', ['any', 'start', 'end'] as const), example: f.str('example') };
    if (rule.from !== rule.from.toLowerCase() || rule.to !== rule.to.toLowerCase()) f.fail('"from" and "to" must be lower case: rules apply to folded words');
    // Rules repeat until nothing matches, so "to" must not bring "from" back ("i" -> "ii" would never stop).
    if (rule.at === 'any' && rule.to.includes(rule.from)) f.fail(`"to" ("${rule.to}") must not contain "from" ("${rule.from}")`);
    return rule;
  });
}

/** Reads cyrillic-latin.jsonl. */
export function readCyrillic(ref: FileRef): Read<CyrillicRow> {
  return readAll(ref, 'cyrillic-latin', (f) => {
    const cyr = f.str('cyr');
    if (!/^\p{Script=Cyrillic}{1,2}$/u.test(cyr) || cyr !== cyr.toLowerCase()) f.fail(`"cyr" must be one or two lower-case Cyrillic letters; got "${cyr}"`);
    const forLang = f.optStr('for');
    if (forLang !== null && forLang !== 'ru' && forLang !== 'uk') f.fail(`"for" must be "ru" or "uk"; got "${forLang}"`);
    return {
      cyr,
      at: f.oneOf('at', ['any', 'start', 'end', 'afterVowel', 'betweenVowels'] as const, 'any'),
      fr: f.text('fr'),
      en: f.text('en'),
      for: forLang as 'ru' | 'uk' | null,
    };
  });
}
