// Classes of actions and objects that make two statements "the same claim" across wording and languages: "la Chine a
// fourni des drones", "des entreprises chinoises ont expédié des armes", "China shipped drones" are transfer + weapons.
// The classes are general news event types and objects, kept as data (data/lexicon/event-classes.json: source,
// licence); this module validates them and compiles each class into one regular expression over whole words.
import { readFileSync } from 'node:fs';
import { allMatches } from '../core/regex.js';
import { termAlternation, termList } from '../core/terms.js';

const FILE = 'data/lexicon/event-classes.json';
const LANGS = ['en', 'fr'] as const;

/** Classes by name, each a matcher of its words in a lower-cased text, and all of them in one pass. */
export interface ClassTable {
  readonly names: readonly string[];
  /** One regex for every class: capture group k + 1 is class k (the terms' patterns capture nothing). */
  readonly all: RegExp;
}

/** Validates the parsed file and compiles its classes; throws `lexicon: ...` naming what is wrong. */
export function parseEventClasses(raw: unknown, file = FILE): { actions: ClassTable; objects: ClassTable } {
  const doc = raw as { source?: unknown; licence?: unknown; actions?: unknown; objects?: unknown } | null;
  if (!doc || typeof doc !== 'object' || typeof doc.source !== 'string' || typeof doc.licence !== 'string') {
    throw new Error(`lexicon: ${file} must be an object with "source", "licence", "actions" and "objects"`);
  }
  const table = (part: 'actions' | 'objects'): ClassTable => {
    const classes = doc[part];
    if (!classes || typeof classes !== 'object' || Array.isArray(classes)) throw new Error(`lexicon: ${file} needs "${part}": {class: {en: [...], fr: [...]}}`);
    const names: string[] = [];
    const groups: string[] = [];
    for (const [name, byLang] of Object.entries(classes as Record<string, Record<string, unknown>>)) {
      const terms: string[] = [];
      for (const lang of LANGS) {
        terms.push(...termList(byLang?.[lang], `${file} ${part}.${name}.${lang}`));
      }
      for (const key of Object.keys(byLang ?? {})) if (!(LANGS as readonly string[]).includes(key)) throw new Error(`lexicon: ${file} ${part}.${name}: unknown language "${key}"`);
      groups.push(`(${termAlternation(terms)})`);
      names.push(name);
    }
    return { names, all: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
  };
  return { actions: table('actions'), objects: table('objects') };
}

let cached: { actions: ClassTable; objects: ClassTable } | null = null;
function classes(): { actions: ClassTable; objects: ClassTable } {
  cached ??= parseEventClasses(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
  return cached;
}

/** The action classes (transfer, acquire, produce, attack, kill, detain, request, sanction, meet ...). */
export const actionClasses = (): ClassTable => classes().actions;
/** The object classes (weapons, components, money, vehicles). */
export const objectClasses = (): ClassTable => classes().objects;

/** The classes of a table whose words occur in a lower-cased text, in the table's order. */
export function classesIn(lowered: string, table: ClassTable): string[] {
  const found = new Set<number>();
  for (const m of allMatches(table.all, lowered)) {
    const k = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    if (k >= 0) found.add(k);
  }
  return table.names.filter((_, i) => found.has(i));
}
