import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../core/dossier.js';
import { applyCorrections, findEntity, parseEntityCorrection, type CorrectionInput } from './corrections.js';

// A small corpus as the linker would leave it: "Koupol" was not recognised as "IEMZ Kupol", "G3" stands alone,
// "Selon" is a false entity, "Garpiya-3" was typed as an organisation.
let offset = 0;
function entity(id: string, name: string, type: Entity['type'], texts: string[]): Entity {
  const mentions = texts.map((text) => ({ article: 'a1', start: offset, end: (offset += text.length + 10) - 10, text }));
  const aliases = [...new Set(texts)].filter((t) => t !== name).sort();
  return { id, name, type, aliases, mentions };
}
// In the linker's order: most mentions first, then by name.
const corpus: Entity[] = [
  entity('e_garpiya', 'Garpiya-3', 'org', ['Garpiya-3', 'Garpiya-3', 'G3']),
  entity('e_kupol', 'IEMZ Kupol', 'org', ['IEMZ Kupol', 'Kupol', 'Kupol']),
  entity('e_koupol', 'Koupol', 'org', ['Koupol', 'Koupol']),
  entity('e_otan', 'OTAN', 'org', ['OTAN', 'l’OTAN']),
  entity('e_lavrov', 'Sergueï Lavrov', 'person', ['Sergueï Lavrov', 'Lavrov']),
  entity('e_g3', 'G3', 'other', ['G3']),
  entity('e_selon', 'Selon', 'other', ['Selon']),
];

// What a test looks at: each entity as "name (type): mention texts", in output order.
const summary = (entities: readonly Entity[]): string[] => entities.map((e) => `${e.name} (${e.type}): ${e.mentions.map((m) => m.text).join(', ')}`);
const c = (kind: string, payload: Record<string, unknown>, id = 0): CorrectionInput => ({ id, kind, payload });

describe('applyCorrections', () => {
  const before = summary(corpus);
  const rows: { name: string; corrections: CorrectionInput[]; want: string[]; matched: number[] }[] = [
    {
      name: 'merge: all mentions of "Koupol" join "IEMZ Kupol", "Koupol" disappears',
      corrections: [c('entity-merge', { into: 'IEMZ Kupol', from: 'Koupol' })],
      want: ['IEMZ Kupol (org): IEMZ Kupol, Kupol, Kupol, Koupol, Koupol', 'Garpiya-3 (org): Garpiya-3, Garpiya-3, G3', 'OTAN (org): OTAN, l’OTAN', 'Sergueï Lavrov (person): Sergueï Lavrov, Lavrov', 'G3 (other): G3', 'Selon (other): Selon'],
      matched: [2],
    },
    {
      name: 'alias: the lone "G3" entity joins "Garpiya-3" (which already had one "G3")',
      corrections: [c('entity-alias', { entity: 'Garpiya-3', alias: 'G3' })],
      want: ['Garpiya-3 (org): Garpiya-3, Garpiya-3, G3, G3', 'IEMZ Kupol (org): IEMZ Kupol, Kupol, Kupol', 'Koupol (org): Koupol, Koupol', 'OTAN (org): OTAN, l’OTAN', 'Sergueï Lavrov (person): Sergueï Lavrov, Lavrov', 'Selon (other): Selon'],
      matched: [1],
    },
    {
      name: 'not-entity: "Selon" is dropped and its entity with it',
      corrections: [c('not-entity', { text: 'selon' })],
      want: before.filter((s) => !s.startsWith('Selon')),
      matched: [1],
    },
    {
      name: 'not-entity removes one form only: "Lavrov" leaves, "Sergueï Lavrov" stays',
      corrections: [c('not-entity', { text: 'Lavrov' })],
      want: ['Garpiya-3 (org): Garpiya-3, Garpiya-3, G3', 'IEMZ Kupol (org): IEMZ Kupol, Kupol, Kupol', 'Koupol (org): Koupol, Koupol', 'OTAN (org): OTAN, l’OTAN', 'G3 (other): G3', 'Selon (other): Selon', 'Sergueï Lavrov (person): Sergueï Lavrov'],
      matched: [1],
    },
    {
      name: 'type: "Garpiya-3" becomes a product',
      corrections: [c('entity-type', { entity: 'Garpiya-3', type: 'product' })],
      want: before.map((s) => s.replace('Garpiya-3 (org)', 'Garpiya-3 (product)')),
      matched: [3],
    },
    {
      name: 'split: the "Kupol" mentions leave "IEMZ Kupol" for a new entity',
      corrections: [c('entity-split', { entity: 'IEMZ Kupol', alias: 'Kupol' })],
      want: ['Garpiya-3 (org): Garpiya-3, Garpiya-3, G3', 'Koupol (org): Koupol, Koupol', 'Kupol (org): Kupol, Kupol', 'OTAN (org): OTAN, l’OTAN', 'Sergueï Lavrov (person): Sergueï Lavrov, Lavrov', 'G3 (other): G3', 'IEMZ Kupol (org): IEMZ Kupol', 'Selon (other): Selon'],
      matched: [2],
    },
    {
      name: 'order: a merge then a type change of the merged entity by its old name',
      corrections: [c('entity-merge', { into: 'IEMZ Kupol', from: 'Koupol' }), c('entity-type', { entity: 'Koupol', type: 'product' })],
      want: ['IEMZ Kupol (product): IEMZ Kupol, Kupol, Kupol, Koupol, Koupol', 'Garpiya-3 (org): Garpiya-3, Garpiya-3, G3', 'OTAN (org): OTAN, l’OTAN', 'Sergueï Lavrov (person): Sergueï Lavrov, Lavrov', 'G3 (other): G3', 'Selon (other): Selon'],
      matched: [2, 5],
    },
    {
      name: 'order: "G3" declared not an entity before the alias leaves nothing to join',
      corrections: [c('not-entity', { text: 'G3' }), c('entity-alias', { entity: 'Garpiya-3', alias: 'G3' })],
      want: ['IEMZ Kupol (org): IEMZ Kupol, Kupol, Kupol', 'Garpiya-3 (org): Garpiya-3, Garpiya-3', 'Koupol (org): Koupol, Koupol', 'OTAN (org): OTAN, l’OTAN', 'Sergueï Lavrov (person): Sergueï Lavrov, Lavrov', 'Selon (other): Selon'],
      matched: [2, 0],
    },
    {
      name: 'names are compared without case, accents, leading article or typographic apostrophes',
      corrections: [c('entity-type', { entity: 'SERGUEI lavrov', type: 'org' }), c('entity-merge', { into: "l'otan", from: 'koupol' })],
      want: ['OTAN (org): Koupol, Koupol, OTAN, l’OTAN', 'Garpiya-3 (org): Garpiya-3, Garpiya-3, G3', 'IEMZ Kupol (org): IEMZ Kupol, Kupol, Kupol', 'Sergueï Lavrov (org): Sergueï Lavrov, Lavrov', 'G3 (other): G3', 'Selon (other): Selon'],
      matched: [2, 2],
    },
    {
      name: 'corrections that name nothing known change nothing and touch 0 mentions',
      corrections: [c('entity-merge', { into: 'Wagner', from: 'Koupol' }), c('entity-type', { entity: 'Nobody', type: 'person' }), c('not-entity', { text: 'Lavrov Sergueï' })],
      want: before,
      matched: [0, 0, 0],
    },
    {
      name: 'other kinds and malformed payloads are skipped',
      corrections: [c('claim-ignore', { claim: 'x' }), c('entity-type', { entity: 'Koupol', type: 'ship' }), c('entity-merge', { into: 'Koupol' })],
      want: before,
      matched: [],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = applyCorrections(corpus, row.corrections);
      assert.deepEqual(summary(result.entities), row.want);
      assert.deepEqual(result.applied.map((a) => a.matched), row.matched);
    });
  }

  it('changes nothing, not even the order, without corrections, and never changes its input', () => {
    const copy = structuredClone(corpus);
    assert.deepEqual(applyCorrections(corpus, []).entities, corpus);
    applyCorrections(corpus, [c('entity-merge', { into: 'IEMZ Kupol', from: 'Koupol' }), c('not-entity', { text: 'OTAN' })]);
    assert.deepEqual(corpus, copy);
  });

  it('keeps the id of the entity merged into, and gives it the other name as an alias', () => {
    const [kupol] = applyCorrections(corpus, [c('entity-merge', { into: 'Kupol', from: 'Koupol' }, 7)]).entities;
    assert.equal(kupol!.id, 'e_kupol');
    assert.deepEqual(kupol!.aliases, ['Koupol', 'Kupol']);
  });

  it('adds the alias of entity-alias even before any mention has that form, so the entity can be found by it', () => {
    const result = applyCorrections(corpus, [c('entity-alias', { entity: 'OTAN', alias: 'NATO' }), c('entity-type', { entity: 'NATO', type: 'event' })]);
    const otan = findEntity(result.entities, 'nato');
    assert.equal(otan?.type, 'event');
    assert.deepEqual(otan?.aliases, ['NATO']);
  });

  it('reports which correction (by stored id) touched which entities', () => {
    const { applied } = applyCorrections(corpus, [c('entity-merge', { into: 'IEMZ Kupol', from: 'Koupol' }, 12)]);
    assert.deepEqual(applied, [{ id: 12, kind: 'entity-merge', matched: 2, entities: ['e_kupol', 'e_koupol'] }]);
  });
});

describe('parseEntityCorrection', () => {
  const rows: [CorrectionInput, string][] = [
    [c('entity-type', { entity: 'Kupol', type: 'ship' }), 'unknown type "ship"; use person, org, place, product, event or other'],
    [c('entity-alias', { entity: 'Kupol', alias: '  ' }), 'corrections: a entity-alias correction needs "entity" and "alias" (non-empty text); got {"entity":"Kupol","alias":"  "}'],
    [c('entity-rename', {}), 'corrections: unknown kind "entity-rename"; use entity-merge, entity-alias, not-entity, entity-type, entity-split'],
  ];
  for (const [input, want] of rows) it(`${input.kind} ${JSON.stringify(input.payload)}`, () => assert.equal(parseEntityCorrection(input), want));
});
