import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractHtml } from './index.js';
import { normaliseLang, stripSiteSuffix } from './metadata.js';

const body = '<article><h1>Heading in the article</h1><p>The ministry said on Tuesday that the shipment of drones had been delivered.</p></article>';
const page = (head: string, inner = body, lang = ''): string => `<html${lang}><head>${head}</head><body>${inner}</body></html>`;
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('extractHtml: title', () => {
  const rows: [string, string, string | null, string | null][] = [
    ['og:title before <title>', '<title>Drones delivered - The Daily Port</title><meta property="og:title" content="Drones delivered to Odesa">', 'Drones delivered to Odesa', 'meta:og:title'],
    ['<title> minus " - Site"', '<title>Drones delivered to Odesa - The Daily Port</title><meta property="og:site_name" content="The Daily Port">', 'Drones delivered to Odesa', 'h1'],
    ['JSON-LD headline', ld({ '@type': 'NewsArticle', headline: 'Headline from JSON-LD' }), 'Headline from JSON-LD', 'json-ld:headline'],
  ];
  for (const [name, head, title, from] of rows) {
    it(name, () => {
      const r = extractHtml(page(head, name.startsWith('<title>') ? '<p>No heading here, only a paragraph of text.</p>' : body));
      assert.equal(r.title, title);
      assert.equal(r.titleEvidence?.from, from === 'h1' ? 'title' : from);
    });
  }

  const suffixes: [string, string | null, string][] = [
    ['Drones delivered to Odesa | Le Monde', 'Le Monde', 'Drones delivered to Odesa'],
    ['Drones delivered to Odesa - BBC News', null, 'Drones delivered to Odesa'],
    ['Minister resigns - again', null, 'Minister resigns - again'],
  ];
  for (const [raw, outlet, expected] of suffixes) {
    it(`strips the site suffix of "${raw}"`, () => assert.equal(stripSiteSuffix(raw, outlet, null), expected));
  }
});

describe('extractHtml: publication date', () => {
  const rows: [string, string, string, string, string | null][] = [
    ['JSON-LD first', ld({ '@type': 'NewsArticle', datePublished: '2024-09-26T10:00:00Z' }) + '<meta property="article:published_time" content="2024-09-27">', body, 'json-ld:datePublished', '2024-09-26T10:00:00Z'],
    ['JSON-LD in @graph', ld({ '@graph': [{ '@type': 'WebSite', name: 'X' }, { '@type': ['NewsArticle'], datePublished: '2024-01-02' }] }), body, 'json-ld:datePublished', '2024-01-02'],
    ['article:published_time', '<meta property="article:published_time" content="2024-09-27T08:00:00+02:00">', body, 'meta:article:published_time', '2024-09-27T08:00:00+02:00'],
    ['sailthru.date', '<meta name="sailthru.date" content="2019-11-18 10:00:00">', body, 'meta:sailthru.date', '2019-11-18 10:00:00'],
    ['<time datetime>', '', '<article><header><time datetime="2023-05-04">4 May 2023</time></header><p>Text of the article.</p></article>', 'time[datetime]', '2023-05-04'],
    ['itemprop=datePublished', '', '<article><span itemprop="datePublished" content="2022-02-02">2 Feb</span><p>Text.</p></article>', 'itemprop:datePublished', '2022-02-02'],
    ['none', '<title>T</title>', body, '', null],
  ];
  for (const [name, head, inner, from, raw] of rows) {
    it(name, () => {
      const r = extractHtml(page(head, inner));
      assert.equal(r.published, raw);
      assert.equal(r.publishedEvidence?.from ?? '', from);
    });
  }
});

describe('extractHtml: author, outlet, url, language', () => {
  it('reads them from meta, JSON-LD and links', () => {
    const head = '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Daily Port"><link rel="canonical" href="/news/drones">'
      + '<meta property="og:locale" content="fr_FR">';
    const r = extractHtml(page(head), { url: 'https://example.org/amp/drones' });
    assert.deepEqual([r.author, r.outlet, r.url, r.lang], ['Jane Doe', 'The Daily Port', 'https://example.org/news/drones', 'fr']);
  });

  it('takes JSON-LD author and publisher when meta is silent', () => {
    const r = extractHtml(page(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'A. One' }, { name: 'B. Two' }], publisher: { name: 'Port Times' } })));
    assert.deepEqual([r.author, r.outlet], ['A. One, B. Two', 'Port Times']);
  });

  const langs: [string | null, string | null][] = [['fr-FR', 'fr'], ['EN', 'en'], ['en_US', 'en'], ['x', null], [null, null], ['french', null]];
  for (const [raw, expected] of langs) it(`normalises language ${raw}`, () => assert.equal(normaliseLang(raw), expected));

  it('prefers <html lang>', () => assert.equal(extractHtml(page('<meta property="og:locale" content="de_DE">', body, ' lang="fr-BE"')).lang, 'fr'));
});
