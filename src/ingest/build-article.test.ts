import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle } from './build-article.js';
import type { RawDoc } from './load.js';

const doc = (over: Partial<RawDoc>): RawDoc => ({ format: 'text', item: null, body: '', bodyIsHtml: false, title: null, published: null, url: null, author: null, outlet: null, ...over });
const origin = { path: '/in/a.txt', mtimeMs: Date.UTC(2024, 8, 30), encoding: 'utf-8' };

describe('buildArticle', () => {
  it('takes the agency of a dateline as a credit, and its date as the publication date', async () => {
    const a = await buildArticle(doc({ body: 'Titre\n\nPARIS, 12 mars 2024 (AFP) - Le ministère a confirmé la livraison.' }), origin);
    assert.deepEqual(a.credits.map((c) => [c.name, c.of]), [['AFP', 'text']]);
    assert.equal(a.published, '2024-03-12');
    assert.equal(a.publishedEvidence?.from, 'dateline');
  });

  it('opens the text with the headline; bodyStart says where the body starts', async () => {
    const a = await buildArticle(doc({ body: 'Un titre\n\nLe corps de l’article, assez long pour être lu.' }), origin);
    assert.equal(a.text.slice(0, a.bodyStart), 'Un titre\n\n');
    assert.equal(a.text.slice(a.bodyStart), 'Le corps de l’article, assez long pour être lu.');
  });

  it('a text of one line (a wire flash) is its own title and body: an article, however short', async () => {
    const a = await buildArticle(doc({ body: 'Microsoft will buy Mojang AB.\n' }), origin);
    assert.deepEqual([a.title, a.text, a.bodyStart], ['Microsoft will buy Mojang AB.', 'Microsoft will buy Mojang AB.', 0]);
  });

  const rows: [string, Partial<RawDoc>, string | null][] = [
    ['a date later than the file is not taken', { body: 'T\n\nCorps.', published: '2025-01-01' }, null],
    ['a month stays a month', { body: 'T\n\nCorps.', published: 'mars 2024' }, '2024-03'],
    ['a date in the URL when nothing else says', { body: 'T\n\nCorps.', url: 'https://x.org/2024/05/02/story' }, '2024-05-02'],
    ['no evidence, no date', { body: 'T\n\nCorps.' }, null],
  ];
  for (const [name, over, want] of rows) it(name, async () => assert.equal((await buildArticle(doc(over), origin)).published, want));

  it('makes words of a slug title', async () => {
    const a = await buildArticle(doc({ body: 'Le corps de l’article.', title: 'Chinese-experts-Russian-drones-factory' }), origin);
    assert.equal(a.title, 'Chinese experts Russian drones factory');
    assert.equal(a.titleEvidence?.from, 'slug');
  });
});
