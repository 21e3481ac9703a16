// Claim clustering: the same statement across wordings, languages and copies joins; denials, other acts and
// possibilities stay apart; every link says why; thresholds are options. Articles run through the real pipeline.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Claim, Cluster, Dossier, Entity } from '../core/dossier.js';
import { analyzeTexts } from '../pipeline/analyze-texts.js';
import { claimFeatures, clusterClaims, similarity, type ClaimFeatures } from './cluster-claims.js';
import { corroborate } from './index.js';
import { claimOrigins } from './origins.js';
import { joinWithinStories } from './story-pass.js';
import { articleTopics } from './topics.js';

// A wire report (fr), the same report in English, a denial, a republication credited to Reuters in other words,
// and an exact copy of the wire report with a reader thread. The sentences are our own; Veltrona is invented.
const WIRE = `La société Veltrona a livré des drones militaires à la Birmanie en janvier, selon Reuters. Les appareils ont transité par Singapour, précise l'agence.

Le 3 février, la société Veltrona a reçu en visite une délégation de la junte birmane, a indiqué l'entreprise.

La junte birmane pourrait tenter d'obtenir des drones supplémentaires auprès de Veltrona, selon un diplomate européen.
`;
const FILES: Record<string, string> = {
  'a1-wire.txt': `date 2024-03-14\nLa société Veltrona a livré des drones à la Birmanie, selon Reuters\n\n${WIRE}`,
  'a2-english.txt': `date 2024-03-15
Drone maker Veltrona shipped drones to Myanmar, Reuters reports

The drone maker Veltrona shipped military drones to Myanmar in January, according to Reuters.
`,
  'a3-denial.txt': `date 2024-03-16
Veltrona dément avoir livré des drones à la Birmanie

La société Veltrona dément avoir vendu des drones à la Birmanie, a déclaré sa porte-parole, Claire Morin.

Par ailleurs, le gouvernement thaïlandais dément avoir acheté des missiles à la Corée du Nord.
`,
  'a4-credited.txt': `L'entreprise Veltrona dans la tourmente
Info-Rapide 24
Publié le 17 mars 2024
Crédit : Reuters

La société Veltrona a expédié des drones militaires vers la Birmanie en janvier. Les appareils sont passés par Singapour.
`,
  'a5-copy.txt': `date 2024-03-14\nLa société Veltrona a livré des drones à la Birmanie, selon Reuters\n\n${WIRE}
2 Commentaires
Gérard du Lot
il y a 2 jours
Tout le monde le savait depuis des mois.
Répondre
`,
};

type Ref = [file: string, prefix: string];
const SUPPLY: Ref = ['a1-wire', 'La société Veltrona a livré des drones militaires'];

// Each row: two claims (file, start of the claim's text) and whether they share a cluster.
const PAIRS: { name: string; a: Ref; b: Ref; together: boolean; todo?: string }[] = [
  { name: 'the same supply in French and in English', a: SUPPLY, b: ['a2-english', 'The drone maker Veltrona shipped'], together: true },
  { name: 'the same supply, headline and body of one wire', a: SUPPLY, b: ['a1-wire', 'La société Veltrona a livré des drones à la Birmanie, selon'], together: true },
  { name: 'the same supply reworded in a credited republication', a: SUPPLY, b: ['a4-credited', 'La société Veltrona a expédié'], together: true },
  { name: 'the same sentence in an exact copy', a: ['a1-wire', 'Le 3 février, la société Veltrona'], b: ['a5-copy', 'Le 3 février, la société Veltrona'], together: true },
  { name: 'two denials of the supply', a: ['a3-denial', 'Veltrona dément avoir livré'], b: ['a3-denial', 'La société Veltrona dément'], together: true },
  { name: 'a denial of the supply and the report of it', a: SUPPLY, b: ['a3-denial', 'La société Veltrona dément'], together: false },
  { name: 'a visit and a supply by the same actors', a: SUPPLY, b: ['a1-wire', 'Le 3 février, la société Veltrona'], together: false },
  { name: 'two denials about different actors', a: ['a3-denial', 'La société Veltrona dément'], b: ['a3-denial', 'Par ailleurs, le gouvernement thaïlandais'], together: false },
  {
    name: 'a possibility ("pourrait tenter d\'obtenir des drones") and the report of the act',
    a: SUPPLY,
    b: ['a1-wire', 'La junte birmane pourrait tenter'],
    together: false,
  },
];

// Similarity of two claims of the corpus, exactly 0 when they cannot be the same statement.
const ZEROES: { name: string; a: Ref; b: Ref; why: RegExp }[] = [
  { name: 'a visit and a supply', a: SUPPLY, b: ['a1-wire', 'Le 3 février, la société Veltrona'], why: /different (?:actions|months)/ },
  { name: 'a denial and a report', a: SUPPLY, b: ['a3-denial', 'La société Veltrona dément'], why: /one denies/ },
  { name: 'a report and a denial (either order)', a: ['a3-denial', 'Veltrona dément avoir livré'], b: ['a2-english', 'The drone maker'], why: /one denies/ },
];

// Hand-made features, for the rules that need no corpus.
const features = (over: Partial<ClaimFeatures>): ClaimFeatures => ({
  id: 'c', article: 'a', denied: false, entities: new Set(['veltrona', 'birmanie']), actions: ['supply'], objects: ['weapons'],
  stems: new Set(['livré', 'drones']), numbers: new Set(), folded: 'veltrona a livre des drones a la birmanie', irrealis: false, ...over,
});
const UNITS: { name: string; a: Partial<ClaimFeatures>; b: Partial<ClaimFeatures>; score: (s: number) => boolean; todo?: string }[] = [
  { name: 'the same folded sentence naming an actor is 1 whatever its other actors', a: { entities: new Set(['x']) }, b: { entities: new Set(['x', 'y']), actions: ['visit'] }, score: (s) => s === 1 },
  {
    name: 'the same sentence naming nobody is not linked ("Sorry, we are not accepting comments on this article": a site\'s boilerplate)',
    a: { entities: new Set(), folded: 'sorry we are not currently accepting comments on this article' },
    b: { entities: new Set(), folded: 'sorry we are not currently accepting comments on this article' },
    score: (s) => s === 0,
  },
  {
    // "Microsoft will buy Mojang for $2.5bn" / "Mojang is being acquired by Microsoft in a $2.5bn deal": no class, the rare words shared.
    name: 'two actors in common and enough telling words: the same statement in other words',
    a: { entities: new Set(['microsoft', 'mojang']), actions: [], objects: [], folded: 'a', stems: new Set(['buy', 'billio', 'studio']), idf: new Map([['buy', 2], ['billio', 2], ['studio', 2], ['acquir', 2], ['deal', 1]]) },
    b: { entities: new Set(['microsoft', 'mojang']), actions: [], objects: [], folded: 'b', stems: new Set(['acquir', 'billio', 'studio', 'deal']) },
    score: (s) => s >= 0.6,
  },
  {
    // "Apple will start shipping the Watch in April" / "Apple is building a 12-inch laptop": one actor, a class, no telling word.
    name: 'one actor and an action class in common, but no telling word: below the threshold',
    a: { entities: new Set(['apple']), actions: ['supply'], objects: [], folded: 'a', stems: new Set(['watch', 'april']), idf: new Map([['watch', 2], ['april', 2], ['laptop', 2], ['inch', 2]]) },
    b: { entities: new Set(['apple']), actions: ['supply'], objects: [], folded: 'b', stems: new Set(['laptop', 'inch']) },
    score: (s) => s < 0.6,
  },
  { name: 'a short same sentence is not enough ("Il a démenti.")', a: { folded: 'il a dementi', entities: new Set(['x']) }, b: { folded: 'il a dementi', entities: new Set(['y']) }, score: (s) => s === 0 },
  { name: 'no actor in common is 0', a: { entities: new Set(['x']), folded: 'a' }, b: { entities: new Set(['y']), folded: 'b' }, score: (s) => s === 0 },
  { name: 'one actor in common of two each is 0', a: { entities: new Set(['x', 'z']), folded: 'a' }, b: { entities: new Set(['y', 'z']), folded: 'b' }, score: (s) => s === 0 },
  { name: 'different actions are 0', a: { folded: 'a' }, b: { folded: 'b', actions: ['visit'] }, score: (s) => s === 0 },
  { name: 'a denial and a report are 0', a: { folded: 'a' }, b: { folded: 'b', denied: true }, score: (s) => s === 0 },
  { name: 'same actors, action and object pass the default threshold', a: { folded: 'a' }, b: { folded: 'b' }, score: (s) => s >= 0.6 },
  { name: 'a possibility of the same act may join', a: { folded: 'a' }, b: { folded: 'b', irrealis: true }, score: (s) => s >= 0.6 },
  {
    name: 'two denials by different deniers sharing only a place stay below the denial bar (0.5)',
    a: { denied: true, folded: 'a', stems: new Set(['societe', 'veltro', 'dément', 'avoir', 'livré', 'drones', 'birman']) }, // "La société Veltrona dément avoir livré des drones à la Birmanie"
    b: { denied: true, folded: 'b', entities: new Set(['laos', 'birmanie']), actions: [], stems: new Set(['laos', 'dément', 'avoir', 'acheté', 'drones', 'birman']) }, // "Le Laos dément avoir acheté des drones à la Birmanie"
    score: (s) => s < 0.5,
    todo: 'scores 0.664: for denials one shared actor of two is not "different actors", and counts 1/2',
  },
  { name: 'a possibility without the act stays below the threshold', a: { folded: 'a' }, b: { folded: 'b', irrealis: true, actions: [] }, score: (s) => s < 0.6, todo: 'same actors and object, all words shared: 0.8 x (0.45 + 0.35 + 0.2) = 0.8; only a shared action is checked, not the act' },
];

describe('clusterClaims', () => {
  let dossier: Dossier;
  let entities: Entity[];
  let feats: Map<string, ClaimFeatures>;
  const articleId = (file: string): string => dossier.articles.find((a) => a.source.path.endsWith(`/${file}.txt`))!.id;
  const claim = ([file, prefix]: Ref): Claim => {
    const found = dossier.claims.filter((c) => c.article === articleId(file) && c.text.startsWith(prefix));
    assert.equal(found.length, 1, `one claim of ${file} should start with "${prefix}": ${found.length}`);
    return found[0]!;
  };

  before(async () => {
    dossier = await analyzeTexts(FILES);
    // The dossier lists adjectives ("birmane") apart; clustering saw them as mentions of their entity.
    entities = dossier.entities.map((e) => ({ ...e, mentions: [...e.mentions, ...(e.demonyms ?? []).map((m) => ({ ...m, role: 'demonym' as const }))] }));
    feats = new Map(claimFeatures(dossier.claims, entities).map((f) => [f.id, f]));
  });

  it('the corpus is what the rows expect: the copy is a copy, the credit is read', () => {
    const copy = dossier.articles.find((a) => a.id === articleId('a5-copy'))!;
    assert.equal(copy.duplicateOf, articleId('a1-wire'));
    assert.deepEqual(dossier.articles.find((a) => a.id === articleId('a4-credited'))!.credits.map((c) => c.name), ['Reuters']);
  });

  for (const row of PAIRS) {
    it(`${row.together ? 'together' : 'apart'}: ${row.name}`, row.todo ? { todo: row.todo } : {}, () => {
      const [a, b] = [claim(row.a), claim(row.b)];
      assert.ok(a.cluster && b.cluster, 'every claim has a cluster');
      const why = dossier.clusters.find((k) => k.id === a.cluster) as Cluster & { reasons?: string[] };
      assert.equal(a.cluster === b.cluster, row.together, `"${a.text}" in ${a.cluster}, "${b.text}" in ${b.cluster}; ${JSON.stringify(why.reasons)}`);
    });
  }

  for (const row of ZEROES) {
    it(`similarity is 0: ${row.name}`, () => {
      const s = similarity(feats.get(claim(row.a).id)!, feats.get(claim(row.b).id)!);
      assert.equal(s.score, 0);
      assert.match(s.why, row.why);
    });
  }

  for (const row of UNITS) {
    it(`similarity: ${row.name}`, row.todo ? { todo: row.todo } : {}, () => {
      const s = similarity(features(row.a), features(row.b));
      assert.ok(row.score(s.score), `score ${s.score} (${s.why})`);
      assert.ok(s.score >= 0 && s.score <= 1);
      assert.ok(s.why.length > 0);
    });
  }

  it('every claim is in exactly one cluster, and every cluster of several claims says why each joined', () => {
    const seen = dossier.clusters.flatMap((k) => k.claims);
    assert.deepEqual([...seen].sort(), dossier.claims.map((c) => c.id).sort());
    for (const k of dossier.clusters as (Cluster & { reasons?: string[] })[]) {
      const reasons = k.reasons ?? [];
      assert.equal(reasons.length, k.claims.length - 1, `${k.id}: ${k.claims.length} claims, reasons ${JSON.stringify(reasons)}`);
      for (const m of k.claims.slice(1)) assert.ok(reasons.some((r) => r.startsWith(`${m} ~ `)), `${k.id}: no reason for ${m}`);
      for (const c of k.claims) assert.equal(dossier.claims.find((x) => x.id === c)!.cluster, k.id);
    }
  });

  // Each row: options, and what every cluster of several claims must then be.
  const THRESHOLDS: { name: string; threshold: number; check: (groups: { members: string[]; reasons: string[] }[], total: number) => void }[] = [
    { name: 'above 1, every claim is alone', threshold: 1.01, check: (g, total) => assert.equal(g.length, total) },
    { name: 'at 0.99, only the same sentence joins', threshold: 0.99, check: (g) => {
      const joined = g.filter((x) => x.members.length > 1);
      assert.ok(joined.length >= 3, 'the copy repeats several sentences');
      for (const x of joined) for (const r of x.reasons) assert.match(r, /the same sentence\)$/);
    } },
    { name: 'the default (0.6) joins more than 0.99', threshold: 0.6, check: (g) => assert.ok(g.some((x) => x.reasons.some((r) => !/the same sentence/.test(r)))) },
  ];
  for (const row of THRESHOLDS) {
    it(`threshold ${row.threshold}: ${row.name}`, () => {
      const topics = articleTopics(dossier.articles, entities);
      const groups = joinWithinStories(clusterClaims([...feats.values()], { threshold: row.threshold }, topics), [...feats.values()], topics, row.threshold);
      row.check(groups, feats.size);
      // corroborate takes the same option (and compares the same articles' word profiles).
      const { clusters } = corroborate(dossier.articles, dossier.claims, entities, { threshold: row.threshold });
      assert.deepEqual(clusters.map((k) => k.claims.length), groups.map((g) => g.members.length));
    });
  }

  it('through the pipeline, "selon Reuters", "according to Reuters", "Crédit : Reuters" and the copy are one origin', () => {
    const origins = claimOrigins(dossier.claims, dossier.articles, entities);
    const refs: Ref[] = [SUPPLY, ['a2-english', 'The drone maker Veltrona shipped'], ['a4-credited', 'La société Veltrona a expédié'], ['a5-copy', 'La société Veltrona a livré des drones militaires']];
    const keys = refs.map((r) => origins.get(claim(r).id)!);
    assert.equal(new Set(keys.map((o) => o.key)).size, 1, JSON.stringify(keys));
    assert.deepEqual(keys.map((o) => o.via), ['attribution', 'attribution', 'credit', 'attribution']);
    // The copy's sentence has the original's origin: ", a indiqué l'entreprise" names the company as its source in
    // both (origins.test.ts follows an unattributed sentence through copies).
    const copied = origins.get(claim(['a5-copy', 'Le 3 février, la société Veltrona']).id)!;
    assert.equal(copied.key, origins.get(claim(['a1-wire', 'Le 3 février, la société Veltrona']).id)!.key);
    assert.equal(copied.via, 'attribution');
  });

  it('corroborate with the default options gives the dossier\'s clusters', () => {
    const { clusters } = corroborate(dossier.articles, dossier.claims, entities);
    assert.deepEqual(clusters.map((k) => k.claims), dossier.clusters.map((k) => k.claims));
  });
});

describe('clusterClaims: one statement in two languages, a capital standing for its state', () => {
  // Our own sentences: the French report opens the cluster; the English paraphrase names the capitals.
  const files = {
    'b1-fr.txt': "date 2024-06-02\nVente de missiles\n\nL'Inde a vendu des missiles au Brésil en mai, selon des documents douaniers consultés par Reuters.\n",
    'b2-en.txt': 'date 2024-06-03\nMissile sale\n\nIndia sold missiles to Brazil in May, according to customs documents seen by Reuters.\n',
    'b3-en.txt': 'date 2024-06-04\nRocket shipments\n\nNew Delhi shipped rockets to Brasília in May, customs records show.\n',
  };
  it('"New Delhi shipped rockets to Brasília" joins "India sold missiles to Brazil", anchored to an English member', async () => {
    const dossier = await analyzeTexts(files);
    const clusterOf = (prefix: string): string | null => dossier.claims.find((c) => c.text.startsWith(prefix))?.cluster ?? null;
    const fr = clusterOf("L'Inde a vendu");
    assert.ok(fr);
    assert.equal(clusterOf('India sold missiles'), fr);
    assert.equal(clusterOf('New Delhi shipped rockets'), fr, JSON.stringify(dossier.clusters.find((k) => k.id === fr)));
  });
});

describe('clusterClaims: a translation shares no word but its concepts (data/lexicon/concepts.json)', () => {
  const files = {
    'c1-fr.txt': "date 2024-06-02\nJustice\n\nLe tribunal de Lyon a condamné Paul Girard à deux ans de prison pour fraude fiscale.\n\nPaul Girard a visité une école de Lyon en mai.\n",
    'c2-en.txt': 'date 2024-06-03\nCourt\n\nA Lyon court sentenced Paul Girard to two years in prison for tax fraud.\n\nPaul Girard opened a new bridge in Lyon in March.\n',
  };
  it('the sentence and its translation join; two other acts of the same actors stay apart', async () => {
    const dossier = await analyzeTexts(files);
    const clusterOf = (prefix: string): string | null => dossier.claims.find((c) => c.text.startsWith(prefix))?.cluster ?? null;
    assert.equal(clusterOf('A Lyon court sentenced'), clusterOf('Le tribunal de Lyon a condamné'));
    assert.notEqual(clusterOf('Paul Girard opened a new bridge'), clusterOf('Paul Girard a visité une école'));
    assert.notEqual(clusterOf('Paul Girard opened a new bridge'), clusterOf('A Lyon court sentenced'));
  });
});
