// Benchmark of the language and claims stages on the demo corpus (examples/), repeated to larger sizes (issue 3).
// Run: node --import tsx bench/language.bench.ts [--scales=1,4,16,64] [--repeats=N]
//      RECOUPE_BENCH_BIG=1 adds the scale 256 (3,584 articles); --scales=... runs any list.
// The examples go through the real ingest once (walkInputs, loadFile, buildArticle, in the pipeline's order); the
// cleaned articles are then copied under distinct ids to 1x, 4x, 16x, 64x the corpus. For each size it times
// analyzeLanguage (mentions, then entity linking across articles) and analyzeClaims separately, and prints articles/s,
// mentions/s, entities, claims/s and the process's peak RSS. The knowledge is loaded (and timed) once, before anything.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeClaims } from '../src/claims/index.js';
import type { Article } from '../src/core/types.js';
import { EXAMPLES, ingestExamples } from './demo-corpus.js';
import { analyzeLanguage, loadKnowledge, type Knowledge } from '../src/language/index.js';
import { findMentions } from '../src/language/mentions/find-mentions.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SCALES = [1, 4, 16, 64];
const BIG_SCALES = [256];


/** The corpus repeated `times` times; copy k of an article gets the id `<id>~k` (copy 0 keeps its own). */
function repeat(base: readonly Article[], times: number): Article[] {
  const out: Article[] = [];
  for (let k = 0; k < times; k++) for (const a of base) out.push(k === 0 ? a : { ...a, id: `${a.id}~${k}` });
  return out;
}

/** CPU time so far (user + system), in ms: steadier than wall time on a shared machine. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Median CPU and wall times of `repeats` runs of fn, with the last run's result. */
function timed<T>(fn: () => T, repeats: number): { ms: number; wallMs: number; value: T } {
  const times: number[] = [];
  const walls: number[] = [];
  let value: T | undefined;
  for (let r = 0; r < repeats; r++) {
    const [w0, t0] = [performance.now(), cpuMs()];
    value = fn();
    times.push(cpuMs() - t0);
    walls.push(performance.now() - w0);
  }
  const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(repeats / 2)]!;
  return { ms: median(times), wallMs: median(walls), value: value as T };
}

interface Row {
  readonly scale: number;
  readonly articles: number;
  readonly chars: number;
  readonly mentionsMs: number;
  readonly languageMs: number;
  readonly languageWallMs: number;
  readonly mentions: number;
  readonly entities: number;
  readonly claimsMs: number;
  readonly claims: number;
  readonly peakRssMb: number;
}

function run(base: readonly Article[], scale: number, knowledge: Knowledge, repeats: number): Row {
  const articles = repeat(base, scale);
  // mentions alone (the per-article part), to tell it from the linking across articles in analyzeLanguage's time
  const mentionsOnly = timed(() => articles.reduce((n, a) => n + findMentions(a.text, knowledge).length, 0), repeats);
  const language = timed(() => analyzeLanguage(articles, knowledge), repeats);
  const { entities, mentions } = language.value;
  const claims = timed(() => analyzeClaims(articles, entities, mentions), repeats);
  let mentionCount = 0;
  for (const list of mentions.values()) mentionCount += list.length;
  return {
    scale,
    articles: articles.length,
    chars: articles.reduce((n, a) => n + a.text.length, 0),
    mentionsMs: mentionsOnly.ms,
    languageMs: language.ms,
    languageWallMs: language.wallMs,
    mentions: mentionCount,
    entities: entities.length,
    claimsMs: claims.ms,
    claims: claims.value.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function print(rows: readonly Row[]): void {
  const header = ['scale', 'articles', 'chars', 'language ms', 'ratio', 'wall ms', 'articles/s', 'mentions', 'mentions/s', 'of which linking', 'entities', 'claims ms', 'ratio', 'claims', 'claims/s', 'peak RSS MB'];
  const lines = rows.map((r, i) => {
    const prev = rows[i - 1];
    const ratio = (now: number, before: number | undefined): string => (prev && before ? (now / before).toFixed(2) : '-');
    const linking = Math.max(0, r.languageMs - r.mentionsMs) / r.languageMs;
    return [
      `${r.scale}x`, String(r.articles), String(r.chars), r.languageMs.toFixed(0), ratio(r.languageMs, prev?.languageMs), r.languageWallMs.toFixed(0),
      (r.articles / (r.languageMs / 1000)).toFixed(1), String(r.mentions), (r.mentions / (r.languageMs / 1000)).toFixed(0),
      `${(linking * 100).toFixed(0)}%`, String(r.entities), r.claimsMs.toFixed(0), ratio(r.claimsMs, prev?.claimsMs), String(r.claims),
      (r.claims / (r.claimsMs / 1000)).toFixed(0), r.peakRssMb.toFixed(0),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (cells: readonly string[]): string => cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]!) : s.padStart(widths[c]!))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  if (!existsSync(EXAMPLES)) {
    console.log(`language.bench: skipped, there is no demo corpus at ${EXAMPLES}`);
    return;
  }
  const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const scales = arg('scales')?.split(',').map(Number).filter((x) => x > 0)
    ?? [...DEFAULT_SCALES, ...(process.env.RECOUPE_BENCH_BIG ? BIG_SCALES : [])];
  const repeats = Math.max(1, Number(arg('repeats') ?? 3));

  // The knowledge first, in a fresh process: loadKnowledge reads and checks data/ on its first call, then caches.
  let knowledge: Knowledge;
  const t0 = performance.now();
  try {
    knowledge = loadKnowledge();
  } catch (error) {
    console.log(`language.bench: skipped, the knowledge could not be loaded (${(error as Error).message})`);
    return;
  }
  const knowledgeMs = performance.now() - t0;
  const t1 = performance.now();
  const base = await ingestExamples();
  const ingestMs = performance.now() - t1;
  if (base.length === 0) {
    console.log(`language.bench: skipped, no article could be read from ${EXAMPLES}`);
    return;
  }
  console.log(`language.bench: knowledge loaded in ${knowledgeMs.toFixed(0)} ms (once per process, not in the figures below)`);
  console.log(`language.bench: ${base.length} demo articles (${base.reduce((n, a) => n + a.text.length, 0)} chars) ingested in ${ingestMs.toFixed(0)} ms; median of ${repeats} runs per size below 64x, one run from 64x`);

  run(base, 1, knowledge, 2); // warm up the JIT, untimed
  const rows: Row[] = [];
  for (const scale of scales) {
    // from 64x on, one run: they last seconds, long enough to be steady
    rows.push(run(base, scale, knowledge, scale >= 64 ? 1 : repeats));
  }
  console.log('');
  print(rows);
  console.log('\nlanguage ms: CPU time (user + system) of analyzeLanguage (mentions + entity linking), wall ms its wall time;');
  console.log('"of which linking": the share of it not spent in findMentions (timed apart). claims ms: CPU time of analyzeClaims');
  console.log('on that output. Rates are per CPU second. ratio: to the previous size (4 = linear for 4x the articles).');
  console.log('peak RSS: the process\'s so far (sizes run in increasing order). The machine may be shared: timings move by ±20%.');
}

await main();
