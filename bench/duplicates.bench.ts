// Benchmark of duplicate detection on synthetic corpora with planted copies.
// Run: node --import tsx bench/duplicates.bench.ts [sizes...]   (default 1000 2000 4000 8000)
// Prints the median time per size, the ratio to the previous size (near 2 when the work is linear, 4 if it were all pairs),
// recall of planted copies and passages, and links that were not planted.
import { findDuplicates, type DuplicateInput } from '../src/ingest/duplicates/index.js';
import { random } from './random.js';

const WORDS_PER_ARTICLE = 400;
const VOCABULARY_SIZE = 5000;
const COPY_RATE = 0.1;
const PASSAGE_RATE = 0.05;
const PASSAGE_WORDS = 40;
const REPEATS = 3; // the median of three runs, as timings on a shared machine are noisy
const COPY_KINDS = ['exact', 'comments', 'edits', 'excerpt'] as const;

type Plant = { kind: (typeof COPY_KINDS)[number] | 'passage'; source: number };


/** A made-up lexicon drawn with Zipf's law, so stock phrases of frequent words recur as in real news. */
function makeLexicon(next: () => number): () => string {
  const syllables = ['ra', 'to', 'mi', 'ké', 'lu', 'par', 'son', 'dé', 'gri', 'vo', 'tan', 'é', 'chu', 'bli', 'fa', 'ser'];
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    const count = 1 + Math.floor(next() * 4);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  const list = [...words];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

function render(words: readonly string[], loose = false): string {
  let text = '';
  words.forEach((word, i) => {
    const separator = i === 0 ? '' : i % 17 === 0 ? (loose ? '.\n\n' : '. ') : loose && i % 5 === 0 ? '  ' : ' ';
    text += separator + word;
  });
  return text + '.';
}

/** n articles; about 10% copy an earlier original, 5% embed a 40-word passage from one. */
function makeCorpus(n: number, seed: number): { articles: DuplicateInput[]; plants: Map<number, Plant> } {
  const next = random(seed);
  const word = makeLexicon(next);
  const fresh = (count: number) => Array.from({ length: count }, word);
  const bodies: string[][] = [];
  const originals: number[] = [];
  const plants = new Map<number, Plant>();
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = next();
    const source = originals[Math.floor(next() * originals.length)];
    if (source !== undefined && roll < COPY_RATE) {
      const kind = COPY_KINDS[i % COPY_KINDS.length]!;
      const body = bodies[source]!;
      const start = Math.floor(next() * (body.length - 150));
      const copied =
        kind === 'exact' ? body
        : kind === 'comments' ? [...body, ...fresh(150)]
        : kind === 'edits' ? body.map((w, k) => (k % 20 === 7 ? word() : w))
        : body.slice(start, start + 150);
      bodies.push(copied);
      texts.push(render(copied, kind === 'exact'));
      plants.set(i, { kind, source });
    } else if (source !== undefined && roll < COPY_RATE + PASSAGE_RATE) {
      const from = bodies[source]!;
      const at = Math.floor(next() * (from.length - PASSAGE_WORDS));
      const body = [...fresh(180), ...from.slice(at, at + PASSAGE_WORDS), ...fresh(180)];
      bodies.push(body);
      texts.push(render(body));
      plants.set(i, { kind: 'passage', source });
    } else {
      const body = fresh(WORDS_PER_ARTICLE - 40 + Math.floor(next() * 80));
      bodies.push(body);
      texts.push(render(body));
      originals.push(i);
    }
  }
  return { articles: texts.map((text, i) => ({ id: `n${i}`, text, title: `Article ${i}`, order: i })), plants };
}

function run(n: number): { ms: number; linkRecall: number; passageRecall: number; unplanted: number; byKind: string } {
  const { articles, plants } = makeCorpus(n, 42 + n);
  const times: number[] = [];
  let result = findDuplicates(articles);
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const t0 = performance.now();
    result = findDuplicates(articles);
    times.push(performance.now() - t0);
  }
  const ms = times.sort((x, y) => x - y)[Math.floor(REPEATS / 2)]!;
  const { links, shared } = result;
  const linkOf = new Map(links.map((l) => [Number(l.id.slice(1)), Number(l.duplicateOf.slice(1))]));
  // A copy may rightly point at its source or at another copy of the same source.
  const family = (i: number) => plants.get(i)?.source ?? i;
  let copies = 0;
  let found = 0;
  let passages = 0;
  let passagesFound = 0;
  const kinds = new Map<string, [number, number]>();
  for (const [i, plant] of plants) {
    if (plant.kind === 'passage') {
      passages++;
      if (shared.get(`n${i}`)!.some((p) => p.article === `n${plant.source}` && p.end - p.start > 0)) passagesFound++;
      continue;
    }
    copies++;
    const ok = linkOf.has(i) && family(linkOf.get(i)!) === plant.source;
    if (ok) found++;
    const tally = kinds.get(plant.kind) ?? [0, 0];
    kinds.set(plant.kind, [tally[0] + (ok ? 1 : 0), tally[1] + 1]);
  }
  const unplanted = [...linkOf.keys()].filter((i) => !plants.has(i) || plants.get(i)!.kind === 'passage').length;
  const byKind = [...kinds].map(([k, [f, t]]) => `${k} ${f}/${t}`).join(', ');
  return { ms, linkRecall: found / copies, passageRecall: passages ? passagesFound / passages : 1, unplanted, byKind };
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
run(500); // warm up the JIT
let previous: number | null = null;
console.log('articles  time (ms)  ratio  link recall  passage recall  unplanted links  by kind');
for (const n of sizes.length ? sizes : [1000, 2000, 4000, 8000]) {
  const r = run(n);
  const ratio = previous === null ? '   -' : (r.ms / previous).toFixed(2);
  console.log(
    `${String(n).padStart(8)}  ${r.ms.toFixed(0).padStart(9)}  ${ratio.padStart(5)}  ${r.linkRecall.toFixed(3).padStart(11)}` +
      `  ${r.passageRecall.toFixed(3).padStart(14)}  ${String(r.unplanted).padStart(15)}  ${r.byKind}`,
  );
  previous = r.ms;
}
