import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RemovedKind } from '../../core/types.js';
import { extractHtml } from './index.js';

const PARAGRAPHS = [
  'The ministry said on Tuesday that the shipment of drones had been delivered to the port of Odesa, according to two officials who asked not to be named.',
  'Neither the company nor the ministry would confirm the number of aircraft, but customs records seen by reporters list forty crates declared as agricultural equipment.',
  'Independent analysts said the timing suggested the delivery had been planned for months, well before the talks in Geneva were announced last week.',
  'A spokesperson for the port authority declined to comment, saying questions about military cargo should be addressed to the defence ministry.',
];
const ARTICLE = `<article><h1>Drones delivered to Odesa</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml: body and boilerplate', () => {
  const rows: [string, string, RemovedKind, string][] = [
    ['navigation menu', '<nav><a href="/">Home</a> <a href="/world">World news</a></nav>', 'navigation', 'World news'],
    ['site footer', '<footer><p>Copyright 2024 Example Media, all rights reserved</p></footer>', 'navigation', 'all rights reserved'],
    ['cookie banner', '<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>', 'cookie', 'We use cookies'],
    ['share bar', '<div class="article-share"><a href="#">Share on Facebook</a></div>', 'share', 'Share on Facebook'],
    ['related block', '<section class="related-articles"><h2>Related stories</h2><a href="/x">Port strike ends</a></section>', 'related', 'Port strike ends'],
    ['newsletter box', '<div class="newsletter-signup"><p>Get our morning briefing in your inbox</p></div>', 'newsletter', 'morning briefing'],
    ['breadcrumb', '<ol class="breadcrumb"><li>Home</li><li>World</li></ol>', 'breadcrumb', 'Home'],
  ];
  for (const [name, chrome, kind, needle] of rows) {
    it(`removes a ${name} and keeps it as ${kind}`, () => {
      const r = extractHtml(page('<title>Drones</title>', `${chrome}<main>${ARTICLE}</main>`));
      for (const p of PARAGRAPHS) assert.ok(r.text.includes(p), `missing paragraph: ${p}`);
      assert.ok(!r.text.includes(needle), `boilerplate kept: ${needle}`);
      const found = r.removed.find((x) => x.text.includes(needle));
      assert.ok(found, `not in removed: ${needle}`);
      assert.equal(found.kind, kind);
      assert.ok(found.rule.length > 0);
    });
  }

  it('separates paragraphs with a blank line and puts list items on their own lines', () => {
    const r = extractHtml(page('', `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<ul><li>First point of the list</li><li>Second point of the list</li></ul></article>`));
    assert.ok(r.text.includes(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`));
    assert.ok(r.text.includes('First point of the list\nSecond point of the list'));
    assert.ok(!/<|  /.test(r.text));
  });

  it('puts a comment thread in removed as comments', () => {
    const comments = '<div id="comments" class="comments-area"><h3>2 comments</h3><ol class="comment-list"><li><p>I do not believe a word of this story, the port was closed all week.</p></li><li><p>Thank you for the reporting, this matches what my cousin saw.</p></li></ol></div>';
    const r = extractHtml(page('', `<main>${ARTICLE}${comments}</main>`));
    assert.ok(!r.text.includes('I do not believe'));
    assert.equal(r.removed.find((x) => x.text.includes('I do not believe'))?.kind, 'comments');
  });

  it('moves captions out of the text and reads their photo credit', () => {
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>Crates at the port. Photo: Jane Doe/AFP</figcaption></figure>';
    const r = extractHtml(page('', `<article>${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${figure}${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}</article>`));
    assert.ok(!r.text.includes('Crates at the port'));
    assert.equal(r.removed.find((x) => x.text.includes('Crates at the port'))?.kind, 'caption');
    assert.deepEqual(r.credits.map((c) => [c.of, c.name]), [['photo', 'Jane Doe/AFP']]);
  });

  it('reads a "Source: Reuters" line as a text credit and keeps it in the body', () => {
    const r = extractHtml(page('', `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Source: Reuters</p></article>`));
    assert.ok(r.text.endsWith('Source: Reuters'));
    assert.ok(r.credits.some((c) => c.of === 'text' && c.name === 'Reuters'));
  });
});

describe('extractHtml: bad input never throws', () => {
  const rows: [string, string][] = [
    ['empty string', ''],
    ['whitespace', '   \n  '],
    ['unclosed tags', '<html><body><div><p>The ministry said <b>on Tuesday<p>that the shipment<div>'],
    ['no body', '<html><head><title>T</title></head><p>Only a paragraph after the head.</p></html>'],
    ['fragment', '<p>A fragment with no html tag</p><p>and a second paragraph'],
    ['binary-looking junk', '\u0000\u0001\u0002\uFFFD\u0007PK\u0003\u0004<<>>\u0000</>'],
    ['broken JSON-LD', '<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>x</p></body></html>'],
    ['deep nesting', `<html><body>${'<div>'.repeat(2000)}deep text${'</div>'.repeat(2000)}</body></html>`],
  ];
  for (const [name, html] of rows) {
    it(`survives ${name}`, () => {
      const r = extractHtml(html);
      assert.equal(typeof r.text, 'string');
      assert.ok(Array.isArray(r.removed));
    });
  }

  it('keeps the text of a page without <body>', () => {
    assert.match(extractHtml('<html><head><title>T</title></head><p>Only a paragraph after the head.</p></html>').text, /Only a paragraph/);
  });
});
