// The HTML report: one self-contained page that parses, escapes every article text, and links clusters to articles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { renderHtml } from './html.js';
import { buildReportModel } from './report-model.js';
import { CLUSTERS, sampleDossier } from './sample-dossier.js';

const html = renderHtml(buildReportModel(sampleDossier()));
const { document } = parseHTML(html);

describe('HTML report', () => {
  it('is a document in English with a title', () => {
    assert.ok(html.startsWith('<!doctype html>'));
    assert.equal(document.documentElement.getAttribute('lang'), 'en');
    assert.equal(document.querySelector('title')?.textContent, 'recoupe report: 4 articles');
  });

  it('escapes a <script> in an article title: no script element, the title shown as written', () => {
    assert.equal(document.querySelectorAll('script').length, 0);
    assert.ok(!/<script/i.test(html));
    const heading = document.querySelector('#article-a_0000000000000001 h3');
    assert.equal(heading?.textContent, 'Drone plant <script>alert(1)</script> found in *China*');
  });

  it('loads nothing from outside: no scripts, stylesheets, fonts or images', () => {
    for (const pattern of [/<link\b/i, /<img\b/i, /\bsrc=/i, /@import/i, /url\(/i, /@font-face/i]) assert.ok(!pattern.test(html), `found ${pattern}`);
    assert.equal(document.querySelectorAll('style').length, 1);
  });

  it('has a table of contents whose links all land on an element', () => {
    const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    assert.ok(targets.length > 10);
    assert.deepEqual(targets.filter((t) => !ids.has(t)), []);
    assert.deepEqual([...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href')), ['#claims-that-matter', '#articles', '#timeline', '#entities']);
  });

  it('shows a cluster with its counts, origins, quotes linked to articles, and its denial', () => {
    const cluster = document.querySelector(`#claim-${CLUSTERS.tested}`)!;
    assert.match(cluster.querySelector('.counts')!.textContent!, /^3 articles \(1 copy\), 3 independent origins: Reuters; Blog; Wire One$/);
    assert.ok([...cluster.querySelectorAll('.cite a')].some((a) => a.getAttribute('href') === '#article-a_0000000000000001'));
    const denial = cluster.querySelector('.contradiction')!;
    assert.match(denial.querySelector('h4')!.textContent!, /^Denied by: Pékin dément/);
    const quote = denial.querySelector('blockquote')!;
    assert.equal(quote.textContent, 'Pékin dément avoir fourni des drones à la Russie.');
    assert.equal(quote.getAttribute('lang'), 'fr');
  });

  it('shows an article with its warning sign, evidence, copies and boilerplate', () => {
    const blog = document.querySelector('#article-a_0000000000000004')!;
    assert.match(blog.querySelector('.signal h4')!.textContent!, /Sensational wording/);
    assert.equal(blog.querySelector('.signal q')!.textContent, 'EXPLOSIVE');
    assert.match(blog.textContent!, /no date/);
    assert.match(blog.textContent!, /2 cookie notices, 1 reader-comment block; 2 reader comments/);
    const copy = document.querySelector('#article-a_0000000000000002')!;
    assert.match(copy.textContent!, /Copy of Drone plant <script>alert\(1\)<\/script> found in \*China\* \(Wire One, 26 September 2024\), similarity 0\.95/);
  });

  it('groups the timeline by date with the expression marked', () => {
    const days = [...document.querySelectorAll('#timeline .day h3')].map((h) => h.textContent);
    assert.deepEqual(days, ['2023', '26 September 2024']);
    assert.deepEqual([...document.querySelectorAll('#timeline mark')].map((m) => m.textContent), ['2023', 'Thursday']);
  });

  it('lists entities by type in tables', () => {
    assert.deepEqual([...document.querySelectorAll('#entities h3')].map((h) => h.textContent), ['People (1)', 'Organisations (1)', 'Places (2)']);
    const row = [...document.querySelectorAll('#entities tr')].find((tr) => tr.textContent!.startsWith('China'));
    assert.deepEqual([...row!.querySelectorAll('td')].map((td) => td.textContent), ['China', 'Pékin', '4', '4']);
  });

  it('turns only web addresses into links', () => {
    const model = buildReportModel(sampleDossier());
    const evil = { ...model, articles: model.articles.map((a) => ({ ...a, url: 'javascript:alert(1)' })) };
    const page = renderHtml(evil);
    assert.ok(!page.includes('href="javascript:'));
  });
});
