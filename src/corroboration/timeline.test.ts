// The timeline: every dated expression of the corpus, resolved against its article's date, in order, partial dates
// last, each entry a true span of its article with the claims that contain it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { buildTimeline } from './timeline.js';

const article = (id: string, language: string, published: string | null, title: string, body: string): Article => ({
  id, source: { path: `${id}.txt`, url: null, item: null }, title, titleEvidence: null, language, published, publishedEvidence: null,
  outlet: null, author: null, encoding: 'utf-8', text: `${title}\n\n${body}`, bodyStart: title.length + 2, removed: [], comments: [], credits: [],
  duplicateOf: null, similarity: null, sharedPassages: [], signals: [],
});
// Our own sentences: a dated French wire, an undated French blog (its dates stay partial), a dated English report.
const ARTICLES = [
  article('a_wire', 'fr', '2024-03-14', 'Veltrona a livré des drones à la Birmanie',
    'Le contrat a été signé le 3 février 2024 à Lyon. Les drones ont été livrés mardi, selon Reuters. Une première visite avait eu lieu en janvier.'),
  article('b_blog', 'fr', null, 'Les livraisons secrètes de Veltrona',
    'Une livraison aurait eu lieu le 30 août. Une autre aurait suivi le 2 septembre.'),
  article('c_report', 'en', '2024-03-15', 'Veltrona shipped drones to Myanmar',
    'The drones were delivered on March 3, 2024, the company said. A second shipment left on Tuesday. A third one is planned for October 1, 2024.'),
];
// Each article's claims are its body sentences, except the last sentence of the wire (no claim there).
const claims: Claim[] = ARTICLES.flatMap((a) => {
  const sentences = [...a.text.slice(a.bodyStart).matchAll(/[^.]+\./g)];
  return sentences
    .filter((s) => !(a.id === 'a_wire' && s[0].includes('janvier')))
    .map((s, k) => {
      const start = a.bodyStart + s.index! + (s[0].length - s[0].trimStart().length);
      const end = a.bodyStart + s.index! + s[0].length;
      return { id: `${a.id}#${k}`, article: a.id, start, end, text: a.text.slice(start, end), modality: 'asserted' as const, attribution: null, cluster: null };
    });
});
const timeline = buildTimeline(ARTICLES, claims);

test('timeline: the entries, in order, partial dates after the dated ones', () => {
  // Each row: article, date, the text that gave it.
  const expected: [string, string, string][] = [
    ['a_wire', '2024-01', 'janvier'],
    ['a_wire', '2024-02-03', '3 février 2024'],
    ['c_report', '2024-03-03', 'March 3, 2024'],
    ['a_wire', '2024-03-12', 'mardi'], // the Tuesday before 14 March
    ['c_report', '2024-03-12', 'Tuesday'], // the Tuesday before 15 March; same day: by article
    ['c_report', '2024-10-01', 'October 1, 2024'], // later than August, but dated: before the partial dates
    ['b_blog', '--08-30', '30 août'], // no year: the blog has no date
    ['b_blog', '--09-02', '2 septembre'],
  ];
  assert.deepEqual(timeline.map((e) => [e.article, e.date, e.text]), expected);
});

test('timeline: sorted by date, undated (partial) entries last, then by article and position', () => {
  const key = (d: string): string => (d.startsWith('--') ? `9999${d.slice(1)}` : d);
  for (let i = 1; i < timeline.length; i++) {
    const [x, y] = [timeline[i - 1]!, timeline[i]!];
    assert.ok(key(x.date) < key(y.date) || (key(x.date) === key(y.date) && (x.article < y.article || (x.article === y.article && x.start < y.start))), `${x.date} ${x.text} before ${y.date} ${y.text}`);
  }
  const firstPartial = timeline.findIndex((e) => e.date.startsWith('--'));
  assert.ok(firstPartial > 0 && timeline.slice(firstPartial).every((e) => e.date.startsWith('--')));
});

test('timeline: every entry is a span of its article, and lists exactly the claims that contain it', () => {
  const byId = new Map(ARTICLES.map((a) => [a.id, a]));
  for (const e of timeline) {
    assert.equal(byId.get(e.article)!.text.slice(e.start, e.end), e.text);
    const containing = claims.filter((c) => c.article === e.article && c.start <= e.start && c.end >= e.end).map((c) => c.id);
    assert.deepEqual(e.claims, containing, `${e.text}`);
    assert.ok(e.rule.length > 0);
  }
  // The wire's "janvier" sentence carries no claim; every other entry is in one.
  assert.deepEqual(timeline.filter((e) => e.claims.length === 0).map((e) => e.text), ['janvier']);
});

test('timeline: the order of the input articles does not matter', () => {
  const reversed = buildTimeline([...ARTICLES].reverse(), [...claims].reverse());
  assert.deepEqual(reversed.map((e) => [e.article, e.start]), timeline.map((e) => [e.article, e.start]));
});

test('timeline: no article, no entry; an article without dates adds none', () => {
  assert.deepEqual(buildTimeline([], []), []);
  assert.deepEqual(buildTimeline([article('d', 'fr', '2024-03-14', 'Sans date', 'Veltrona conteste ces accusations.')], []), []);
});
