// Contradictions: a cluster of denials is linked, both ways, to the cluster of reports it denies, and to nothing
// about other actors or other acts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, Entity, Mention } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import type { ClaimFeatures } from './cluster-claims.js';
import { deniedStatements, findContradictions, poolCluster, type PooledCluster } from './contradictions.js';
import { corroborate } from './index.js';

// ---- findContradictions on pooled clusters -------------------------------------------------------------------

const member = (denied: boolean, entities: string[], actions: string[], objects: string[]): ClaimFeatures => ({
  id: 'c', article: 'a', denied, entities: new Set(entities), actions, objects, stems: new Set(), numbers: new Set(), folded: '', irrealis: false,
});
// A cluster of `size` claims that all say the same: "+" reports, "-" denies; actors, then action/object classes.
const cluster = (id: string, sign: '+' | '-', entities: string[], actions: string[], objects: string[] = [], size = 1): PooledCluster =>
  poolCluster(id, Array.from({ length: size }, () => member(sign === '-', entities, actions, objects)));

const SUPPLY = cluster('supply', '+', ['veltrona', 'birmanie'], ['supply'], ['weapons'], 3);
// Each row: the clusters of a corpus, and the [denial, report] pairs expected.
const ROWS: { name: string; clusters: PooledCluster[]; pairs: [string, string][]; todo?: string }[] = [
  { name: 'Veltrona denies delivering drones to Birmanie / Veltrona delivered drones to Birmanie', clusters: [SUPPLY, cluster('denial', '-', ['veltrona', 'birmanie'], ['supply'], ['weapons'])], pairs: [['denial', 'supply']] },
  { name: 'a denial that says only who denies and what ("Veltrona dément toute vente d\'armes")', clusters: [SUPPLY, cluster('denial', '-', ['veltrona'], ['supply'], ['weapons'])], pairs: [['denial', 'supply']] },
  { name: 'a denial without a class ("Veltrona rejette ces accusations") still answers the report about Veltrona', clusters: [SUPPLY, cluster('denial', '-', ['veltrona'], [])], pairs: [['denial', 'supply']] },
  { name: 'a denial about other actors (Thaïlande, Corée du Nord) is not linked', clusters: [SUPPLY, cluster('denial', '-', ['thailande', 'coree-du-nord'], ['request'], ['weapons'])], pairs: [] },
  { name: 'a denial with no actor is not linked', clusters: [SUPPLY, cluster('denial', '-', [], ['supply'], ['weapons'])], pairs: [] },
  {
    name: 'a denial sharing only the place (Laos denies buying drones from Birmanie) is not linked',
    clusters: [SUPPLY, cluster('denial', '-', ['laos', 'birmanie'], [], ['weapons'])],
    pairs: [],
  },
  {
    name: 'a denial of a visit does not contradict a report of a supply by the same actors',
    clusters: [SUPPLY, cluster('denial', '-', ['veltrona', 'birmanie'], ['visit'])],
    pairs: [],
  },
  { name: 'the denial answers the best-supported of two equal reports', clusters: [SUPPLY, cluster('small', '+', ['veltrona', 'birmanie'], ['supply'], ['weapons'], 1), cluster('denial', '-', ['veltrona'], ['supply'], ['weapons'])], pairs: [['denial', 'supply']] },
  { name: 'the denial answers the report of the same act, not the visit', clusters: [SUPPLY, cluster('visit', '+', ['veltrona', 'birmanie'], ['visit'], [], 5), cluster('denial', '-', ['veltrona', 'birmanie'], ['supply'], ['weapons'])], pairs: [['denial', 'supply']] },
  { name: 'two denials of one report are both linked', clusters: [SUPPLY, cluster('d1', '-', ['veltrona'], ['supply'], ['weapons']), cluster('d2', '-', ['veltrona', 'birmanie'], [], ['weapons'])], pairs: [['d1', 'supply'], ['d2', 'supply']] },
  { name: 'reports alone contradict nothing', clusters: [SUPPLY, cluster('visit', '+', ['veltrona', 'birmanie'], ['visit'])], pairs: [] },
  { name: 'denials alone contradict nothing', clusters: [cluster('d1', '-', ['veltrona'], ['supply']), cluster('d2', '-', ['veltrona'], ['supply'])], pairs: [] },
];
for (const row of ROWS) {
  test(`findContradictions: ${row.name}`, row.todo ? { todo: row.todo } : {}, () => {
    assert.deepEqual(findContradictions(row.clusters), row.pairs);
  });
}

test('poolCluster: a cluster is a denial when a member denies, and pools actors and classes', () => {
  const p = poolCluster('k', [member(false, ['a'], ['supply'], []), member(true, ['b'], [], ['weapons'])]);
  assert.deepEqual({ ...p, entities: [...p.entities].sort(), classes: [...p.classes].sort() }, { id: 'k', denied: true, entities: ['a', 'b'], classes: ['supply', 'weapons'], size: 2 });
});

// ---- corroborate: the links on the clusters, both ways --------------------------------------------------------

// Each article holds one claim, its whole body; the sentences are our own.
const DOCS: [id: string, lang: string, modality: Claim['modality'], body: string][] = [
  ['report_fr', 'fr', 'reported', 'La société Veltrona a livré des drones militaires à la Birmanie en janvier.'],
  ['report_en', 'en', 'reported', 'The drone maker Veltrona shipped military drones to Myanmar in January.'],
  ['visit', 'fr', 'asserted', 'La société Veltrona a reçu en visite une délégation de la Birmanie en février.'],
  ['denial_fr', 'fr', 'denied', 'La société Veltrona dément avoir livré des drones à la Birmanie.'],
  ['denial_en', 'en', 'denied', 'Veltrona denied shipping any drones to Myanmar.'],
  ['other_denial', 'fr', 'denied', 'La Thaïlande dément avoir acheté des missiles à la Corée du Nord.'],
];
const NAMES: [id: string, type: Entity['type'], names: string[]][] = [
  ['veltrona', 'org', ['Veltrona']],
  ['birmanie', 'place', ['Birmanie', 'Myanmar']],
  ['thailande', 'place', ['Thaïlande']],
  ['coree', 'place', ['Corée du Nord']],
];
const articles: Article[] = DOCS.map(([id, language, , body]) => ({
  id, source: { path: `${id}.txt`, url: null, item: null }, title: id, titleEvidence: null, language, published: '2024-03-14', publishedEvidence: null,
  outlet: `Outlet ${id}`, author: null, encoding: 'utf-8', text: body, bodyStart: 0, removed: [], comments: [], credits: [],
  duplicateOf: null, similarity: null, sharedPassages: [], signals: [],
}));
const entities: Entity[] = NAMES.map(([id, type, names]) => {
  const mentions: Mention[] = [];
  for (const a of articles) for (const n of names) for (let at = a.text.indexOf(n); at >= 0; at = a.text.indexOf(n, at + 1)) mentions.push({ article: a.id, start: at, end: at + n.length, text: n });
  return { id, name: names[0]!, type, aliases: names.slice(1), mentions };
});
const claims: Claim[] = DOCS.map(([id, , modality, body]) => ({
  id: `c_${id}`, article: id, start: 0, end: body.length, text: body, modality, cluster: null,
  attribution: modality === 'denied' ? { source: { name: 'Veltrona', kind: 'organization', entity: 'veltrona' }, cue: 'dément' } : null,
}));
const { claims: placed, clusters } = corroborate(articles, claims, entities);
const clusterOf = (id: string): string => placed.find((c) => c.id === `c_${id}`)!.cluster!;
const contradicts = (id: string): readonly string[] => clusters.find((k) => k.id === clusterOf(id))!.contradicts;

// Each row: two claims, and whether their clusters contradict each other (checked both ways).
const LINKS: [string, string, boolean][] = [
  ['denial_fr', 'report_fr', true],
  ['denial_en', 'report_en', true],
  ['denial_fr', 'visit', false],
  ['other_denial', 'report_fr', false],
  ['other_denial', 'denial_fr', false],
  ['report_fr', 'visit', false],
];
test('corroborate: the corpus clusters as the links below assume', () => {
  assert.equal(clusterOf('report_fr'), clusterOf('report_en'));
  assert.equal(clusterOf('denial_fr'), clusterOf('denial_en'));
  assert.equal(new Set(DOCS.map(([id]) => clusterOf(id))).size, 4, JSON.stringify(clusters.map((k) => k.claims)));
});
for (const [a, b, linked] of LINKS) {
  test(`corroborate: ${a} ${linked ? 'contradicts' : 'does not contradict'} ${b}, both ways`, () => {
    assert.equal(contradicts(a).includes(clusterOf(b)), linked, `${a}: ${JSON.stringify(contradicts(a))}`);
    assert.equal(contradicts(b).includes(clusterOf(a)), linked, `${b}: ${JSON.stringify(contradicts(b))}`);
  });
}
test('corroborate: every link is listed once on each side', () => {
  for (const k of clusters) {
    assert.equal(new Set(k.contradicts).size, k.contradicts.length, `${k.id} lists a link twice`);
    for (const other of k.contradicts) assert.ok(clusters.find((x) => x.id === other)!.contradicts.includes(k.id), `${k.id} -> ${other} is one way`);
  }
});

// ---- deniedStatements: a denial against the very statement it negates ------------------------------------------

test('deniedStatements: a denial meets the report it negates (same actors, same telling words), not one about another act', () => {
  const idf = new Map([['bought', 2], ['studio', 2], ['billion', 2], ['hired', 2], ['engineers', 2]]);
  const claim = (id: string, article: string, denied: boolean, entities: string[], stems: string[]): ClaimFeatures => ({
    id, article, denied, entities: new Set(entities), actions: [], objects: [], stems: new Set(stems), numbers: new Set(), folded: id, irrealis: false, idf,
  });
  const features = [
    claim('report', 'a1', false, ['microsoft', 'mojang'], ['bought', 'studio', 'billion']), // "Microsoft bought the Mojang studio for $2.5 billion"
    claim('other-act', 'a1', false, ['microsoft', 'mojang'], ['hired', 'engineers']), // "Microsoft hired Mojang's engineers"
    claim('denial', 'a2', true, ['microsoft', 'mojang'], ['bought', 'studio']), // "Microsoft has not bought the Mojang studio"
    claim('own-article', 'a2', false, ['microsoft', 'mojang'], ['bought', 'studio', 'billion']), // the denial's own article
  ];
  assert.deepEqual(deniedStatements(features, 0.5), [['denial', 'report']]);
  assert.deepEqual(deniedStatements(features.filter((f) => f.id !== 'report'), 0.5), []);
});
