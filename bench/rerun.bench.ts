// Benchmark of reruns (issue 9): a corpus of N articles analysed by `analyze` on an embedded store, then analysed
// again (nothing changed: the stored analysis is taken whole), then again after adding 1% new articles (the unchanged
// articles' per-article results come from the store, the cross-article stages run again). Each run is timed in CPU
// seconds and compared with a first run on a fresh store over the same N + 1% articles. The corpus is the one of
// pipeline.bench.ts (real articles, then worlds of them), written to a temporary folder as text files.
// Run: node --import tsx bench/rerun.bench.ts [--articles=1000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/index.js';
import { corpus } from './pipeline-corpus.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const n = Number(args.get('articles') ?? 1000);
const extra = Math.max(1, Math.round(n / 100));

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const dir = mkdtempSync(join(tmpdir(), 'recoupe-rerun-bench-'));
try {
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  const texts = corpus(n + extra);
  const write = (from: number, to: number): void => {
    for (let i = from; i < to; i++) writeFileSync(join(inputs, `${String(i).padStart(6, '0')}.txt`), texts[i]!);
  };
  write(0, n);
  const timed = async (label: string, storeDir: string): Promise<number> => {
    const t0 = cpuSeconds();
    const store = await openStore({ backend: 'embedded', dir: storeDir });
    const { stats } = await analyze({ inputs: [inputs], store });
    await store.close();
    const cpu = cpuSeconds() - t0;
    const results = `${stats.resultsReused ?? 0} per-article results reused, ${stats.resultsComputed ?? 0} computed`;
    console.log(`| ${label} | ${stats.articles} | ${stats.read} | ${cpu.toFixed(1)} | ${stats.analysisReused ? 'whole analysis reused' : results} |`);
    return cpu;
  };
  console.log(`${n} articles, then ${extra} more`);
  console.log('| run | articles | files read | CPU s | reuse |');
  console.log('|---|---|---|---|---|');
  const store = join(dir, 'store');
  await timed('first run', store);
  await timed('rerun, nothing changed', store);
  write(n, n + extra);
  const warm = await timed(`rerun, ${extra} articles added`, store);
  const cold = await timed('first run on the same articles (fresh store)', join(dir, 'fresh'));
  console.log(`rerun with 1% new articles / first run on the same articles: ${(warm / cold).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
