#!/usr/bin/env node
// Generates data/lexicon/first-names.jsonl from @faker-js/faker (MIT): French and English first names as they are, the
// first names of other languages written in Latin script as they are,
// Russian and Ukrainian ones romanised in French and English with data/lexicon/cyrillic-latin.jsonl.
// Run: node --import tsx data/scripts/build-first-names.mjs (tsx lets it share the romaniser with the loader).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fr, en, ru, uk, it, es, de, pt_PT, pt_BR, nl, pl, sv, nb_NO, da, fi, lv, ro, cs_CZ, hu, hr, tr, sk, id_ID } from '@faker-js/faker';
import { romanise } from '../../src/language/knowledge/cyrillic.ts';
import { dataDir, writeJsonl } from './write-jsonl.mjs';

const table = readFileSync(join(dataDir, 'lexicon/cyrillic-latin.jsonl'), 'utf8').split('\n')
  .filter((l) => l.startsWith('{"cyr"')).map((l) => ({ at: 'any', for: null, ...JSON.parse(l) }));

const genders = { male: 'm', female: 'f', generic: 'x' };
const records = [];
const seen = new Set();

function add(record) {
  const id = `${record.lang}:${record.name}:${record.gender}`;
  if (seen.has(id)) return;
  seen.add(id);
  records.push(record);
}

for (const [lang, locale] of [['fr', fr], ['en', en]]) {
  for (const [group, names] of Object.entries(locale.person.first_name)) {
    for (const name of names) add({ name, lang, gender: genders[group] });
  }
}
// Other languages in Latin script, for the names news quotes from everywhere ("Davide Canegrati", "Aija Kalnaja").
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
for (const [lang, locale] of [['it', it], ['es', es], ['de', de], ['pt', pt_PT], ['pt', pt_BR], ['nl', nl], ['pl', pl], ['sv', sv], ['nb', nb_NO], ['da', da], ['fi', fi], ['lv', lv], ['ro', ro], ['cs', cs_CZ], ['hu', hu], ['hr', hr], ['tr', tr], ['sk', sk], ['id', id_ID]]) {
  for (const [group, names] of Object.entries(locale.person?.first_name ?? {})) {
    if (!(group in genders)) continue;
    for (const name of names) if (LATIN_NAME.test(name)) add({ name, lang, gender: genders[group] });
  }
}
for (const [lang, locale] of [['ru', ru], ['uk', uk]]) {
  for (const [group, names] of Object.entries(locale.person.first_name)) {
    for (const cyr of names) {
      const frForm = romanise(cyr, table, 'fr', lang);
      const enForm = romanise(cyr, table, 'en', lang);
      add({ name: frForm, lang, gender: genders[group], variants: enForm === frForm ? [] : [enForm], cyrillic: cyr });
    }
  }
}

writeJsonl('lexicon/first-names.jsonl', {
  kind: 'first-names',
  source: 'npm @faker-js/faker@10.6.0 (locales fr, en, ru, uk, and it, es, de, pt_PT, pt_BR, nl, pl, sv, nb_NO, da, fi, lv, ro, cs_CZ, hu, hr, tr, sk, id_ID for names in Latin script: person.first_name)',
  licence: 'MIT (faker-js contributors)',
  generatedBy: 'data/scripts/build-first-names.mjs',
}, records);
