// French date words. Months are written in lower case in French, so a lone capitalised "Mars" is left to the planet.
import type { Locale } from '../types.js';

const A = `['’]`; // straight or curly apostrophe: "l'an", "l’an"

/** French months, weekdays, cues and relative phrases. */
export const fr: Locale = {
  code: 'fr',
  months: {
    janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5,
    juin: 6, juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10, 'oct.': 10,
    novembre: 11, 'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  namesNeedCapital: false,
  loneMonthNeedsLowerCase: true,
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30 },
  ordinals: {
    premier: 1, '1er': 1, deuxième: 2, '2e': 2, '2ème': 2, second: 2, troisième: 3, '3e': 3, '3ème': 3,
    quatrième: 4, '4e': 4, '4ème': 4, dernier: 4,
  },
  day: String.raw`(?:1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])(?![\p{L}\p{N}])`,
  monthFirst: false,
  numericDayFirst: true,
  // "de 2000 à 2020" and "de 2000 drones" start alike: a bare "de" is left to the ranges.
  yearCues: `en|depuis|dès|jusqu${A}en|d${A}ici|avant|après|fin|début|courant|l${A}an|l${A}année|année`,
  monthCues: `en|depuis|dès|jusqu${A}en|d${A}ici|début|fin|courant|avant|après|de|mois\\s+de`,
  last: 'dernier|passé',
  next: 'prochain',
  directionAfterName: true,
  rangeOpen: `du|entre\\s+le|entre|de|d${A}`,
  rangeClose: `au|et\\s+le|et|à|jusqu${A}au|jusqu${A}en`,
  quarterWord: 'trimestre',
  halfWord: 'semestre',
  yearJoin: `de\\s+l${A}année|de`,
  fiscal: `de\\s+l${A}exercice|fiscal`,
  ago: String.raw`il\s+y\s+a\s+(?<n>NUM)\s+(?<unit>jours?|mois|ans?|années?)`,
  agoUnits: { jour: 'day', jours: 'day', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year' },
  habitualBeforeWeekday: String.raw`le|les|chaque|tous\s+les|un`,
  quantityNouns: [
    'exemplaires', 'unités', 'drones', 'personnes', 'euros', 'dollars', 'soldats', 'hommes', 'km', 'kilomètres',
    'mètres', 'tonnes', 'habitants', 'morts', 'victimes', 'missiles', 'obus', 'pièces', 'salariés', 'emplois', 'membres',
  ],
  shifts: {
    'day-before-yesterday': 'avant-hier',
    yesterday: 'hier',
    today: `aujourd${A}hui`,
    tomorrow: 'demain',
    'last-week': String.raw`la\s+semaine\s+(?:dernière|passée)`,
    'this-week': String.raw`cette\s+semaine`,
    'next-week': String.raw`la\s+semaine\s+prochaine`,
    'last-month': String.raw`le\s+mois\s+(?:dernier|passé)`,
    // "Au début de ce mois", "plus tôt ce mois-ci", "ce mois-ci"
    'this-month': String.raw`(?:(?:au|en)\s+début\s+de\s+|(?:à\s+la\s+)?fin\s+de\s+|(?:plus\s+tôt|plus\s+tard)\s+)?ce\s+mois(?:-ci)?`,
    'next-month': String.raw`le\s+mois\s+prochain`,
    'last-year': `l${A}an(?:née)?\\s+(?:dernier|dernière|passée?)`,
    'this-year': String.raw`(?:(?:au|en)\s+début\s+de\s+|plus\s+tôt\s+)?cette\s+année`,
    'next-year': `l${A}an(?:née)?\\s+prochaine?`,
  },
};
