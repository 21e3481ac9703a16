// Benchmark of the whole pipeline, ingest to dossier (issue 9): 1k, 2k, 4k ... articles, each size in its own child
// process (a clean heap and a true peak RSS), with the CPU seconds, articles per CPU second, peak memory and the ratio
// of each size's time to the previous one (2 is linear; 4 would mean all pairs). In the same run, Readability's
// extraction of real pages, so that recoupe's whole analysis of an article can be compared with one page extracted.
// Run: node --import tsx bench/pipeline.bench.ts [--max=65536] [--budget=1800] [--first=1000]
// The corpus (pipeline-corpus.ts): the demo articles (examples/, our own) and, when ../shared is present, real articles
// (FNC-1 bodies, PolNeAR texts, SemEval French and English), then "worlds" of them with other names, rare words and
// numbers: more stories as the corpus grows, not more copies of the same ones. Nothing is written to disk.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/types.js';
import { buildArticle, contentId, type RawDoc } from '../src/ingest/index.js';
import { buildDossier } from '../src/pipeline/build-dossier.js';
import { corpus, realTexts } from './pipeline-corpus.js';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SCRIPT), '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const CHILD_HEAP_MB = 16384;

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const numberArg = (name: string, fallback: number): number => Number(args.get(name) ?? process.env[`RECOUPE_BENCH_${name.toUpperCase()}`] ?? fallback);

function doc(text: string): RawDoc {
  return { format: 'text', item: null, body: text, bodyIsHtml: false, title: null, published: null, url: null, author: null, outlet: null };
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One size, in this process: ingest then buildDossier; prints one JSON line. */
async function runSize(n: number): Promise<void> {
  const texts = corpus(n);
  const start = cpuSeconds();
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const [i, text] of texts.entries()) {
    const path = `/bench/${String(i).padStart(6, '0')}.txt`;
    let article = await buildArticle(doc(text), { path, mtimeMs: 1_700_000_000_000, encoding: 'utf-8' });
    // Two variants that clean to the same text are one article saved twice: its own id, as analyze gives it.
    if (ids.has(article.id)) article = { ...article, id: contentId(article.title, article.text, `\u0000${path}`) };
    ids.add(article.id);
    articles.push(article);
  }
  const ingested = cpuSeconds();
  const stages: Record<string, number> = {};
  let mark = cpuSeconds();
  let current = '';
  const built = buildDossier(articles, [], {
    onStage: (name, doneChars) => {
      if (doneChars !== undefined) return; // progress inside a stage, not a new one
      const now = cpuSeconds();
      if (current) stages[current] = now - mark;
      [mark, current] = [now, name];
    },
  });
  const end = cpuSeconds();
  stages[current] = end - mark;
  const result = {
    n,
    cpu: end - start,
    ingest: ingested - start,
    stages,
    claims: built.claims.length,
    entities: built.entities.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Readability's extraction of real pages, pages per CPU second, on jsdom (its documented setup) and linkedom. */
async function readabilityPagesPerSecond(pages: number): Promise<{ jsdom: number; linkedom: number } | null> {
  const folder = join(SHARED, 'article-extraction-benchmark/html');
  if (!existsSync(folder)) return null;
  const { Readability } = await import('@mozilla/readability');
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: object) => { window: { document: unknown } } };
  const { parseHTML } = await import('linkedom');
  const files = readdirSync(folder).filter((f) => f.endsWith('.html.gz')).sort().slice(0, pages);
  const htmls = files.map((f) => gunzipSync(readFileSync(join(folder, f))).toString('utf8'));
  const measure = (parse: (html: string) => unknown): number => {
    const t0 = cpuSeconds();
    for (const html of htmls) {
      try {
        new Readability(parse(html) as never).parse();
      } catch {
        // a page the parser cannot read still counts as one page's work
      }
    }
    return htmls.length / (cpuSeconds() - t0);
  };
  return {
    jsdom: measure((html) => new JSDOM(html, { url: 'https://example.org/' }).window.document),
    linkedom: measure((html) => parseHTML(html).document),
  };
}

function child(n: number): Promise<Record<string, unknown> | string> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', SCRIPT, `--size=${n}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d));
    p.stderr.on('data', (d: Buffer) => (err += d));
    p.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch {
        resolve(`size ${n} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`);
      }
    });
  });
}

async function main(): Promise<void> {
  if (args.has('size')) return runSize(Number(args.get('size')));
  const first = numberArg('first', 1000);
  const max = numberArg('max', 64_000);
  const budget = numberArg('budget', 1800);
  const readability = await readabilityPagesPerSecond(numberArg('pages', 60));
  console.log(`real texts: ${realTexts().length}; sizes ${first} to ${max}, budget ${budget} CPU s`);
  console.log('| articles | CPU s | ingest s | duplicates | entities | claims | corroboration | signals | timeline | articles/CPU s | peak MB | ratio |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  let previous: number | null = null;
  let spent = 0;
  for (let n = first; n <= max; n *= 2) {
    const r = await child(n);
    if (typeof r === 'string') {
      console.log(r);
      break;
    }
    const cpu = r.cpu as number;
    const s = r.stages as Record<string, number>;
    const f = (x: number | undefined): string => (x ?? 0).toFixed(1);
    console.log(`| ${n} | ${f(cpu)} | ${f(r.ingest as number)} | ${f(s.duplicates)} | ${f(s.entities)} | ${f(s.claims)} | ${f(s.corroboration)} | ${f(s.signals)} | ${f(s.timeline)} | ${(n / cpu).toFixed(1)} | ${(r.peakMb as number).toFixed(0)} | ${previous ? (cpu / previous).toFixed(2) : '-'} |`);
    previous = cpu;
    spent += cpu;
    if (spent + cpu * 2.2 > budget) {
      console.log(`next size (${n * 2}) would pass the budget of ${budget} CPU s (spent ${spent.toFixed(0)}); stopped`);
      break;
    }
  }
  if (readability) {
    console.log(`Readability 0.6.0, real pages per CPU second: jsdom ${readability.jsdom.toFixed(1)}, linkedom ${readability.linkedom.toFixed(1)}`);
    if (previous) console.log('(compare with articles/CPU s above: recoupe\'s whole analysis per article against one page extracted)');
  } else {
    console.log('Readability comparison skipped: ../shared/data/article-extraction-benchmark is absent');
  }
}

await main();
