// Benchmark of HTML article extraction on the 181 real pages of ../shared/data/article-extraction-benchmark.
// Run: node --import tsx bench/extract.bench.ts [--pages=N]
// Runs, in one process on the same pages: recoupe's extractHtml, Readability 0.6.0 on jsdom (its documented setup),
// and Readability on linkedom. Prints for each the F1 / precision / recall of the benchmark's metric (reimplemented
// below, nothing is imported from ../shared), pages per second, and recoupe's speed as a ratio to each peer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/ingest/html/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'article-extraction-benchmark');
const SHINGLE = 4;
const WARM_UP_PAGES = 5;

interface Page { readonly id: string; readonly url: string; readonly html: string; readonly truth: string }
interface Extractor { readonly name: string; readonly run: (page: Page) => string }
interface Result { readonly name: string; readonly f1: number; readonly precision: number; readonly recall: number; readonly pagesPerSecond: number; readonly failures: number }

// ---- the benchmark's metric: word 4-gram shingle multisets, TP/FP/FN normalised per page, means over pages ----

const tokensOf = (s: string): string[] => s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shinglesOf(text: string): Map<string, number> {
  const tokens = tokensOf(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per page TP/FP/FN over shingles, each divided by their sum (all zero for two empty texts). */
function pageCounts(truth: string, predicted: string): [number, number, number] {
  const a = shinglesOf(truth), b = shinglesOf(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0, y = b.get(key) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function score(counts: readonly [number, number, number][]): { f1: number; precision: number; recall: number } {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((p, q) => p + q, 0) / xs.length : 0);
  const precisionOf = ([tp, fp, fn]: [number, number, number]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
  const recallOf = ([tp, fp, fn]: [number, number, number]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
  // as in the benchmark: a page with nothing predicted does not count for precision, nor one with nothing true for recall
  const precision = mean(counts.filter((c) => c[0] + c[1] > 0).map(precisionOf));
  const recall = mean(counts.filter((c) => c[0] + c[2] > 0).map(recallOf));
  return { f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

// ---- the three extractors ----

async function loadJsdom(): Promise<(new (html: string, options: object) => { window: { document: unknown; close(): void } }) | null> {
  try {
    const jsdom = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: object) => { window: { document: unknown; close(): void } } };
    return jsdom.JSDOM;
  } catch {
    return null;
  }
}

function readabilityText(document: unknown): string {
  return new Readability(document as never).parse()?.textContent ?? '';
}

async function extractors(): Promise<Extractor[]> {
  const list: Extractor[] = [{ name: 'recoupe extractHtml', run: (p) => extractHtml(p.html, { url: p.url }).text }];
  const JSDOM = await loadJsdom();
  if (JSDOM) {
    list.push({
      name: 'Readability + jsdom',
      run: (p) => {
        // the documented setup: new JSDOM(html, { url }), then new Readability(dom.window.document).parse()
        const dom = new JSDOM(p.html, { url: p.url });
        try { return readabilityText(dom.window.document); } finally { dom.window.close(); }
      },
    });
  } else console.log('jsdom is not installed (npm install --include=dev): Readability + jsdom skipped');
  list.push({ name: 'Readability + linkedom', run: (p) => readabilityText(parseHTML(p.html).document) });
  return list;
}

function runOne(extractor: Extractor, pages: readonly Page[]): Result {
  // a few untimed pages first, so no extractor pays for the JIT warming up on the others' behalf
  for (const page of pages.slice(0, WARM_UP_PAGES)) { try { extractor.run(page); } catch { /* counted in the timed run */ } }
  const counts: [number, number, number][] = [];
  let failures = 0;
  const start = performance.now();
  for (const page of pages) {
    let text = '';
    try { text = extractor.run(page); } catch { failures++; }
    counts.push(pageCounts(page.truth, text));
  }
  const seconds = (performance.now() - start) / 1000;
  return { name: extractor.name, ...score(counts), pagesPerSecond: pages.length / seconds, failures };
}

function loadPages(limit: number): Page[] {
  const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(join(DATA, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  return files.map((f) => {
    const id = f.replace(/\.html\.gz$/, '');
    return { id, url: truth[id]?.url ?? 'https://example.org/', truth: truth[id]?.articleBody ?? '', html: gunzipSync(readFileSync(join(DATA, 'html', f))).toString('utf8') };
  });
}

async function main(): Promise<void> {
  if (!existsSync(join(DATA, 'ground-truth.json'))) {
    console.log(`extract.bench: skipped, the benchmark data is not at ${DATA} (it lives in ../shared beside the repository)`);
    return;
  }
  const limitArg = process.argv.find((a) => a.startsWith('--pages='));
  const pages = loadPages(limitArg ? Number(limitArg.slice('--pages='.length)) : Infinity);
  console.log(`extract.bench: ${pages.length} pages of ${DATA}`);
  // jsdom reports unparseable stylesheets on the console; its verdicts are counted as failures below instead
  const quiet = console.error;
  console.error = () => {};
  const results: Result[] = [];
  for (const extractor of await extractors()) {
    results.push(runOne(extractor, pages));
    console.log(`  done: ${extractor.name}`);
  }
  console.error = quiet;
  const ours = results[0]!;
  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log(`\n${pad('extractor', 26)}${pad('F1', 8)}${pad('P', 8)}${pad('R', 8)}${pad('pages/s', 10)}${pad('failures', 10)}recoupe speed / this`);
  for (const r of results) {
    console.log(`${pad(r.name, 26)}${pad(r.f1.toFixed(4), 8)}${pad(r.precision.toFixed(4), 8)}${pad(r.recall.toFixed(4), 8)}${pad(r.pagesPerSecond.toFixed(1), 10)}${pad(String(r.failures), 10)}${(ours.pagesPerSecond / r.pagesPerSecond).toFixed(2)}x`);
  }
  console.log('\nfailures: pages where the extractor threw (scored as an empty prediction). Timings include parsing; the machine may be shared.');
}

await main();
