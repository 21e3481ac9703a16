// Origins: ten articles repeating one agency are one origin, whether they say "selon Reuters" or carry
// "Crédit : Reuters"; a copy's claims come from its original; two named sources are two origins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribution, Claim, Entity } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { corroborate } from './index.js';
import { claimOrigins } from './origins.js';

// One statement, told the same way everywhere, so that every claim falls in one cluster whatever its source.
const STATEMENT = 'La société Veltrona a livré des drones militaires à la Birmanie en janvier.';

const article = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  source: { path: `${id}.txt`, url: null, item: null },
  title: `Titre ${id}`,
  titleEvidence: null,
  language: 'fr',
  published: '2024-03-14',
  publishedEvidence: null,
  outlet: null,
  author: null,
  encoding: 'utf-8',
  text: `Titre ${id}\n\n${STATEMENT}`,
  bodyStart: `Titre ${id}\n\n`.length,
  removed: [],
  comments: [],
  credits: [],
  duplicateOf: null,
  similarity: null,
  sharedPassages: [],
  signals: [],
  ...over,
});
const reuters: Attribution = { source: { name: 'Reuters', kind: 'media', entity: 'e_reuters' }, cue: 'selon' };
const claimOf = (a: Article, attribution: Attribution | null): Claim => {
  const start = a.text.indexOf(STATEMENT);
  return { id: `c_${a.id}`, article: a.id, start, end: start + STATEMENT.length, text: STATEMENT, modality: attribution ? 'reported' : 'asserted', attribution, cluster: null };
};

// The corpus: each article holds the statement once; the comment says on whose authority.
const ARTICLES: [Article, Attribution | null][] = [
  [article('wire_fr'), reuters], // "..., selon Reuters."
  [article('wire_en', { language: 'en' }), { ...reuters, cue: 'according to' }], // "..., according to Reuters."
  [article('credited', { outlet: 'Info-Rapide 24', published: '2024-03-17', credits: [{ text: 'Crédit : Reuters', name: 'Reuters', of: 'text' }] }), null],
  [article('photo_credit', { outlet: 'Le Petit Courrier', credits: [{ text: 'Crédit photo : Reuters', name: 'Reuters', of: 'photo' }] }), null],
  [article('afp'), { source: { name: 'AFP', kind: 'media', entity: 'e_afp' }, cue: 'selon' }],
  [article('reuters_unlinked'), { source: { name: 'Reuters', kind: 'media' }, cue: 'selon' }], // named but not linked to the entity
  [article('blog', { outlet: 'Vigie du Soir', published: '2024-03-10' }), null],
  [article('blog_copy', { outlet: 'Le Relais', published: '2024-03-12', duplicateOf: 'blog', similarity: 1 }), null],
  [article('blog_copy_of_copy', { outlet: 'Re-Relais', published: '2024-03-13', duplicateOf: 'blog_copy', similarity: 1 }), null],
  [article('blog_passage', { outlet: 'L\'Écho', published: '2024-03-15', sharedPassages: [{ article: 'blog', start: 'Titre blog_passage\n\n'.length, end: 'Titre blog_passage\n\n'.length + STATEMENT.length, otherStart: 'Titre blog\n\n'.length, otherEnd: 'Titre blog\n\n'.length + STATEMENT.length }] }), null],
  [article('credited_alias', { outlet: 'Le Relais', credits: [{ text: 'Crédit : Thomson Reuters', name: 'Thomson Reuters', of: 'text' }] }), null],
  [article('early', { outlet: 'Le Guetteur', published: '2024-03-01', sharedPassages: [{ article: 'blog', start: 'Titre early\n\n'.length, end: 'Titre early\n\n'.length + STATEMENT.length, otherStart: 0, otherEnd: 0 }] }), null],
  [article('anonymous', { outlet: 'Le Matin' }), { source: { name: 'un responsable', kind: 'anonymous' }, cue: 'selon' }],
  [article('anonymous_own', { outlet: 'Le Matin', published: '2024-03-15' }), null],
];
const articles = ARTICLES.map(([a]) => a);
const claims = ARTICLES.map(([a, attribution]) => claimOf(a, attribution));
// The statement's actor, named in every article (an identical sentence joins its copies only when it names an actor).
const veltronaIn = (a: Article): { article: string; start: number; end: number; text: string } => {
  const start = a.text.indexOf('Veltrona');
  return { article: a.id, start, end: start + 'Veltrona'.length, text: 'Veltrona' };
};
const entities: Entity[] = [
  { id: 'e_veltrona', name: 'Veltrona', type: 'org', aliases: [], mentions: articles.map(veltronaIn) },
  { id: 'e_reuters', name: 'Reuters', type: 'org', aliases: ['Thomson Reuters'], mentions: [] },
  { id: 'e_afp', name: 'AFP', type: 'org', aliases: ['Agence France-Presse'], mentions: [] },
];
const origins = claimOrigins(claims, articles, entities);

// Each row: a claim (by article), and its origin's key, name and how it was found.
const ORIGINS: [string, { key: string; name: string | RegExp; via: string }][] = [
  ['wire_fr', { key: 'e_reuters', name: 'Reuters', via: 'attribution' }],
  ['credited', { key: 'e_reuters', name: 'Reuters', via: 'credit' }],
  ['photo_credit', { key: 'article:petit courrier', name: 'Le Petit Courrier', via: 'article' }], // a photo credit is not the text's source
  ['credited_alias', { key: 'e_reuters', name: 'Thomson Reuters', via: 'credit' }], // the credit names an alias of the entity
  ['early', { key: 'article:guetteur', name: 'Le Guetteur', via: 'article' }], // shares a passage with a later article: it is the original
  ['afp', { key: 'e_afp', name: 'AFP', via: 'attribution' }],
  ['reuters_unlinked', { key: 'name:reuters', name: 'Reuters', via: 'attribution' }],
  ['blog', { key: 'article:vigie du soir', name: 'Vigie du Soir', via: 'article' }],
  ['blog_copy', { key: 'article:vigie du soir', name: 'Vigie du Soir', via: 'copy' }],
  ['blog_copy_of_copy', { key: 'article:vigie du soir', name: 'Vigie du Soir', via: 'copy' }],
  ['blog_passage', { key: 'article:vigie du soir', name: 'Vigie du Soir', via: 'copy' }],
  ['anonymous', { key: 'article:matin', name: 'Le Matin', via: 'article' }], // an outlet's unnamed source is the outlet's
];
for (const [id, expected] of ORIGINS) {
  test(`claimOrigins: ${id}`, () => {
    const o = origins.get(`c_${id}`);
    assert.ok(o, `no origin for c_${id}`);
    assert.equal(o.key, expected.key);
    if (typeof expected.name === 'string') assert.equal(o.name, expected.name);
    else assert.match(o.name, expected.name);
    assert.equal(o.via, expected.via);
  });
}

// Each row: the articles of a corpus that all repeat the statement, and how many independent origins it has.
const INDEPENDENT: [string, string[], number, string?][] = [
  ['two articles quoting one agency ("selon Reuters", "according to Reuters")', ['wire_fr', 'wire_en'], 1],
  ['"Crédit : Reuters" with unattributed claims and "selon Reuters"', ['wire_fr', 'credited'], 1],
  ['an exact copy and its original', ['blog', 'blog_copy'], 1],
  ['a copy of a copy and the original', ['blog', 'blog_copy', 'blog_copy_of_copy'], 1],
  ['a shared passage and the earlier article it comes from', ['blog', 'blog_passage'], 1],
  ['Reuters named without its entity and Reuters linked', ['wire_fr', 'reuters_unlinked'], 1],
  ['a credit naming an alias ("Thomson Reuters") and "selon Reuters"', ['wire_fr', 'credited_alias'], 1],
  ['two different named sources (Reuters, AFP)', ['wire_fr', 'afp'], 2],
  // An article's own voice is an origin only when nobody is credited for the claim: the blog may have it from Reuters.
  ['Reuters three ways, AFP, and an unattributed blog with its copy', ['wire_fr', 'wire_en', 'credited', 'afp', 'blog', 'blog_copy'], 2],
  ['an agency and an outlet saying the same without a source', ['wire_fr', 'photo_credit'], 1],
  ['two outlets in their own voice', ['blog', 'photo_credit'], 2],
  ['an outlet in its own voice and on an anonymous source is one origin, the outlet', ['anonymous', 'anonymous_own'], 1],
];
for (const [name, ids, expected, todo] of INDEPENDENT) {
  test(`independent origins: ${name}`, todo ? { todo } : {}, () => {
    const keep = new Set(ids);
    const { clusters } = corroborate(articles.filter((a) => keep.has(a.id)), claims.filter((c) => keep.has(c.article)), entities);
    assert.equal(clusters.length, 1, 'the same sentence everywhere is one cluster');
    const [k] = clusters;
    assert.equal(k!.independentOrigins, expected, JSON.stringify(k!.origins));
    assert.equal(k!.origins.length, expected);
  });
}

test('independent origins: "Crédit : Reuters" and "selon Reuters" are one even when no entity is called Reuters', () => {
  const keep = new Set(['credited', 'reuters_unlinked']);
  const { clusters } = corroborate(articles.filter((a) => keep.has(a.id)), claims.filter((c) => keep.has(c.article)), entities.filter((e) => e.id === 'e_veltrona'));
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.independentOrigins, 1, JSON.stringify(clusters[0]!.origins));
});

test('claimOrigins: a claim of an article not in the corpus has no origin', () => {
  const stray = { ...claims[0]!, id: 'c_stray', article: 'missing' };
  assert.equal(claimOrigins([stray], articles, entities).has('c_stray'), false);
});

test('cluster origins: each says its kind, its first appearance and the members resting on it', () => {
  const keep = new Set(['wire_fr', 'credited', 'afp', 'blog']);
  const { clusters } = corroborate(articles.filter((a) => keep.has(a.id)), claims.filter((c) => keep.has(c.article)), entities);
  const byName = new Map(clusters[0]!.origins.map((o) => [o.name, o]));
  assert.deepEqual([...byName.keys()].sort(), ['AFP', 'Reuters']);
  assert.deepEqual(byName.get('Reuters'), { name: 'Reuters', kind: 'media', firstArticle: 'wire_fr', firstPublished: '2024-03-14', claims: ['c_wire_fr', 'c_credited'] });
  assert.equal(byName.get('AFP')!.kind, 'media');
});

test('cluster origins: a copy\'s origin first appears in its original, not in the copy', () => {
  const keep = new Set(['blog', 'blog_copy', 'photo_credit']);
  // The original's own claim is left out: only the copy says it, with another outlet.
  const { clusters } = corroborate(articles.filter((a) => keep.has(a.id)), claims.filter((c) => c.article === 'blog_copy' || c.article === 'photo_credit'), entities);
  const vigie = clusters[0]!.origins.find((o) => o.name === 'Vigie du Soir')!;
  assert.deepEqual([vigie.firstArticle, vigie.firstPublished, vigie.claims], ['blog', '2024-03-10', ['c_blog_copy']]);
});
