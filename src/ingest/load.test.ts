import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_BYTES, detectFormat, loadFile } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-load-'));
async function load(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  return loadFile({ path, size, mtimeMs: Date.now(), ctimeMs: Date.now(), mode: 0o644 }, { maxBytes: DEFAULT_MAX_BYTES });
}

describe('detectFormat', () => {
  const rows: [string, string, string][] = [
    ['.html', 'anything', 'html'],
    ['.md', '# Titre', 'markdown'],
    ['.jsonl', '{"text":"a"}', 'json'],
    ['.xml', '<?xml version="1.0"?><rss version="2.0">', 'feed'],
    ['.xml', '<?xml version="1.0"?>\n<!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['', '<!DOCTYPE html><html>', 'html'],
    ['.txt', '<!doctype html><html><body>', 'html'],
    ['.txt', 'Un titre\nUn corps.', 'text'],
    ['', '[{"title":"x"}]', 'json'],
  ];
  for (const [ext, head, want] of rows) it(`${ext || '(none)'} "${head.slice(0, 20)}" -> ${want}`, () => assert.equal(detectFormat(ext, new TextEncoder().encode(head)), want));
});

describe('loadFile formats', () => {
  it('reads JSON Lines with common field names, one document per line, and reports bad lines', async () => {
    const r = await load('a.jsonl', [
      JSON.stringify({ headline: 'Un', articleBody: 'Texte un.', datePublished: '2024-09-26', link: 'https://x.org/1', author: { name: 'A. Auteur' } }),
      'not json',
      JSON.stringify({ title: 'Deux', content: '<p>Texte <b>deux</b>.</p>', date: '2023-03-21', source: 'Le Veilleur' }),
      JSON.stringify({ title: 'Sans texte' }),
    ].join('\n'));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(r.docs.map((d) => [d.item, d.title, d.published, d.url, d.author, d.outlet, d.bodyIsHtml]), [
      [0, 'Un', '2024-09-26', 'https://x.org/1', 'A. Auteur', null, false],
      [2, 'Deux', '2023-03-21', null, null, 'Le Veilleur', true],
    ]);
    assert.equal(r.problems.length, 2);
  });

  it('reads a JSON array under "articles"', async () => {
    const r = await load('b.json', JSON.stringify({ articles: [{ title: 'T', text: 'Corps.' }, { title: 'U', text: 'Autre.' }] }));
    assert.ok(r.ok && r.docs.length === 2);
  });

  it('reads an RSS feed, one document per item, through gzip', async () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Veille</title><item><title>Un</title><link>https://v.fr/1</link><pubDate>Tue, 21 Mar 2023 10:00:00 GMT</pubDate><description>&lt;p&gt;Corps un.&lt;/p&gt;</description></item><item><title>Deux</title><description>Corps deux.</description></item></channel></rss>';
    const r = await load('feed.rss.gz', gzipSync(Buffer.from(rss)));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(r.docs.map((d) => [d.title, d.url, d.outlet, d.bodyIsHtml]), [
      ['Un', 'https://v.fr/1', 'Veille', true],
      ['Deux', null, 'Veille', false],
    ]);
  });

  it('reads an Atom feed', async () => {
    const atom = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><entry><title>One</title><link rel="alternate" href="https://l.com/1"/><published>2024-09-26T08:00:00Z</published><author><name>Ann</name></author><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>';
    const r = await load('feed.atom', atom);
    assert.ok(r.ok);
    if (r.ok) assert.deepEqual([r.docs[0]!.title, r.docs[0]!.url, r.docs[0]!.published, r.docs[0]!.author], ['One', 'https://l.com/1', '2024-09-26T08:00:00Z', 'Ann']);
  });

  it('decodes a windows-1252 HTML page by its declared charset', async () => {
    const html = Buffer.from('<html><head><meta charset="windows-1252"><title>Pékin dément</title></head><body><p>Le ministère a démenti.</p></body></html>', 'latin1');
    const r = await load('p.html', html);
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.encoding, 'windows-1252');
      assert.ok(r.docs[0]!.body.includes('Pékin dément'));
    }
  });

  it('refuses a file above the size limit before reading it', async () => {
    const r = await loadFile({ path: join(dir, 'missing'), size: 2e9, mtimeMs: 0, ctimeMs: 0, mode: 0o644 }, { maxBytes: 1000 });
    assert.ok(!r.ok && r.rejection.code === 'too-large');
  });

  it('refuses a gzip bomb larger than the limit once decompressed', async () => {
    const path = join(dir, 'bomb.txt.gz');
    const bytes = gzipSync(Buffer.alloc(5_000_000, 0x61));
    writeFileSync(path, bytes);
    const r = await loadFile({ path, size: bytes.length, mtimeMs: 0, ctimeMs: 0, mode: 0o644 }, { maxBytes: 1_000_000 });
    assert.ok(!r.ok && r.rejection.code === 'too-large', JSON.stringify(r));
  });
});

describe('storable text', () => {
  it('drops U+0000 and replaces unpaired surrogates, in JSON fields too', async () => {
    const r = await load('nul.jsonl', JSON.stringify({ title: 'A\u0000B', text: 'x\ud800y \ud83d\ude00 z' }));
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.docs[0]!.title, 'AB');
      assert.equal(r.docs[0]!.body, 'x\ufffdy \ud83d\ude00 z');
    }
  });
});
