// The one conformance suite every Store backend runs (embedded.test.ts, postgres.test.ts).
// `open` must open the same store each time it is called: the suite closes and reopens it to check persistence.
// Tests share that store, so each uses its own paths and ids and compares article counts as differences.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../core/types.js';
import { sampleArticle, sampleFile, sampleId } from './sample-article.js';
import type { Store } from './store.js';

// What a record looks like after any JSON round trip: the most a JSON store can promise.
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Registers the conformance tests for one backend under `name`. */
export function runStoreConformance(name: string, open: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    const run = randomUUID().slice(0, 8);
    const path = (p: string): string => `/conformance/${run}/${p}`;
    const articlesFor = (file: string, n: number, textLength?: number): Article[] =>
      Array.from({ length: n }, (_, i) => sampleArticle(sampleId(`${run}/${file}/${i}`), path(file), textLength));
    let store: Store;

    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    it('records a file and its articles and reads them back as they were', async () => {
      const articles = articlesFor('round-trip.html', 3);
      const file = sampleFile(path('round-trip.html'), articles.map((a) => a.id));
      await store.putFile(file, articles);
      assert.deepEqual(await store.getFile(file.path), viaJson(file));
      for (const article of articles) assert.deepEqual(await store.getArticle(article.id), viaJson(article));
      assert.equal(await store.getFile(path('never-seen.html')), null);
      assert.equal(await store.getArticle('a_0000000000000000'), null);
    });

    it('records a file with no articles and empty arrays', async () => {
      const file = sampleFile(path('empty.txt'), []);
      await store.putFile(file, []);
      assert.deepEqual(await store.getFile(file.path), viaJson(file));
    });

    it('does not duplicate articles when the same file is put again, and keeps its new record and stamp', async () => {
      const articles = articlesFor('again.html', 4);
      const file = sampleFile(path('again.html'), articles.map((a) => a.id));
      const before = await store.countArticles();
      await store.putFile(file, articles);
      // A chmod, another recoupe or other options: the stamp that decides whether the record is stale is kept whole.
      const changed = { ...file, size: 99, sha256: 'f'.repeat(64), ctimeMs: 1_800_000_000_000, mode: 0o600, analysis: 'other', notes: ['item 3: no text'] };
      await store.putFile(changed, articles);
      assert.equal(await store.countArticles(), before + 4);
      assert.deepEqual(await store.getFile(file.path), viaJson(changed));
    });

    it('keeps one article that two files share, listed by both, as last put', async () => {
      const shared = articlesFor('shared', 1)[0] as Article;
      const copy = { ...shared, source: { ...shared.source, path: path('share-2.html') } };
      const before = await store.countArticles();
      await store.putFile(sampleFile(path('share-1.html'), [shared.id]), [shared]);
      await store.putFile(sampleFile(path('share-2.html'), [shared.id]), [copy]);
      assert.equal(await store.countArticles(), before + 1);
      assert.deepEqual(await store.getArticle(shared.id), viaJson(copy));
      assert.deepEqual((await store.getFile(path('share-1.html')))?.articleIds, [shared.id]);
      assert.deepEqual((await store.getFile(path('share-2.html')))?.articleIds, [shared.id]);
    });

    it('stores an article repeated inside one file once, and keeps the file order of ids', async () => {
      const [a, b] = articlesFor('feed.xml', 2) as [Article, Article];
      const before = await store.countArticles();
      const ids = [a.id, b.id, a.id];
      await store.putFile(sampleFile(path('feed.xml'), ids), [a, b, a]);
      assert.equal(await store.countArticles(), before + 2);
      assert.deepEqual((await store.getFile(path('feed.xml')))?.articleIds, ids);
    });

    it('returns articles in the order of the ids given, skipping unknown ids', async () => {
      const [a, b, c] = articlesFor('order.html', 3) as [Article, Article, Article];
      await store.putFile(sampleFile(path('order.html'), [a.id, b.id, c.id]), [a, b, c]);
      const rows: [string[], Article[]][] = [
        [[c.id, a.id, b.id], [c, a, b]],
        [['a_ffffffffffffffff', b.id, 'a_eeeeeeeeeeeeeeee'], [b]],
        [[b.id, b.id], [b, b]],
        [[], []],
      ];
      for (const [ids, expected] of rows) assert.deepEqual(await store.getArticles(ids), viaJson(expected), ids.join());
    });

    it('records rejected files with their reason', async () => {
      const file = {
        ...sampleFile(path('photo.jpg'), []),
        rejection: { path: path('photo.jpg'), code: 'binary', reason: 'fichier binaire (JPEG), pas un article' },
      };
      await store.putFile(file, []);
      assert.deepEqual(await store.getFile(file.path), viaJson(file));
    });

    it('adds, lists in order and removes corrections', async () => {
      const existing = await store.listCorrections();
      const corrections = [
        { kind: 'entity-merge', payload: { from: ['Zelensky', 'Zelenskyy'], to: 'Volodymyr Zelensky' } },
        { kind: 'not-entity', payload: { text: 'Selon' } },
        { kind: 'entity-type', payload: { entity: 'Bagdad', type: 'place', note: 'ville, pas une personne' } },
      ];
      const added = [];
      for (const c of corrections) added.push(await store.addCorrection(c));
      for (const [i, c] of added.entries()) {
        assert.deepEqual({ kind: c.kind, payload: c.payload }, corrections[i]);
        assert.match(c.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        if (i > 0) assert.ok(c.id > (added[i - 1]?.id ?? 0), 'ids grow in the order of adding');
      }
      assert.deepEqual(await store.listCorrections(), [...existing, ...added]);
      assert.equal(await store.removeCorrection(added[1]?.id ?? -1), true);
      assert.equal(await store.removeCorrection(added[1]?.id ?? -1), false);
      assert.deepEqual(await store.listCorrections(), [...existing, added[0], added[2]]);
    });

    it('lists files ordered by path, in code-point order whatever the locale', async () => {
      const names = ['b.html', 'B.html', 'a-b/x.html', 'a/b.html', 'é.html', 'z.html', 'A.html'];
      for (const n of names) await store.putFile(sampleFile(path(`listing/${n}`), []), []);
      const listed = (await store.listFiles()).map((f) => f.path).filter((p) => p.startsWith(path('listing/')));
      assert.deepEqual(listed, names.map((n) => path(`listing/${n}`)).sort());
    });

    it('keeps nothing of a file whose write fails after its articles were inserted', async () => {
      const before = await store.countArticles();
      const articles = articlesFor('fails-late.html', 3);
      // PostgreSQL cannot store U+0000 in jsonb: the file row fails after the article rows went in.
      const file = {
        ...sampleFile(path('fails-late.html'), articles.map((a) => a.id)),
        rejection: { path: path('fails-late.html'), code: 'unreadable', reason: 'nul \u0000 byte' },
      };
      await assert.rejects(store.putFile(file, articles), /^Error: store: could not record .*fails-late\.html/);
      assert.equal(await store.getFile(file.path), null);
      assert.deepEqual(await store.getArticles(articles.map((a) => a.id)), []);
      assert.equal(await store.countArticles(), before);
    });

    it('keeps nothing of a file whose last article cannot be stored', async () => {
      const before = await store.countArticles();
      const articles = articlesFor('fails-in-batch.html', 1200);
      const last = articles.length - 1;
      articles[last] = { ...(articles[last] as Article), text: 'texte avec un \u0000 au milieu' };
      const file = sampleFile(path('fails-in-batch.html'), articles.map((a) => a.id));
      await assert.rejects(store.putFile(file, articles), /^Error: store: could not record/);
      assert.equal(await store.getFile(file.path), null);
      assert.equal(await store.countArticles(), before);
    });

    it('stores a file of 2,000 articles of about 3 KB', async (t) => {
      const articles = articlesFor('big.jsonl', 2000, 3000);
      const file = sampleFile(path('big.jsonl'), articles.map((a) => a.id));
      const startMs = performance.now();
      await store.putFile(file, articles);
      const elapsedMs = performance.now() - startMs;
      t.diagnostic(`${name}: putFile of 2,000 articles in ${elapsedMs.toFixed(0)} ms`);
      const read = await store.getArticles(file.articleIds);
      assert.equal(read.length, 2000);
      assert.deepEqual(read[1999], viaJson(articles[1999]));
    });

    it('keeps the latest analyses by key, replaces one put again, and forgets the oldest', async () => {
      assert.equal(await store.getAnalysis('never'), null);
      const layers = { claims: [{ id: 'c_000000000001', text: 'É « x »' }], notes: [] };
      await store.putAnalysis('k1', layers);
      assert.deepEqual(await store.getAnalysis('k1'), layers);
      await store.putAnalysis('k1', { claims: [] });
      assert.deepEqual(await store.getAnalysis('k1'), { claims: [] });
      for (const key of ['k2', 'k3', 'k4', 'k5']) await store.putAnalysis(key, { key });
      assert.equal(await store.getAnalysis('k1'), null, 'the oldest of five is forgotten');
      assert.deepEqual(await store.getAnalysis('k5'), { key: 'k5' });
    });

    it('keeps per-article results by article and kind, the latest replacing the earlier', async () => {
      assert.deepEqual(await store.getArticleResults(['a_none']), []);
      const value = JSON.stringify([{ text: 'É « x » \u0000 😀', start: 0 }]);
      await store.putArticleResults([
        { article: 'a_r1', kind: 'mentions', key: 'k1', value },
        { article: 'a_r1', kind: 'claims', key: 'k2', value: '[]' },
        { article: 'a_r2', kind: 'mentions', key: 'k3', value: '[]' },
      ]);
      await store.putArticleResults([{ article: 'a_r1', kind: 'claims', key: 'k4', value: '[1]' }]);
      const byArticle = (await store.getArticleResults(['a_r1', 'a_none'])).sort((x, y) => x.kind.localeCompare(y.kind));
      assert.deepEqual(byArticle, [
        { article: 'a_r1', kind: 'claims', key: 'k4', value: '[1]' },
        { article: 'a_r1', kind: 'mentions', key: 'k1', value },
      ]);
      assert.equal(JSON.parse(byArticle[1]!.value)[0].text, 'É « x » \u0000 😀', 'the JSON text comes back byte for byte');
      // Many rows and many ids: batched on the way in and out.
      const many = Array.from({ length: 6000 }, (_, i) => ({ article: `a_m${i}`, kind: 'dates', key: `k${i}`, value: `[${i}]` }));
      await store.putArticleResults(many);
      const back = await store.getArticleResults(many.map((r) => r.article));
      assert.equal(back.length, 6000);
      assert.deepEqual(back.find((r) => r.article === 'a_m5999'), many[5999]);
    });

    it('keeps everything after close and reopen, and refuses calls once closed', async () => {
      const articles = articlesFor('persist.html', 2);
      const file = sampleFile(path('persist.html'), articles.map((a) => a.id));
      await store.putFile(file, articles);
      const correction = await store.addCorrection({ kind: 'entity-alias', payload: { alias: 'AFP' } });
      const count = await store.countArticles();
      await store.close();
      await store.close(); // closing twice is harmless
      await assert.rejects(store.getFile(file.path), /^Error: store: this \w+ store is closed/);
      store = await open();
      assert.deepEqual(await store.getFile(file.path), viaJson(file));
      assert.deepEqual(await store.getArticles(file.articleIds), viaJson(articles));
      assert.equal(await store.countArticles(), count);
      assert.deepEqual((await store.listCorrections()).at(-1), correction);
    });
  });
}
