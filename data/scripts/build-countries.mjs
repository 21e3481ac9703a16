#!/usr/bin/env node
// Generates data/gazetteer/countries.jsonl from world-countries (ODbL) and i18n-iso-countries (MIT).
// Run: node data/scripts/build-countries.mjs. What the packages lack is in countries-supplement.jsonl (hand-written).
import { createRequire } from 'node:module';
import { writeJsonl, uniq } from './write-jsonl.mjs';

const require = createRequire(import.meta.url);
const world = require('world-countries/countries.json');
const iso = require('i18n-iso-countries');
iso.registerLocale(require('i18n-iso-countries/langs/fr.json'));
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
const isoEn = iso.getNames('en', { select: 'all' });
const isoFr = iso.getNames('fr', { select: 'all' });

// "Korea, Republic of" and "Holy See (Vatican City State)" are catalogue forms, never written in running text.
const isCatalogueForm = (s) => /[,()]/.test(s);
const isLatin = (s) => /^[\p{Script=Latin}\p{M}\s.'’\-]+$/u.test(s);
// Two-letter codes ("CN", "FR") are not names in running text; "US" and "UK" come from the supplement.
const isBareCode = (s, c) => s === c.cca2;

/** French plural of a demonym: "chinois" -> "chinois", "américain" -> "américains". */
function frPlural(word) {
  return /[sx]$/.test(word) ? word : word + 's';
}

/** English plural noun of a demonym: "American" -> "Americans"; "Chinese", "Swiss", "British" stay. */
function enPlural(word) {
  if (/(ese|ss|sh|ch|i)$/.test(word)) return null;
  return word + 's';
}

function countryRecord(c) {
  const fr = c.translations.fra ?? { common: c.name.common, official: c.name.official };
  const namesEn = uniq([c.name.common, c.name.official, ...(isoEn[c.cca2] ?? []), ...c.altSpellings])
    .filter((s) => isLatin(s) && !isCatalogueForm(s) && !isBareCode(s, c));
  const namesFr = uniq([fr.common, fr.official, ...(isoFr[c.cca2] ?? [])])
    .filter((s) => !isCatalogueForm(s));
  const dm = c.demonyms?.fra;
  const de = c.demonyms?.eng;
  const demonymsFr = dm ? uniq([dm.m, dm.f, frPlural(dm.m), frPlural(dm.f)].map((s) => s.toLowerCase())) : [];
  const demonymsEn = de ? uniq([de.m, de.f, enPlural(de.m), enPlural(de.f)]) : [];
  return {
    code: c.cca2,
    code3: c.cca3,
    en: c.name.common,
    fr: fr.common,
    names: { en: namesEn, fr: namesFr },
    demonyms: { en: demonymsEn, fr: demonymsFr },
    capitals: { en: c.capital ?? [] },
    region: c.region,
    independent: c.independent === true,
  };
}

// Territories often borrow their state's demonym ("American" for the Northern Mariana Islands): keep such a
// demonym for the independent country only, so "américaine" points at the United States alone.
const all = world.map(countryRecord);
const stateDemonyms = new Set(all.filter((c) => c.independent).flatMap((c) => [...c.demonyms.en, ...c.demonyms.fr]));
const records = all
  .map((c) => c.independent ? c : {
    ...c,
    demonyms: { en: c.demonyms.en.filter((d) => !stateDemonyms.has(d)), fr: c.demonyms.fr.filter((d) => !stateDemonyms.has(d)) },
  })
  .sort((a, b) => a.code.localeCompare(b.code));
writeJsonl('gazetteer/countries.jsonl', {
  kind: 'countries',
  source: 'npm world-countries@5.1.0 (mledoze/countries) and i18n-iso-countries@7.14.0',
  licence: 'ODbL-1.0 (world-countries data, attribution: Mohammed Le Doze) and MIT (i18n-iso-countries)',
  generatedBy: 'data/scripts/build-countries.mjs',
}, records);
