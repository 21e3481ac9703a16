// The corpus of bench/pipeline.bench.ts: real articles, then "parallel worlds" of them. World 0 is the real texts as
// they are (the demo articles and, when ../shared is present, FNC-1 bodies, PolNeAR, SemEval French and English). World
// g > 0 is the same articles with every name and every rare word replaced by a made-up word chosen for that world, and
// every number changed: the grammar, the reporting verbs and the common words stay, so the analysis meets sentences of
// the same shape, but world g tells other stories about other actors. Inside a world the articles keep what links
// them (the same made-up name in every article that named the same actor), so a bigger corpus has more stories, each
// with its many outlets, as a real feed that grows; not more copies of the same few texts, whose shared passages and
// actors would grow with the corpus (a worst case of near-duplicates, measured apart by the duplicates benches).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../src/language/dates/locales/en.js';
import { fr } from '../src/language/dates/locales/fr.js';
import { EXAMPLES } from './demo-corpus.js';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');

/** A word is kept in every world when at least this share of the real texts have it, in lower case at least half the time. */
const COMMON_SHARE = 0.01;

/** The real texts the corpus is made from. */
export function realTexts(): string[] {
  const folders = [
    EXAMPLES,
    join(SHARED, 'fnc1-stories/dev/bodies'),
    join(SHARED, 'polnear/dev/text'),
    join(SHARED, 'semeval2023-task3/en/train-articles-subtask-1'),
    join(SHARED, 'semeval2023-task3/fr/train-articles-subtask-1'),
  ];
  const texts: string[] = [];
  const seen = new Set<string>(); // the same article saved twice in a data set is read once
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(txt|md)$/.test(name) || /^readme/i.test(name)) continue;
      const text = readFileSync(join(folder, name), 'utf8');
      if (text.split(/\s+/).length < 80 || seen.has(text)) continue;
      seen.add(text);
      texts.push(text);
    }
  }
  return texts;
}

/** The words kept in every world: in at least COMMON_SHARE of the texts, and written in lower case most of the time. */
function commonWords(texts: readonly string[]): Set<string> {
  const documents = new Map<string, number>();
  const lower = new Map<string, number>();
  const all = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const w of text.match(/\p{L}+/gu) ?? []) {
      const key = w.toLowerCase();
      all.set(key, (all.get(key) ?? 0) + 1);
      if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      if (!seen.has(key)) documents.set(key, (documents.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const least = Math.max(2, Math.ceil(texts.length * COMMON_SHARE));
  // Month and weekday names are the calendar's, not a story's: kept, so the worlds keep their dates.
  const calendar = [en, fr].flatMap((l) => [...Object.keys(l.months), ...Object.keys(l.weekdays)]).filter((w) => /^\p{L}+$/u.test(w));
  return new Set([...calendar, ...[...documents].filter(([w, d]) => d >= least && (lower.get(w) ?? 0) >= 0.5 * all.get(w)!).map(([w]) => w)]);
}

/** A made-up word for `word` in `world`: the same every time, about as long, written in the same case. */
function madeUp(word: string, world: number): string {
  let h = 2166136261 ^ world;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  const consonants = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  let out = '';
  for (let i = 0; out.length < Math.max(3, word.length); i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += consonants[h % consonants.length]! + vowels[(h >>> 8) % vowels.length]!;
    if (i % 2 === 1 && (h >>> 16) % 3 === 0) out += consonants[(h >>> 20) % consonants.length]!;
  }
  out = out.slice(0, Math.max(3, word.length));
  if (word === word.toUpperCase() && word.length > 1) return out.toUpperCase();
  if (word[0] !== word[0]!.toLowerCase()) return out[0]!.toUpperCase() + out.slice(1);
  return out;
}

/** `n` distinct article texts: the real ones, then world 1, world 2 ... of them, in the same order. */
export function corpus(n: number): string[] {
  const real = realTexts();
  const common = commonWords(real);
  const out: string[] = [];
  let words = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const world = Math.floor(i / real.length);
    const text = real[i % real.length]!;
    if (world === 0) {
      out.push(text);
      continue;
    }
    if (i % real.length === 0) words = new Map();
    const renamed = text
      .replace(/\p{L}+/gu, (w) => {
        if (common.has(w) || (common.has(w.toLowerCase()) && w.slice(1) === w.slice(1).toLowerCase())) return w;
        let made = words.get(w);
        if (made === undefined) words.set(w, (made = madeUp(w, world)));
        return made;
      })
      // Numbers above 31 move by the world's offset (days of the month stay valid), so figures and years differ
      // between worlds but agree inside one.
      .replace(/\d+/g, (d) => (Number(d) <= 31 ? d : String(Number(d) + world).padStart(d.length, '0')));
    out.push(renamed);
  }
  return out;
}
