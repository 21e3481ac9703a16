// Benchmark of claim clustering as the number of claims doubles (issue 5): synthetic corpora built from the demo
// corpus's real claims, 1k, 2k, 4k ... claims, up to 1,024k (1M) when the time budget allows.
// Run: node --import tsx bench/cluster.bench.ts [--max=1048576] [--budget=170] [--corroborate-max=16000] [--profile=DIR]
//      RECOUPE_BENCH_BUDGET=<seconds> sets the budget too; --max=N stops at the first size >= N.
// The demo articles (examples/) go through the real ingest, language and claims stages once; their ~190 claims are the
// templates of synthetic corpora with a cluster structure: 70% of claims are near-duplicates of a few hundred
// statements (a template with its actors partly swapped for others, its words and numbers partly changed; each copy
// changes ~10% of the words, sometimes a number or drops an actor), 30% are noise (a template with other actors and half
// its words changed). Actors are the demo's real entities (the hubs: China, Russia...) and a long tail of synthetic
// ones. Each size runs in its own child process (a clean heap and a true peak RSS): claimFeatures and clusterClaims are
// timed (median of 3 up to 8k claims, one run above), and corroborate end to end up to --corroborate-max claims.
// The ratio of a size's time to the previous one should stay near 2; 4 would mean all pairs are compared.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeClaims } from '../src/claims/index.js';
import type { Claim, Entity, Mention } from '../src/core/dossier.js';
import type { Article } from '../src/core/types.js';
import { corroborate } from '../src/corroboration/index.js';
import { claimFeatures, clusterClaims, type ClaimGroup } from '../src/corroboration/cluster-claims.js';
import { EXAMPLES, ingestExamples } from './demo-corpus.js';
import { analyzeLanguage, loadKnowledge } from '../src/language/index.js';
import { random } from './random.js';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SCRIPT), '..');
const FIRST_SIZE = 1000;
const DEFAULT_MAX = 1024 * 1000;
const DEFAULT_BUDGET_S = 170;
const DEFAULT_CORROBORATE_MAX = 16000;
const CHILD_HEAP_MB = 16384; // of 24 GB; the default heap limit (~4 GB) is too small for a million claims
const DUPLICATE_SHARE = 0.7;
const CLAIMS_PER_ARTICLE = 12;
const REPEATS_UP_TO = 8000; // sizes up to this one take the median of 3 runs

// ---------- the demo corpus, through the real stages ----------


/** A piece of a claim's text: plain words, or an entity mention. */
type Part = { readonly text: string; readonly entity?: string };

/** A real claim as a template: its text cut at its entity mentions. */
interface Template {
  readonly article: Article;
  readonly parts: readonly Part[];
  readonly modality: Claim['modality'];
  readonly attribution: Claim['attribution'];
}

interface Demo {
  readonly templates: readonly Template[];
  readonly entities: ReadonlyMap<string, Entity>;
  readonly vocabulary: readonly string[];
}

async function loadDemo(): Promise<Demo | string> {
  if (!existsSync(EXAMPLES)) return `there is no demo corpus at ${EXAMPLES}`;
  let knowledge;
  try {
    knowledge = loadKnowledge();
  } catch (error) {
    return `the knowledge could not be loaded (${(error as Error).message})`;
  }
  const articles = await ingestExamples();
  const language = analyzeLanguage(articles, knowledge);
  const claims = analyzeClaims(articles, language.entities, language.mentions);
  if (claims.length === 0) return `no claim was found in ${EXAMPLES}`;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const mentionsOf = new Map<string, { m: Mention; entity: string }[]>();
  for (const e of language.entities) {
    if (e.type === 'other') continue; // clustering ignores them
    for (const m of e.mentions) mentionsOf.set(m.article, [...(mentionsOf.get(m.article) ?? []), { m, entity: e.id }]);
  }
  const templates = claims.map((c): Template => {
    const inside = (mentionsOf.get(c.article) ?? []).filter(({ m }) => m.start >= c.start && m.end <= c.end).sort((x, y) => x.m.start - y.m.start);
    const parts: Part[] = [];
    let at = c.start;
    for (const { m, entity } of inside) {
      if (m.start < at) continue; // overlapping mentions: the first one wins
      parts.push({ text: c.text.slice(at - c.start, m.start - c.start) }, { text: c.text.slice(m.start - c.start, m.end - c.start), entity });
      at = m.end;
    }
    parts.push({ text: c.text.slice(at - c.start) });
    return { article: byId.get(c.article)!, parts, modality: c.modality, attribution: c.attribution };
  });
  const vocabulary = [...new Set(articles.flatMap((a) => a.text.match(/\p{L}{3,}/gu) ?? []))].sort();
  return { templates, entities: new Map(language.entities.map((e) => [e.id, e])), vocabulary };
}

// ---------- synthetic corpora ----------


/** How many statements a corpus of n claims repeats: a few hundred at the small sizes, growing as the square root. */
export const statementsFor = (n: number): number => Math.max(200, Math.round(6 * Math.sqrt(n)));

interface Corpus {
  readonly articles: Article[];
  readonly claims: Claim[];
  readonly entities: Entity[];
  /** The statement each claim copies, -1 for noise. */
  readonly statementOf: Int32Array;
  readonly statements: number;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'sen', 'tu', 'vra', 'del', 'po', 'zin', 'ar', 'ko', 'bel', 'ish', 'no', 'ra', 'gu'];
const SYNTHETIC_TYPES: Entity['type'][] = ['person', 'org', 'place', 'product'];

function syntheticName(k: number): string {
  let name = '';
  for (let x = k + 17; x > 0; x = Math.floor(x / 16)) name += SYLLABLES[x % 16];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function makeCorpus(demo: Demo, n: number, seed: number): Corpus {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const tail = Math.max(500, Math.floor(n / 10)); // synthetic actors, drawn log-uniformly: a few frequent, many rare
  const tailEntity = (): string => `e_syn_${Math.floor(Math.exp(next() * Math.log(tail + 1))) - 1}`;
  const realIds = [...demo.entities.values()].filter((e) => e.type !== 'other').map((e) => e.id);
  const mutate = (text: string, wordRate: number, numberRate: number): string =>
    text.replace(/\p{L}{3,}|\d+(?:[.,]\d+)?/gu, (w) => (/^\d/.test(w) ? (next() < numberRate ? String(1 + Math.floor(next() * 500)) : w) : next() < wordRate ? pick(demo.vocabulary) : w));
  const variant = (t: Template, keepActor: number, wordRate: number, numberRate: number): Template => ({
    ...t,
    parts: t.parts.map((p) => {
      if (p.entity === undefined) return { text: mutate(p.text, wordRate, numberRate) };
      if (p.entity === t.attribution?.source.entity || next() < keepActor) return p; // the claim's own source stays
      const entity = next() < 0.85 ? tailEntity() : pick(realIds);
      return { text: entity.startsWith('e_syn_') ? syntheticName(Number(entity.slice(6))) : demo.entities.get(entity)!.name, entity };
    }),
  });

  const statements = Array.from({ length: statementsFor(n) }, () => variant(pick(demo.templates), 0.4, 0.35, 0.7));
  const drafts: { t: Template; statement: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (next() < DUPLICATE_SHARE) {
      const s = Math.floor(next() * statements.length);
      const copy = variant(statements[s]!, 1, 0.1, 0.2);
      // now and then a copy leaves out one of the actors ("the deal" for "the deal between X and Y")
      const actors = copy.parts.filter((p) => p.entity !== undefined && p.entity !== copy.attribution?.source.entity);
      const dropped = actors.length >= 2 && next() < 0.1 ? pick(actors) : null;
      drafts.push({ t: dropped ? { ...copy, parts: copy.parts.map((p) => (p === dropped ? { text: 'it' } : p)) } : copy, statement: s });
    } else drafts.push({ t: variant(pick(demo.templates), 0.2, 0.5, 0.8), statement: -1 });
  }
  for (let i = drafts.length - 1; i > 0; i--) { // interleaved, as news arrive
    const j = Math.floor(next() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
  }

  const articles: Article[] = [];
  const claims: Claim[] = [];
  const statementOf = new Int32Array(n);
  const mentions = new Map<string, Mention[]>();
  let article: Article | null = null;
  let offset = 0;
  drafts.forEach(({ t, statement }, i) => {
    if (i % CLAIMS_PER_ARTICLE === 0) {
      article = { ...t.article, id: `a_syn_${articles.length}`, duplicateOf: null, similarity: null, sharedPassages: [] };
      articles.push(article);
      offset = 0;
    }
    const id = article!.id;
    const start = offset;
    let text = '';
    for (const p of t.parts) {
      if (p.entity !== undefined) {
        const list = mentions.get(p.entity) ?? [];
        list.push({ article: id, start: start + text.length, end: start + text.length + p.text.length, text: p.text });
        mentions.set(p.entity, list);
      }
      text += p.text;
    }
    claims.push({ id: `c_syn_${i}`, article: id, start, end: start + text.length, text, modality: t.modality, attribution: t.attribution, cluster: null });
    statementOf[i] = statement;
    offset = start + text.length + 1;
  });
  const entities = [...mentions].map(([id, list]): Entity => {
    const real = demo.entities.get(id);
    if (real) return { ...real, mentions: list };
    const k = Number(id.slice('e_syn_'.length));
    return { id, name: syntheticName(k), type: SYNTHETIC_TYPES[k % SYNTHETIC_TYPES.length]!, aliases: [], mentions: list };
  });
  return { articles, claims, entities, statementOf, statements: statements.length };
}

/** Completeness: the share of copies found in the largest cluster of their statement; purity: of claims in
 *  multi-member clusters, the share that belong to their cluster's main statement (noise counts as its own). */
function quality(groups: readonly ClaimGroup[], corpus: Corpus): { completeness: number; purity: number; multi: number } {
  const index = (id: string): number => Number(id.slice('c_syn_'.length));
  const best = new Map<number, number>();
  let multi = 0;
  let pure = 0;
  let inMulti = 0;
  for (const g of groups) {
    const counts = new Map<number, number>();
    for (const id of g.members) {
      const s = corpus.statementOf[index(id)]!;
      const key = s >= 0 ? s : -1 - index(id); // each noise claim its own statement
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [s, c] of counts) if (s >= 0 && c > (best.get(s) ?? 0)) best.set(s, c);
    if (g.members.length > 1) {
      multi++;
      inMulti += g.members.length;
      pure += Math.max(...counts.values());
    }
  }
  let copies = 0;
  for (const s of corpus.statementOf) if (s >= 0) copies++;
  const found = [...best.values()].reduce((x, y) => x + y, 0);
  return { completeness: copies ? found / copies : 1, purity: inMulti ? pure / inMulti : 1, multi };
}

// ---------- one size, in a child process ----------

interface Result {
  readonly n: number;
  readonly statements: number;
  readonly entities: number;
  readonly generateMs: number;
  /** CPU time (user + system) of claimFeatures, clusterClaims: steadier than wall time on a shared machine. */
  readonly featuresMs: number;
  readonly clusterMs: number;
  /** Wall time of claimFeatures + clusterClaims. */
  readonly wallMs: number;
  readonly clusters: number;
  readonly multi: number;
  readonly completeness: number;
  readonly purity: number;
  /** CPU time of corroborate() end to end. */
  readonly corroborateMs: number | null;
  readonly peakRssMb: number;
}

/** CPU time so far (user + system), in ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function median(times: number[]): number {
  return times.sort((x, y) => x - y)[Math.floor(times.length / 2)]!;
}

async function child(n: number, corroborateMax: number): Promise<void> {
  const demo = await loadDemo();
  if (typeof demo === 'string') throw new Error(demo);
  { // warm up the JIT on a small corpus, untimed
    const warm = makeCorpus(demo, FIRST_SIZE, 7);
    clusterClaims(claimFeatures(warm.claims, warm.entities));
    if (n <= corroborateMax) corroborate(warm.articles, warm.claims, warm.entities);
  }
  const t0 = performance.now();
  const corpus = makeCorpus(demo, n, 42 + n);
  const generateMs = performance.now() - t0;
  const repeats = n <= REPEATS_UP_TO ? 3 : 1;
  const featureTimes: number[] = [];
  const clusterTimes: number[] = [];
  const wallTimes: number[] = [];
  let groups: ClaimGroup[] = [];
  for (let r = 0; r < repeats; r++) {
    const [w1, t1] = [performance.now(), cpuMs()];
    const features = claimFeatures(corpus.claims, corpus.entities);
    const t2 = cpuMs();
    groups = clusterClaims(features);
    const [w3, t3] = [performance.now(), cpuMs()];
    featureTimes.push(t2 - t1);
    clusterTimes.push(t3 - t2);
    wallTimes.push(w3 - w1);
  }
  let corroborateMs: number | null = null;
  if (n <= corroborateMax) {
    const times: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const t4 = cpuMs();
      corroborate(corpus.articles, corpus.claims, corpus.entities);
      times.push(cpuMs() - t4);
    }
    corroborateMs = median(times);
  }
  const result: Result = {
    n, statements: corpus.statements, entities: corpus.entities.length, generateMs, featuresMs: median(featureTimes), clusterMs: median(clusterTimes), wallMs: median(wallTimes),
    clusters: groups.length, ...quality(groups, corpus), corroborateMs, peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

// ---------- the series, in the parent ----------

function runChild(n: number, corroborateMax: number, timeoutMs: number, profileDir: string | null): Promise<Result | string> {
  return new Promise((resolve) => {
    const flags = [`--max-old-space-size=${CHILD_HEAP_MB}`, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
    const proc = spawn(process.execPath, [...flags, ...process.execArgv, SCRIPT, '--child', `--size=${n}`, `--corroborate-max=${corroborateMax}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice('RESULT '.length)) as Result);
      else resolve(signal === 'SIGKILL' ? `stopped after ${(timeoutMs / 1000).toFixed(0)} s (the time budget)` : `failed (exit ${code ?? signal}): ${out.trim().slice(-300)}`);
    });
  });
}

function print(rows: readonly Result[]): void {
  const header = ['claims', 'statements', 'entities', 'features ms', 'cluster ms', 'total ms', 'ratio', 'wall ms', 'clusters', 'multi', 'complete', 'purity', 'corroborate ms', 'ratio', 'rest ms', 'ratio', 'peak RSS MB'];
  const lines = rows.map((r, i) => {
    const prev = rows[i - 1];
    const total = r.featuresMs + r.clusterMs;
    const ratio = prev ? (total / (prev.featuresMs + prev.clusterMs)).toFixed(2) : '-';
    const cRatio = prev?.corroborateMs && r.corroborateMs !== null ? (r.corroborateMs / prev.corroborateMs).toFixed(2) : '-';
    // what corroborate does beyond features and clusters: origins, pooling, contradictions, labels
    const rest = (x: Result | undefined): number | null => (x?.corroborateMs != null ? Math.max(1, x.corroborateMs - x.featuresMs - x.clusterMs) : null);
    const [restNow, restBefore] = [rest(r), rest(prev)];
    return [
      String(r.n), String(r.statements), String(r.entities), r.featuresMs.toFixed(0), r.clusterMs.toFixed(0), total.toFixed(0), ratio, r.wallMs.toFixed(0),
      String(r.clusters), String(r.multi), r.completeness.toFixed(3), r.purity.toFixed(3), r.corroborateMs === null ? '-' : r.corroborateMs.toFixed(0), cRatio,
      restNow === null ? '-' : restNow.toFixed(0), restNow !== null && restBefore !== null ? (restNow / restBefore).toFixed(2) : '-',
      r.peakRssMb.toFixed(0),
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (cells: readonly string[]): string => cells.map((s, c) => s.padStart(widths[c]!)).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const corroborateMax = Number(arg('corroborate-max') ?? DEFAULT_CORROBORATE_MAX);
  if (process.argv.includes('--child')) return child(Number(arg('size')), corroborateMax);

  const max = Number(arg('max') ?? DEFAULT_MAX);
  const budgetS = Number(arg('budget') ?? process.env.RECOUPE_BENCH_BUDGET ?? DEFAULT_BUDGET_S);
  const profileDir = arg('profile') ?? null;
  const demo = await loadDemo();
  if (typeof demo === 'string') {
    console.log(`cluster.bench: skipped, ${demo}`);
    return;
  }
  console.log(`cluster.bench: ${demo.templates.length} demo claims as templates, ${demo.vocabulary.length} words; sizes ${FIRST_SIZE} x 2^k up to ${max}, time budget ${budgetS} s`);
  console.log(`cluster.bench: each size in a child process (heap limit ${CHILD_HEAP_MB} MB); median of 3 runs up to ${REPEATS_UP_TO} claims, one run above; corroborate up to ${corroborateMax} claims`);
  const started = performance.now();
  const rows: Result[] = [];
  let lastWallMs = 0;
  let stop = '';
  for (let n = FIRST_SIZE; ; n *= 2) {
    const elapsedMs = performance.now() - started;
    const leftMs = budgetS * 1000 - elapsedMs;
    // a linear size costs about twice the last; stop before a size that cannot finish in the budget
    if (rows.length > 0 && lastWallMs * 2 > leftMs) {
      stop = `stopped before ${n} claims: at about ${((lastWallMs * 2) / 1000).toFixed(0)} s it would not finish in the ${((leftMs > 0 ? leftMs : 0) / 1000).toFixed(0)} s left of the budget (raise it with --budget=SECONDS)`;
      break;
    }
    const t0 = performance.now();
    const r = await runChild(n, corroborateMax, Math.max(leftMs, 10_000), profileDir);
    lastWallMs = performance.now() - t0;
    if (typeof r === 'string') {
      stop = `${n} claims: ${r}`;
      break;
    }
    rows.push(r);
    console.log(`  done: ${n} claims in ${(lastWallMs / 1000).toFixed(1)} s (child process, generation ${(r.generateMs / 1000).toFixed(1)} s)`);
    if (n >= max) break;
  }
  console.log('');
  print(rows);
  if (stop) console.log(`\n${stop}`);
  console.log('\nfeatures, cluster, total, corroborate ms: CPU time (user + system) of the child, steadier than wall time on a shared');
  console.log('machine; wall ms: wall time of claimFeatures + clusterClaims. total: the two; ratio: to the previous size (2 = linear,');
  console.log('4 = all pairs). multi: clusters of 2 or more.');
  console.log('complete: share of each statement\'s copies in its largest cluster; purity: share of multi-member cluster members');
  console.log('from their cluster\'s main statement. corroborate: corroborate() end to end; rest: its time beyond features and');
  console.log('clusters (origins, pooling, contradictions, labels). peak RSS: the child process\'s, generation included. The machine may be shared: timings move by ±20%.');
}

await main();
