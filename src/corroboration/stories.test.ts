// Articles on one story: their word profiles (topics.ts), the claims they share in other words, the negated acts that
// deny what another article of the story asserts, and the verdicts on the whole story. Two invented stories share a
// town; the sentences are our own (Quintmoor, the Harlan pumpkin and the Bellrock bridge do not exist).
import assert from 'node:assert/strict';
import { before, describe, it, test } from 'node:test';
import type { Claim, Dossier } from '../core/dossier.js';
import { analyzeTexts } from '../pipeline/analyze-texts.js';
import { claimFeatures, clusterClaims } from './cluster-claims.js';
import { joinWithinStories, storyShare, STORY_CLOSE } from './story-pass.js';
import { verbStem } from './negated-acts.js';
import { articleTopics, leastCommon, stopWords, STORY_GATE, STORY_LEAST, tellingStems } from './topics.js';

const FILES: Record<string, string> = {
  'pumpkin-1.txt': `Giant pumpkin breaks county record

A farmer in Quintmoor grew a pumpkin weighing 1,200 kilograms, the heaviest ever recorded in the county.

Ada Harlan said she watered the pumpkin with seaweed and milk for five months. The pumpkin was weighed on the village scale on Saturday.

Neighbours gathered around the orange giant in the barn to take photographs.
`,
  'pumpkin-2.txt': `Record squash for Quintmoor grower

Ada Harlan's orange giant tipped the village scale at 1,200 kilograms on Saturday, a county record for a pumpkin.

The grower told reporters that she watered it with seaweed and milk, her secret during five months of growing. Photographs of the barn spread online.
`,
  'pumpkin-3.txt': `The Quintmoor pumpkin: a hoax?

Photographs of a 1,200-kilogram pumpkin from Quintmoor spread online this week. The whole giant pumpkin story is a hoax, experts said: the village scale cannot weigh more than 500 kilograms.

Ada Harlan never watered any pumpkin with milk, her neighbours say. Her barn was empty on Saturday.
`,
  'pumpkin-4.txt': `Giant pumpkin of Quintmoor: the county record is a fake

The giant record pumpkin is a complete fabrication.
`,
  'bridge-1.txt': `Quintmoor bridge closed for repairs

The council of Quintmoor closed the Bellrock bridge on Monday after engineers found cracks in two of its steel beams.

Traffic will be diverted through the northern road for six weeks, the council said. The repairs will cost 300,000 euros.
`,
  'bridge-2.txt': `Cracks close Bellrock bridge

Engineers found cracks in the steel beams of the Bellrock bridge, and the Quintmoor council shut it on Monday.

Drivers must take the northern road while the beams are replaced, at a cost of 300,000 euros, over six weeks.
`,
};

describe('stories: articles alike, claims in other words, denials by contrast', () => {
  let dossier: Dossier;
  const article = (file: string): string => dossier.articles.find((a) => a.source.path?.endsWith(`${file}.txt`))!.id;
  const claim = (file: string, prefix: string): Claim => {
    const found = dossier.claims.find((c) => c.article === article(file) && c.text.startsWith(prefix));
    assert.ok(found, `no claim of ${file} starts with "${prefix}": ${JSON.stringify(dossier.claims.filter((c) => c.article === article(file)).map((c) => c.text))}`);
    return found;
  };
  before(async () => {
    dossier = await analyzeTexts(FILES);
  });

  it('the function words are data, both languages, and are not telling', () => {
    assert.ok(stopWords().has('the') && stopWords().has('dans'));
    assert.deepEqual(tellingStems("The farmer's pumpkins were weighed"), ['farmer', 'pumpki', 'weighe']);
  });

  it('articles on one story are more alike than articles on two stories sharing a town', () => {
    const topics = articleTopics(dossier.articles, dossier.entities);
    const alike = (a: string, b: string): number => topics.similarity(article(a), article(b))!;
    assert.ok(alike('pumpkin-1', 'pumpkin-2') >= STORY_LEAST, `pumpkins ${alike('pumpkin-1', 'pumpkin-2')}`);
    assert.ok(alike('bridge-1', 'bridge-2') >= STORY_LEAST, `bridges ${alike('bridge-1', 'bridge-2')}`);
    for (const p of ['pumpkin-1', 'pumpkin-2', 'pumpkin-3']) for (const b of ['bridge-1', 'bridge-2']) {
      assert.ok(alike(p, b) < STORY_GATE, `${p} / ${b}: ${alike(p, b)}`);
    }
    // Each pair once, most alike first, only pairs at least as alike as asked.
    const pairs = topics.pairs(STORY_LEAST);
    assert.ok(pairs.every(([, , s], k) => s >= STORY_LEAST && (k === 0 || pairs[k - 1]![2] >= s)));
    assert.equal(new Set(pairs.map(([a, b]) => [a, b].sort().join())).size, pairs.length);
    assert.ok(pairs.some(([a, b]) => [a, b].sort().join() === [article('pumpkin-1'), article('pumpkin-2')].sort().join()));
  });

  it('a one-line article is alike to the long articles that hold most of its words, not to the other story', () => {
    const topics = articleTopics(dossier.articles, dossier.entities);
    const alike = (a: string, b: string): number => topics.similarity(article(a), article(b))!;
    assert.ok(alike('pumpkin-4', 'pumpkin-1') >= STORY_LEAST, `${alike('pumpkin-4', 'pumpkin-1')}`);
    assert.ok(alike('pumpkin-4', 'pumpkin-3') >= STORY_LEAST, `${alike('pumpkin-4', 'pumpkin-3')}`);
    assert.ok(alike('pumpkin-4', 'bridge-1') < STORY_GATE, `${alike('pumpkin-4', 'bridge-1')}`);
  });

  it('two verdicts on the whole story, in other words, are one cluster (one claim of each article)', () => {
    const verdict = claim('pumpkin-3', 'The whole giant pumpkin story is a hoax');
    const others = dossier.claims.filter((c) => c.article === article('pumpkin-4'));
    assert.ok(others.length === 2 && others.every((c) => c.modality === 'denied'), JSON.stringify(others));
    const joined = others.filter((c) => c.cluster === verdict.cluster);
    assert.equal(joined.length, 1, JSON.stringify(others.map((c) => [c.text, c.cluster])));
  });

  it('articles in two languages are not compared by their words', () => {
    const mixed = articleTopics([
      { id: 'a', text: 'Le conseil a fermé le pont de Bellrock lundi.', language: 'fr' },
      { id: 'b', text: 'The council closed the Bellrock bridge on Monday.', language: 'en' },
    ], []);
    assert.equal(mixed.similarity('a', 'b'), null);
    assert.equal(mixed.similarity('a', 'nosuch'), null);
    assert.deepEqual(mixed.pairs(0), []);
  });

  it('the share of words needed falls as the articles grow alike', () => {
    assert.ok(storyShare(STORY_LEAST) > storyShare((STORY_LEAST + STORY_CLOSE) / 2));
    assert.ok(storyShare((STORY_LEAST + STORY_CLOSE) / 2) > storyShare(STORY_CLOSE));
    assert.equal(storyShare(1), storyShare(STORY_CLOSE));
  });

  it('the same claim in other words in two articles of one story is one cluster, and says why', () => {
    const [a, b] = [claim('pumpkin-1', 'The pumpkin was weighed on the village scale'), claim('pumpkin-2', "Ada Harlan's orange giant")];
    assert.equal(a.cluster, b.cluster);
    const k = dossier.clusters.find((c) => c.id === a.cluster) as Dossier['clusters'][number] & { reasons: string[] };
    assert.ok(k.reasons.some((r) => /articles of one story/.test(r)), JSON.stringify(k.reasons));
    // Without the articles' profiles, the two share too few words to be joined.
    const features = claimFeatures([a, b], dossier.entities);
    const topics = articleTopics(dossier.articles, dossier.entities);
    assert.equal(clusterClaims(features, {}, topics).length, 2);
    assert.equal(joinWithinStories(clusterClaims(features, {}, topics), features, topics).length, 1);
    // The threshold option governs this pass too: above 0.95 nothing joins on it.
    assert.equal(joinWithinStories(clusterClaims(features, {}, topics), features, topics, 0.96).length, 2);
  });

  it('a cluster takes one claim of an article on that ground, and claims of two stories stay apart', () => {
    for (const k of dossier.clusters as (Dossier['clusters'][number] & { reasons: string[] })[]) {
      const joinedByStory = k.reasons.some((r) => /articles of one story/.test(r));
      const articles = k.claims.map((id) => dossier.claims.find((c) => c.id === id)!.article);
      if (joinedByStory) assert.equal(new Set(articles).size, articles.length, JSON.stringify(k));
      const stories = new Set(articles.map((id) => (dossier.articles.find((x) => x.id === id)!.source.path ?? '').includes('pumpkin')));
      assert.equal(stories.size, 1, `${k.id} mixes the pumpkin and the bridge: ${k.label}`);
    }
  });

  it('a negated act that another article of the story asserts is a denial; a plain negative fact is not', () => {
    const watered = claim('pumpkin-3', 'Ada Harlan never watered');
    assert.equal(watered.modality, 'denied');
    assert.equal(watered.modalityCue?.text, 'never watered');
    assert.equal(dossier.articles.find((a) => a.id === watered.article)!.text.slice(watered.modalityCue!.start, watered.modalityCue!.end), 'never watered');
    assert.notEqual(claim('pumpkin-3', 'Her barn was empty').modality, 'denied');
    for (const [a, b] of [['adopted', 'adopt'], ['watered', 'water'], ['supplied', 'supply'], ['shipped', 'ship'], ['saving', 'save']]) assert.equal(verbStem(a!), verbStem(b!), `${a} / ${b}`);
    assert.equal(verbStem('livré', 'fr'), verbStem('livrer', 'fr'));
  });

  it('a verdict on the whole story contradicts what the story\'s articles repeat most', () => {
    const verdict = claim('pumpkin-3', 'The whole giant pumpkin story is a hoax');
    assert.equal(verdict.modality, 'denied');
    const k = dossier.clusters.find((c) => c.id === verdict.cluster)!;
    const weighed = claim('pumpkin-1', 'The pumpkin was weighed on the village scale');
    assert.ok(k.contradicts.includes(weighed.cluster!), `${JSON.stringify(k.contradicts)} lacks ${weighed.cluster}`);
    // Nothing about the bridge.
    const bridge = new Set(dossier.claims.filter((c) => c.article === article('bridge-1') || c.article === article('bridge-2')).map((c) => c.cluster));
    assert.ok(!k.contradicts.some((x) => bridge.has(x)));
  });
});

test('partners are looked for through terms in at most 4 x sqrt(N) articles, from 50 to 400: the work per article stops growing at 10,000 articles', () => {
  assert.equal(leastCommon(100), 50);
  assert.equal(leastCommon(408), 81);
  assert.equal(leastCommon(4_000), 253);
  assert.equal(leastCommon(10_000), 400);
  assert.equal(leastCommon(64_000), 400);
});
