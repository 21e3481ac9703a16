// English date words. Month and weekday names must be capitalised: "may" and "march" in lower case are verbs.
import type { Locale } from '../types.js';

/** English months, weekdays, cues and relative phrases. */
export const en: Locale = {
  code: 'en',
  months: {
    january: 1, 'jan.': 1, february: 2, 'feb.': 2, march: 3, 'mar.': 3, april: 4, 'apr.': 4, may: 5, june: 6,
    'jun.': 6, july: 7, 'jul.': 7, august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9, october: 10,
    'oct.': 10, november: 11, 'nov.': 11, december: 12, 'dec.': 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  namesNeedCapital: true,
  loneMonthNeedsLowerCase: false,
  numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30 },
  ordinals: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 },
  day: String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}])`,
  monthFirst: true,
  numericDayFirst: false,
  // "from" and "of" are left out: "from 2000 feet", "a fleet of 2000 aircraft".
  yearCues: String.raw`in|since|by|until|till|before|after|during|early|late|the\s+year`,
  monthCues: String.raw`in|since|by|until|till|before|after|during|early|late|the\s+month\s+of`,
  last: 'last',
  next: 'next',
  directionAfterName: false,
  rangeOpen: 'from|between',
  rangeClose: 'to|and|until|till|through',
  quarterWord: 'quarter',
  halfWord: 'half',
  yearJoin: String.raw`of\s+the\s+year|of`,
  fiscal: String.raw`(?:of\s+)?(?:the\s+)?fiscal`,
  ago: String.raw`(?<n>NUM)\s+(?<unit>days?|months?|years?)\s+ago`,
  agoUnits: { day: 'day', days: 'day', month: 'month', months: 'month', year: 'year', years: 'year' },
  habitualBeforeWeekday: String.raw`every|each|a`,
  quantityNouns: [
    'units', 'drones', 'people', 'dollars', 'euros', 'troops', 'soldiers', 'km', 'kilometers', 'kilometres', 'miles',
    'feet', 'tonnes', 'tons', 'missiles', 'shells', 'copies', 'employees', 'jobs', 'members', 'deaths', 'victims',
  ],
  shifts: {
    'day-before-yesterday': String.raw`the\s+day\s+before\s+yesterday`,
    yesterday: 'yesterday',
    today: 'today',
    tomorrow: 'tomorrow',
    'last-week': String.raw`last\s+week`,
    'this-week': String.raw`this\s+week`,
    'next-week': String.raw`next\s+week`,
    'last-month': String.raw`last\s+month`,
    'this-month': String.raw`(?:(?:earlier|later)\s+)?this\s+month`,
    'next-month': String.raw`next\s+month`,
    'last-year': String.raw`last\s+year`,
    'this-year': String.raw`(?:(?:earlier|later)\s+)?this\s+year`,
    'next-year': String.raw`next\s+year`,
  },
};
