import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONCEPTS_OF, conceptsIn, parseConcepts } from './concepts.js';

describe('concepts (data/lexicon/concepts.json)', () => {
  it('a French and an English word of one meaning share a concept', () => {
    assert.deepEqual([...conceptsIn(['tribunal', 'condamné', 'prison'])].sort(), [...conceptsIn(['court', 'sentenced', 'prison'])].sort());
    assert.ok(CONCEPTS_OF('fourni').includes('supply') && CONCEPTS_OF('supplied').includes('supply'));
  });
  it('a prefix term reaches the word\'s forms, a whole term only itself', () => {
    const of = parseConcepts({ concepts: { attack: { fr: ['attaqu*'], en: ['attack*'] }, sell: { fr: ['vend', 'vente'], en: ['sold'] } } });
    assert.deepEqual(of('attaquent'), ['attack']);
    assert.deepEqual(of('vendredi'), []);
    assert.deepEqual(of('vend'), ['sell']);
  });
  it('a bad entry stops the load and names the concept and the term', () => {
    assert.throws(() => parseConcepts({ concepts: { attack: { fr: ['Attaque'], en: ['attack'] } } }), /concepts\.attack\.fr\[0\]: "Attaque" is not a lower-case word/);
    assert.throws(() => parseConcepts({ concepts: { ceasefire: { fr: ['cessez le feu'], en: ['ceasefire'] } } }), /"cessez le feu" must be one word/);
    assert.throws(() => parseConcepts({}), /needs "concepts"/);
  });
});
