// Measures the store: creating and reopening the embedded store, and putFile throughput with articles of ~3 KB,
// as one file of 2,000 articles and as 200 files of 10. Not a test; run by hand:
//   node --import tsx bench/store.bench.ts [postgres://user@host:5432/database]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import { sampleArticle, sampleFile, sampleId } from '../src/store/sample-article.js';
import type { Store } from '../src/store/store.js';

const articleChars = 3000;

/** Runs fn and returns its duration in ms. */
async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const startMs = performance.now();
  await fn();
  return performance.now() - startMs;
}

// putFile throughput for `files` files of `perFile` articles each, in articles per second.
async function measurePuts(store: Store, label: string, files: number, perFile: number): Promise<string> {
  const batches = Array.from({ length: files }, (_, f) => {
    const path = `/bench/${label}/${f}.jsonl`;
    return { path, articles: Array.from({ length: perFile }, (_, i) => sampleArticle(sampleId(`${label}/${f}/${i}`), path, articleChars)) };
  });
  const ms = await timeMs(async () => {
    for (const b of batches) await store.putFile(sampleFile(b.path, b.articles.map((a) => a.id)), b.articles);
  });
  const bytes = JSON.stringify(batches[0]?.articles[0]).length;
  return `${files} x ${perFile} articles (${bytes} B each): ${ms.toFixed(0)} ms, ${((files * perFile) / (ms / 1000)).toFixed(0)} articles/s`;
}

async function benchEmbedded(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-'));
  try {
    let store: Store | undefined;
    const createMs = await timeMs(async () => (store = await openStore({ backend: 'embedded', dir })));
    console.log(`embedded: create ${createMs.toFixed(0)} ms`);
    console.log(`embedded: ${await measurePuts(store as Store, 'one', 1, 2000)}`);
    console.log(`embedded: ${await measurePuts(store as Store, 'many', 200, 10)}`);
    await store?.close();
    for (let i = 0; i < 3; i++) {
      const reopenMs = await timeMs(async () => (store = await openStore({ backend: 'embedded', dir })));
      const closeMs = await timeMs(async () => store?.close());
      console.log(`embedded: reopen ${reopenMs.toFixed(0)} ms, close ${closeMs.toFixed(0)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string): Promise<void> {
  const schema = `recoupe_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  try {
    let store: Store | undefined;
    const openMs = await timeMs(async () => (store = await openStore({ backend: 'postgres', url, schema })));
    console.log(`postgres: open with a new schema ${openMs.toFixed(0)} ms`);
    console.log(`postgres: ${await measurePuts(store as Store, 'one', 1, 2000)}`);
    console.log(`postgres: ${await measurePuts(store as Store, 'many', 200, 10)}`);
    await store?.close();
    const reopenMs = await timeMs(async () => (store = await openStore({ backend: 'postgres', url, schema })));
    console.log(`postgres: reopen ${reopenMs.toFixed(0)} ms`);
    await store?.close();
  } finally {
    const client = new pg.Client(url);
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

await benchEmbedded();
await benchPostgres(process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/test');
