// The report model: reading order, grouping and folding on a small dossier written by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReportModel } from './report-model.js';
import { parseDossier } from './read-dossier.js';
import { CLAIMS, CLUSTERS, IDS, sampleDossier } from './sample-dossier.js';
import { compareDates, formatDate } from './wording.js';

const model = buildReportModel(sampleDossier());

describe('report model', () => {
  it('checks the sample dossier against the schema', () => {
    assert.doesNotThrow(() => parseDossier(JSON.stringify(sampleDossier()), 'sample'));
  });

  it('summarises the corpus', () => {
    assert.deepEqual(model.corpus, {
      folder: '/corpus/story/', files: 4, articles: 4,
      languages: [{ code: 'en', count: 3 }, { code: 'fr', count: 1 }],
      firstDate: '2024-09-26', lastDate: '2024-09-28', undated: 1, copies: 1,
      rejected: [{ path: '/corpus/story/photo.jpg', code: 'binary', reason: 'not text' }], skipped: 0,
    });
  });

  it('does not count a claim found only in an article and its copy as found in two articles', () => {
    const d = sampleDossier();
    const onlyCopied = { ...d.clusters.find((k) => k.id === CLUSTERS.war)!, id: 'k_0099', claims: [CLAIMS.warWire, CLAIMS.warCopy], articles: [IDS.wire, IDS.copy], independentOrigins: 1, origins: [{ name: 'Wire One' }] };
    const m = buildReportModel({ ...d, clusters: [...d.clusters, onlyCopied] });
    assert.equal(m.claims.some((k) => k.id === 'k_0099'), false);
  });

  it('says who said a claim first, where and when, from its origins', () => {
    const d = sampleDossier();
    const clusters = d.clusters.map((k) => (k.id === CLUSTERS.tested
      ? { ...k, origins: [{ name: 'Reuters', kind: 'media', firstArticle: IDS.wire, firstPublished: '2024-09-27', claims: [CLAIMS.testedWire] }, { name: 'Blog', kind: 'outlet', firstArticle: IDS.blog, firstPublished: '2024-09-26', claims: [CLAIMS.testedBlog] }] }
      : k));
    const tested = buildReportModel({ ...d, clusters }).claims.find((k) => k.id === CLUSTERS.tested)!;
    assert.deepEqual([tested.firstSaid?.by, tested.firstSaid?.article.id, tested.firstSaid?.published], ['Blog', IDS.blog, '2024-09-26']);
    assert.equal(model.claims.find((k) => k.id === CLUSTERS.war)!.firstSaid, null, 'origins without their first article (a 1.1 dossier): nothing said');
  });

  it('keeps the claims that matter, most independent origins first, then most articles', () => {
    // tested and war both have 3 articles; tested has more independent origins. denial is alone but contradicts.
    assert.deepEqual(model.claims.map((k) => [k.number, k.id, k.articleCount, k.independentOrigins]), [
      [1, CLUSTERS.tested, 3, 3],
      [2, CLUSTERS.war, 3, 2],
      [3, CLUSTERS.denial, 1, 1],
    ]);
  });

  it('counts the modalities and the copies of a cluster', () => {
    const war = model.claims.find((k) => k.id === CLUSTERS.war)!;
    assert.deepEqual(war.modalities, [{ modality: 'asserted', count: 3 }]);
    assert.equal(war.copyCount, 1);
  });

  it('quotes the claims in article order and folds the same words in a copy', () => {
    const tested = model.claims[0]!;
    const rows = tested.claims.map((c) => [c.article.id, c.alsoIn.map((a) => a.id), c.source?.name, c.cue]);
    assert.deepEqual(rows, [
      [IDS.wire, [IDS.copy], 'Reuters', 'according to'],
      [IDS.blog, [], 'report', 'says'],
    ]);
  });

  it('says which side of a contradiction holds the denial', () => {
    const rows = model.claims.flatMap((k) => k.contradictions.map((x) => [k.id, x.relation, x.cluster.id, x.quotes.map((q) => q.id)]));
    assert.deepEqual(rows, [
      [CLUSTERS.tested, 'denied-by', CLUSTERS.denial, [CLAIMS.denial]],
      [CLUSTERS.denial, 'denies', CLUSTERS.tested, [CLAIMS.testedWire, CLAIMS.testedBlog]],
    ]);
  });

  it('lists the other clusters compactly, by article', () => {
    assert.deepEqual(model.minorClaims.map((g) => [g.article.id, g.claims.map((c) => [c.id, c.modality, c.source])]), [
      [IDS.wire, [[CLUSTERS.lin, 'reported', 'Lin Jian']]],
      [IDS.denial, [[CLUSTERS.helped, 'conditional', null]]],
    ]);
  });

  it('orders articles oldest first, an original before its copy, undated last', () => {
    assert.deepEqual(model.articles.map((a) => a.id), [IDS.wire, IDS.copy, IDS.denial, IDS.blog]);
  });

  it('shows only flagged signals, with article ids resolved to articles', () => {
    const copy = model.articles.find((a) => a.id === IDS.copy)!;
    assert.equal(copy.signals.length, 1);
    const [before, ref, after] = copy.signals[0]!.explanation;
    assert.equal(before, 'A copy (similarity 0.95) of article ');
    assert.equal(typeof ref === 'object' && ref.id, IDS.wire);
    assert.equal(after, ': it is not an independent source.');
    assert.equal(copy.duplicateOf?.article.id, IDS.wire);
    const wire = model.articles.find((a) => a.id === IDS.wire)!;
    assert.deepEqual(wire.copies.map((c) => [c.article.id, c.similarity]), [[IDS.copy, 0.95]]);
    assert.deepEqual(wire.clusters.map((k) => k.number), [1, 2]);
    assert.equal(wire.path, 'wire/1.txt');
  });

  it('counts removed boilerplate by kind and the reader comments', () => {
    const blog = model.articles.find((a) => a.id === IDS.blog)!;
    assert.deepEqual(blog.removed, [{ kind: 'cookie', count: 2 }, { kind: 'comments', count: 1 }]);
    assert.equal(blog.comments, 2);
    assert.deepEqual(blog.signals.map((s) => s.name), ['sensational']);
  });

  it('groups the timeline by date, oldest first, with the sentence around each date and copies folded', () => {
    assert.deepEqual(model.timeline.map((d) => [d.date, d.items.map((t) => [t.article.id, t.alsoIn.map((a) => a.id), t.expression])]), [
      ['2023', [[IDS.denial, [], '2023']]],
      ['2024-09-26', [[IDS.wire, [IDS.copy], 'Thursday']]],
    ]);
    const item = model.timeline[1]!.items[0]!;
    assert.equal(`${item.before}[${item.expression}]${item.after}`, 'A Russian maker tested a long-range drone in China on [Thursday], according to Reuters.');
  });

  it('groups entities by type in reading order, most articles first', () => {
    assert.deepEqual(model.entities.map((g) => [g.type, g.entities.map((e) => [e.name, e.articleCount, e.mentionCount])]), [
      ['person', [['Lin Jian', 1, 1]]],
      ['org', [['Reuters', 2, 2]]],
      ['place', [['China', 4, 4], ['Russia', 2, 2]]],
    ]);
  });
});

describe('dates in words and in order', () => {
  const rows: [string, string][] = [
    ['2024-09-26', '26 September 2024'],
    ['2024-09', 'September 2024'],
    ['2024', '2024'],
    ['2024-Q3', 'Q3 2024'],
    ['--03-20', '20 March (no year)'],
  ];
  for (const [iso, words] of rows) it(`${iso} -> ${words}`, () => assert.equal(formatDate(iso), words));

  it('sorts coarse dates first, quarters at their first month, dates without a year last', () => {
    const dates = ['--03-20', '2024-09-26', '2024-Q3', '2024', '2024-06', '2023'];
    assert.deepEqual([...dates].sort(compareDates), ['2023', '2024', '2024-06', '2024-Q3', '2024-09-26', '--03-20']);
  });
});
