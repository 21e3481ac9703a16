// Benchmark of one long article (issue 8): time and peak memory of every stage as an article's length doubles.
// Run: node --import tsx bench/long-article.bench.ts [--sizes=64,128,256,512,1024,2048,4096] [--variants=fr,en,html]
//      [--budget=60] [--timeout=600] [--repeats=2] [--profile=DIR] [--e2e]
// Each (variant, size) runs in its own child process, so that its peak RSS is its own. A child builds one synthetic
// article of that many KB from the demo corpus (examples/): paragraphs of one language, shuffled, their sentences
// reordered, numbers and names changed, so that no two paragraphs are copies. "fr" and "en" are plain-text files,
// "html" a French page on a single line (no newline anywhere: the one-line pages of issue 8). The child then runs the
// per-article path as the pipeline does, without a store: loadFile, buildArticle (HTML extraction, text cleaning,
// metadata), findDuplicates, findMentions, linkEntities, analyzeClaims, corroborate, buildTimeline (dates),
// computeSignals; and apart, splitSentences, tokenize and findDates alone. Every stage is timed in CPU time after a
// gc(), and keeps its least time of --repeats runs. A variant stops growing once a size takes more than --budget
// seconds (the larger sizes are listed as skipped); a child still running after --timeout seconds is killed.
// --profile=DIR writes a CPU profile per child; --e2e also times `analyze` end to end with a new embedded store.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeClaims } from '../src/claims/index.js';
import type { Claim, Mention } from '../src/core/dossier.js';
import type { Article } from '../src/core/types.js';
import { buildTimeline, corroborate } from '../src/corroboration/index.js';
import { buildArticle, findDuplicates, loadFile, walkInputs } from '../src/ingest/index.js';
import { linkEntities } from '../src/language/entities/link-entities.js';
import { findDates, loadKnowledge, splitSentences, tokenize, type Knowledge } from '../src/language/index.js';
import { findMentions } from '../src/language/mentions/find-mentions.js';
import { computeSignals } from '../src/reliability/index.js';
import { random } from './random.js';

const EXAMPLES = join(new URL('..', import.meta.url).pathname, 'examples');
const DEFAULT_SIZES_KB = [64, 128, 256, 512, 1024, 2048, 4096];
const VARIANTS = ['fr', 'en', 'html'] as const;
type Variant = (typeof VARIANTS)[number];

/** The stages timed, in the order they run. The three after `signals` are measured alone, not part of the path. */
const STAGES = ['load', 'build', 'duplicates', 'mentions', 'linking', 'claims', 'corroborate', 'timeline', 'signals', 'sentences', 'tokens', 'dates', 'e2e'] as const;
type Stage = (typeof STAGES)[number];
/** Stages measured apart (already inside `mentions`, `claims` or `timeline`), left out of the total. */
const APART: ReadonlySet<Stage> = new Set(['sentences', 'tokens', 'dates', 'e2e']);

/** What a child reports. */
interface Result {
  readonly variant: Variant;
  readonly kb: number;
  readonly rawChars: number;
  readonly textChars: number;
  readonly counts: Record<string, number>;
  readonly ms: Partial<Record<Stage, number>>;
  /** Resident memory after the knowledge is loaded and the warm-up run, before the article (MB). */
  readonly baseRssMb: number;
  readonly peakRssMb: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// ---------------------------------------------------------------------------------------------------------------
// The synthetic article

const FIRST_NAMES = {
  fr: ['Claire', 'Antoine', 'Sophie', 'Julien', 'Camille', 'Mathieu', 'Élodie', 'Nicolas', 'Inès', 'Hugo', 'Léa', 'Olivier'],
  en: ['Emily', 'James', 'Sarah', 'Michael', 'Laura', 'David', 'Rachel', 'Thomas', 'Hannah', 'Robert', 'Megan', 'Daniel'],
};
const SYLLABLES = ['mar', 'ven', 'to', 'li', 'dor', 'ga', 'bel', 'ri', 'son', 'ta', 'vil', 'ro', 'ne', 'quin', 'du', 'la'];

/** The demo articles, through the real ingest (the order does not matter here). */
async function readExamples(): Promise<Article[]> {
  const articles: Article[] = [];
  for (const file of (await walkInputs([EXAMPLES])).files) {
    const loaded = await loadFile(file, { maxBytes: 1024 * 1024 });
    if (!loaded.ok) continue;
    for (const doc of loaded.docs) articles.push(await buildArticle(doc, { path: file.path, mtimeMs: file.mtimeMs, encoding: loaded.encoding }));
  }
  return articles;
}

/** Body paragraphs of the demo articles, by language. */
function paragraphsOf(articles: readonly Article[]): Record<'fr' | 'en', string[]> {
  const out: Record<'fr' | 'en', string[]> = { fr: [], en: [] };
  for (const a of articles) {
    const lang = a.language === 'en' ? 'en' : a.language === 'fr' ? 'fr' : null;
    if (!lang) continue;
    for (const p of a.text.slice(a.bodyStart).split(/\n+/)) if (p.trim().length >= 60) out[lang].push(p.trim());
  }
  return out;
}

/** A generator of paragraphs that are never copies: sentences reordered, numbers and some names changed. */
function paragraphSource(paragraphs: readonly string[], lang: 'fr' | 'en', seed: number, names: number): () => string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const surname = (): string => {
    let s = '';
    for (let k = 0, n = 2 + Math.floor(next() * 2); k < n; k++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  // A cast that grows with the article: long texts name more people.
  const cast = Array.from({ length: names }, () => `${pick(FIRST_NAMES[lang])} ${surname()}`);
  return () => {
    const sentences = pick(paragraphs).split(/(?<=[.!?»”"])\s+(?=[«“"\p{Lu}])/u);
    for (let k = sentences.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [sentences[k], sentences[j]] = [sentences[j]!, sentences[k]!];
    }
    if (sentences.length > 2 && next() < 0.3) sentences.splice(Math.floor(next() * sentences.length), 1);
    return sentences
      .join(' ')
      .replace(/\d+/g, (d) => String(Math.floor(next() * 10 ** d.length)).padStart(d.length, '1'))
      .replace(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})\b/gu, (pair) => (next() < 0.4 ? pick(cast) : pair));
  };
}

/** A plain-text article of about `chars` characters, with a date line and a headline as the demo files have. */
function makeText(paragraphs: Record<'fr' | 'en', string[]>, lang: 'fr' | 'en', chars: number, seed: number): string {
  const next = paragraphSource(paragraphs[lang], lang, seed, 20 + Math.round(chars / 4000));
  const title = lang === 'fr' ? 'Drones : enquête sur une filière industrielle entre la Russie et la Chine' : 'Drones: inside an industrial pipeline between Russia and China';
  let text = `date 2024-09-26\n${title}\n\n`;
  while (text.length < chars) text += `${next()}\n\n`;
  return text;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A French HTML page of about `chars` characters on one line: boilerplate around an article of many paragraphs. */
function makeHtml(paragraphs: Record<'fr' | 'en', string[]>, chars: number, seed: number): string {
  const next = paragraphSource(paragraphs.fr, 'fr', seed, 20 + Math.round(chars / 5000));
  const rand = random(seed + 1);
  const title = 'Drones : enquête sur une filière industrielle entre la Russie et la Chine';
  const head = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title} – Le Courrier du Soir</title><meta name="author" content="Claire Dorval"><meta property="og:site_name" content="Le Courrier du Soir"><meta property="article:published_time" content="2024-09-26T10:00:00+02:00"><link rel="canonical" href="https://www.courrier-du-soir.example/monde/drones-filiere"></head><body><div class="bandeau-cookies"><p>En poursuivant votre visite, vous acceptez l’utilisation de cookies.</p><button>J’accepte</button></div><header><nav><ul><li><a href="/">Une</a></li><li><a href="/monde">Monde</a></li><li><a href="/economie">Économie</a></li></ul></nav></header><main><article><h1>${title}</h1><p class="byline">Par Claire Dorval, publié le 26 septembre 2024</p>`;
  const tail = '</article><section class="comments"><h3>Commentaires</h3><div class="comment"><p>Encore de la propagande, comme d’habitude.</p></div></section></main><footer><p>© 2024 Le Courrier du Soir. Tous droits réservés.</p><a href="/mentions-legales">Mentions légales</a></footer></body></html>';
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let k = 0; length < chars; k++) {
    // Some words in bold or links, a subheading every eight paragraphs, now and then a figure or a teaser.
    const words = escapeHtml(next()).split(' ');
    for (let w = 0; w < words.length; w++) {
      const r = rand();
      if (r < 0.02) words[w] = `<strong>${words[w]}</strong>`;
      else if (r < 0.03) words[w] = `<a href="/sujet/${w}">${words[w]}</a>`;
    }
    let block = `<p>${words.join(' ')}</p>`;
    if (k % 8 === 7) block = `<h2>${escapeHtml(next().split(/[.,;:]/)[0]!.slice(0, 80))}</h2>${block}`;
    if (rand() < 0.05) block += '<figure><img src="/img/drone.jpg" alt="Un drone"><figcaption>Un drone d’attaque lors d’un salon (photo d’illustration).</figcaption></figure>';
    if (rand() < 0.03) block += '<aside class="a-lire-aussi"><a href="/monde/autre">À lire aussi : la Chine dément toute livraison d’armes</a></aside>';
    parts.push(block);
    length += block.length;
  }
  parts.push(tail);
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------------------
// One child: one article through every stage

/** Runs the per-article path on one raw document, timing each stage; returns the counts and the times. */
async function runPath(raw: string, variant: Variant, knowledge: Knowledge, dir: string, e2e: boolean): Promise<Pick<Result, 'textChars' | 'counts' | 'ms'>> {
  const ms: Partial<Record<Stage, number>> = {};
  const gc = (globalThis as { gc?: () => void }).gc;
  const time = async <T>(stage: Stage, fn: () => T | Promise<T>): Promise<T> => {
    gc?.(); // the garbage of the stages before is not this stage's
    const t0 = cpuMs();
    const value = await fn();
    ms[stage] = cpuMs() - t0;
    return value;
  };
  const path = join(dir, variant === 'html' ? 'article.html' : 'article.txt');
  writeFileSync(path, raw);
  const stat = statSync(path);
  const file = { path, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, mode: stat.mode };
  const loaded = await time('load', () => loadFile(file, { maxBytes: 200 * 1024 * 1024 }));
  if (!loaded.ok) throw new Error(`long-article.bench: the article was refused: ${loaded.rejection.reason}`);
  const doc = loaded.docs[0]!;
  const article = await time('build', () => buildArticle(doc, { path, mtimeMs: file.mtimeMs, encoding: loaded.encoding }));
  const text = article.text;
  // As the pipeline's finishArticles: the body alone, spans moved back into text coordinates.
  const dups = await time('duplicates', () => findDuplicates([{ id: article.id, text: text.slice(article.bodyStart), title: article.title, order: 0 }]));
  const mentions = await time('mentions', () => findMentions(text, knowledge));
  const entities = await time('linking', () => linkEntities([{ article: article.id, language: article.language, text, mentions }], knowledge));
  const claims = await time('claims', () => analyzeClaims([article], entities, new Map([[article.id, mentions]])));
  const corroborated = await time('corroborate', () => corroborate([article], claims, entities));
  const timeline = await time('timeline', () => buildTimeline([article], corroborated.claims));
  const signals = await time('signals', () => {
    const own: (Mention & { entity: string })[] = [];
    for (const e of entities) for (const m of e.mentions) if (m.article === article.id) own.push({ ...m, entity: e.id });
    const ownClaims: Claim[] = corroborated.claims.filter((c) => c.article === article.id);
    return computeSignals({ article, claims: ownClaims, mentions: own });
  });
  const sentences = await time('sentences', () => splitSentences(text));
  const tokens = await time('tokens', () => tokenize(text));
  const dates = await time('dates', () => findDates(text, { published: article.published, language: article.language }));
  if (e2e) {
    const { analyze } = await import('../src/pipeline/analyze.js');
    const { openStore } = await import('../src/store/index.js');
    const store = await openStore({ backend: 'embedded', dir: mkdtempSync(join(dir, 'db-')) }); // nothing reused
    try {
      await time('e2e', () => analyze({ inputs: [path], store, maxBytes: 200 * 1024 * 1024 }));
    } finally {
      await store.close();
    }
  }
  return {
    textChars: text.length,
    counts: {
      sentences: sentences.length,
      tokens: tokens.length,
      mentions: mentions.length,
      entities: entities.length,
      claims: claims.length,
      clusters: corroborated.clusters.length,
      dates: dates.length,
      timeline: timeline.length,
      removed: article.removed.length,
      passages: dups.shared.size,
      flags: signals.filter((s) => s.flag).length,
    },
    ms,
  };
}

async function child(variant: Variant, kb: number, e2e: boolean, repeats: number): Promise<void> {
  const knowledge = loadKnowledge();
  const paragraphs = paragraphsOf(await readExamples());
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-long-'));
  try {
    const make = (chars: number, seed: number): string => (variant === 'html' ? makeHtml(paragraphs, chars, seed) : makeText(paragraphs, variant, chars, seed));
    await runPath(make(16 * 1024, 7), variant, knowledge, dir, false); // warm-up of the JIT, untimed
    const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
    const raw = make(kb * 1024, 42);
    // Each stage's least time over the runs: other jobs on the machine only ever add time.
    const run = await runPath(raw, variant, knowledge, dir, e2e);
    for (let r = 1; r < repeats; r++) {
      const again = await runPath(raw, variant, knowledge, dir, e2e);
      for (const stage of STAGES) if (again.ms[stage] !== undefined) run.ms[stage] = Math.min(run.ms[stage] ?? Infinity, again.ms[stage]!);
    }
    const result: Result = { variant, kb, rawChars: raw.length, ...run, baseRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: sizes in children, the tables

function runChild(variant: Variant, kb: number, timeoutS: number, e2e: boolean, profileDir: string | undefined, repeats: number): Promise<Result | { failed: string; wallS: number }> {
  // The heap limit is Node's default, as for `recoupe analyze`; gc() is called between stages, untimed.
  const args = ['--expose-gc', '--import', 'tsx'];
  if (profileDir) args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=long-${variant}-${kb}k.cpuprofile`);
  args.push(new URL(import.meta.url).pathname, '--child', `--variant=${variant}`, `--kb=${kb}`, `--repeats=${repeats}`, ...(e2e ? ['--e2e'] : []));
  const t0 = performance.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallS = (performance.now() - t0) / 1000;
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice(7)) as Result);
      else resolve({ failed: signal === 'SIGKILL' ? `killed after ${timeoutS} s` : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`, wallS });
    });
  });
}

const totalMs = (r: Result): number => STAGES.filter((s) => !APART.has(s)).reduce((n, s) => n + (r.ms[s] ?? 0), 0);
const fmtMs = (x: number | undefined): string => (x === undefined ? '-' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)}`);

function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

/** Times per stage for one variant, and the ratio of each stage to the size before (2 = linear). */
function print(variant: Variant, results: readonly Result[], skipped: readonly string[], e2e: boolean): void {
  const stages = STAGES.filter((s) => s !== 'e2e' || e2e);
  console.log(`\n### ${variant}\n`);
  table(
    ['KB', 'text chars', 'sentences', 'tokens', 'mentions', 'claims', 'dates', ...stages.map((s) => `${s} ms`), 'total CPU ms', 'peak RSS MB', 'RSS over base MB'],
    results.map((r) => [
      String(r.kb), r.textChars.toLocaleString('en'), ...['sentences', 'tokens', 'mentions', 'claims', 'dates'].map((k) => (r.counts[k] ?? 0).toLocaleString('en')),
      ...stages.map((s) => fmtMs(r.ms[s])), fmtMs(totalMs(r)), r.peakRssMb.toFixed(0), (r.peakRssMb - r.baseRssMb).toFixed(0),
    ]),
  );
  if (results.length > 1) {
    console.log('\nRatio per doubling (time at this size over time at the size before, per doubling of the size: 2 = linear,');
    console.log('4 = quadratic; "~" when the smaller time is under 20 ms, mostly noise):\n');
    const row = (p: Result, r: Result, label: string): string[] => {
      const doublings = Math.log2(r.textChars / p.textChars);
      const ratio = (now: number | undefined, before: number | undefined): string =>
        now === undefined || before === undefined || before <= 0 ? '-' : `${((now / before) ** (1 / doublings)).toFixed(2)}${before < 20 ? '~' : ''}`;
      return [label, ...stages.map((s) => ratio(r.ms[s], p.ms[s])), ratio(totalMs(r), totalMs(p)), ratio(r.peakRssMb, p.peakRssMb)];
    };
    const [first, last] = [results[0]!, results[results.length - 1]!];
    table(
      ['KB', ...stages, 'total', 'peak RSS'],
      [
        ...results.slice(1).map((r, i) => row(results[i]!, r, `${results[i]!.kb}->${r.kb}`)),
        // The whole range at once: the noise of one step (a GC, another job) weighs little over several doublings.
        ...(results.length > 2 ? [row(first, last, `**${first.kb}->${last.kb}, mean**`)] : []),
      ],
    );
  }
  for (const s of skipped) console.log(`\n${s}`);
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const e2e = process.argv.includes('--e2e');
  if (process.argv.includes('--child')) {
    await child(arg('variant') as Variant, Number(arg('kb')), e2e, Number(arg('repeats') ?? 1));
    return;
  }
  try {
    loadKnowledge();
  } catch (error) {
    console.log(`long-article.bench: skipped, the knowledge could not be loaded (${(error as Error).message})`);
    return;
  }
  const demo = await readExamples().catch(() => []);
  if (demo.length === 0) {
    console.log(`long-article.bench: skipped, no demo article could be read from ${EXAMPLES}`);
    return;
  }
  const sizes = arg('sizes')?.split(',').map(Number).filter((x) => x > 0) ?? DEFAULT_SIZES_KB;
  const variants = (arg('variants')?.split(',') ?? [...VARIANTS]).filter((v): v is Variant => (VARIANTS as readonly string[]).includes(v));
  const budgetS = Number(arg('budget') ?? 60);
  const timeoutS = Number(arg('timeout') ?? 600);
  const profileDir = arg('profile');
  const repeats = Math.max(1, Number(arg('repeats') ?? 2));
  console.log(`long-article.bench: sizes ${sizes.join(', ')} KB; variants ${variants.join(', ')}; a variant stops after a size over ${budgetS} s (children killed after ${timeoutS} s)`);
  for (const variant of variants) {
    const results: Result[] = [];
    const skipped: string[] = [];
    for (const kb of sizes) {
      const last = results[results.length - 1];
      if (skipped.length > 0 || (last && totalMs(last) / 1000 > budgetS)) {
        skipped.push(`${kb} KB: skipped, ${last ? `${last.kb} KB took ${(totalMs(last) / 1000).toFixed(0)} s of CPU, over the budget of ${budgetS} s` : 'a smaller size failed'}`);
        continue;
      }
      const r = await runChild(variant, kb, timeoutS, e2e, profileDir, repeats);
      if ('failed' in r) {
        skipped.push(`${kb} KB: did not finish (${r.failed}; ${r.wallS.toFixed(0)} s wall)`);
        continue;
      }
      results.push(r);
      console.log(`  ${variant} ${kb} KB: ${(totalMs(r) / 1000).toFixed(1)} s CPU, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
    }
    print(variant, results, skipped, e2e);
  }
  console.log('\nTimes are CPU time (user + system) of each stage in a child process with a warm JIT; peak RSS is the child\'s');
  console.log('(the knowledge, ~base, included); "RSS over base" is the peak minus the RSS before the article. total: the path');
  console.log('from load to signals; sentences, tokens and dates are timed alone (they also run inside mentions, claims, timeline).');
}

await main();
