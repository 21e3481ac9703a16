import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../core/dossier.js';
import type { Article } from '../../core/types.js';
import { analyzeLanguage } from '../index.js';
import { loadKnowledge } from '../knowledge/index.js';

const knowledge = loadKnowledge();

// An article with only what analyzeLanguage reads (id, text, language, bodyStart) filled in.
function article(id: string, text: string, language: string): Article {
  return {
    id, text, language, bodyStart: 0,
    source: { path: `${id}.txt`, url: null, item: null }, title: '', titleEvidence: null, published: null, publishedEvidence: null,
    outlet: null, author: null, encoding: 'utf-8', removed: [], comments: [], credits: [], duplicateOf: null, similarity: null,
    sharedPassages: [], signals: [],
  };
}

// Each text is one article, French unless it reads as English.
function entitiesOf(texts: readonly string[]): Entity[] {
  const articles = texts.map((t, i) => article(`a${i}`, t, /\b(the|said|was)\b/.test(t) ? 'en' : 'fr'));
  return analyzeLanguage(articles, knowledge).entities;
}

const entityWith = (entities: readonly Entity[], mention: string): Entity | undefined => entities.find((e) => e.mentions.some((m) => m.text === mention));
const show = (entities: readonly Entity[]): string => entities.map((e) => `${e.name} <- ${e.mentions.map((m) => `${m.article}:${m.text}`).join(', ')}`).join(' | ');

// [what the row shows, articles, mention texts that must all belong to one entity, todo reason]
const together: [string, string[], string[], string?][] = [
  ['a surname joins the full name said earlier', ['Jean Valmont, porte-parole du ministère, a démenti. Interrogé mardi, Valmont a maintenu sa version.'], ['Jean Valmont', 'Valmont']],
  ['a surname opening a sentence joins the full name', ['Jean Valmont a parlé le premier. Valmont a ensuite tout nié.'], ['Jean Valmont', 'Valmont']],
  ['"M. Dupuis" joins the full name said later', ['M. Dupuis a signé le décret. Hervé Dupuis, ministre du Commerce, a défendu la mesure.'], ['M. Dupuis', 'Hervé Dupuis']],
  ['"M. Wang" joins a Chinese name, surname first', ['Wang Haoran dirige la délégation. M. Wang a exigé un report du vote.'], ['Wang Haoran', 'M. Wang']],
  ['"M. Xi" joins Xi Jinping', ['Xi Jinping a reçu le chancelier. M. Xi a ensuite quitté Berlin.'], ['Xi Jinping', 'M. Xi']], // the honorific belongs to the mention's span
  ['a bracketed alias joins its name, and so do its later uses', ['Le drone Vortan-5 (V5) a été présenté à Minsk. Le V5 emporte deux missiles.'], ['Vortan-5', 'V5']],
  ['a French acronym and its English counterpart in two articles', ["Les ministres de l'OTAN se réunissent à huis clos.", 'NATO ministers met in Brussels, officials said.'], ['OTAN', 'NATO']],
  ['a French full name, its acronym and the English name', ["L'Organisation mondiale du commerce (OMC) a tranché.", 'The World Trade Organization ruled on Monday.'], ['Organisation mondiale du commerce', 'OMC', 'World Trade Organization']],
  ['a French and an English transliteration of a product', ['Le radar Koupol a été livré en mars.', 'The Kupol radar was delivered, the report said.'], ['Koupol', 'Kupol']],
  ['a French and an English transliteration of a person', ['Le général Dmitri Voronine commande la région.', 'General Dmitry Voronin was seen in the region.'], ['général Dmitri Voronine', 'General Dmitry Voronin']],
  ['a surname alone joins a known person of the same article, whose surname the gazetteer does not list', ['Kamala Harris a atterri à Lagos. La visite de Harris était prévue.'], ['Kamala Harris', 'Harris']],
  ['a surname with no cue of its own joins the named person of the article', ['Le vote a été serré pour Claire Fontenoy. Le camp de Fontenoy conteste.'], ['Claire Fontenoy', 'Fontenoy']],
  ['a lone surname in one article joins the full name in another', ['Dmitri Voronine a été limogé jeudi.', 'Interrogé, Voronine a refusé de commenter.'], ['Dmitri Voronine', 'Voronine']],
];

describe('linkEntities: mentions that name one entity', () => {
  for (const [name, texts, mentions, todo] of together) {
    it(name, todo ? { todo } : {}, () => {
      const entities = entitiesOf(texts);
      const owners = mentions.map((m) => entityWith(entities, m));
      assert.ok(owners.every((e) => e !== undefined), `a mention is missing: ${show(entities)}`);
      assert.equal(new Set(owners.map((e) => e!.id)).size, 1, show(entities));
    });
  }
});

// [what the row shows, articles, two mention texts that must be different entities]
const apart: [string, string[], [string, string]][] = [
  ['two bodies whose names open with an outlet\'s name', ['A spokesman for the National Security Council said on Monday that talks resumed.', 'The National Hockey League suspended the player, the league said.'], ['National Security Council', 'National Hockey League']],
  ['a place alone and an institution whose name ends with it', ["L'Autorité du bassin du fleuve Vardo insiste : il faut économiser. Le débit du Vardo a baissé."], ['Autorité du bassin du fleuve Vardo', 'Vardo']],
  ['a parent company and its subsidiary', ["La société Almaz a vendu sa filiale Almaz Défense l'an dernier."], ['Almaz', 'Almaz Défense']],
  ['two subsidiaries sharing a brand', ['La société Veltrane Énergie a racheté sa filiale Veltrane Solaire.'], ['Veltrane Énergie', 'Veltrane Solaire']],
  ['a group and a company bearing its name', ['Le Groupe Renault et Renault Trucks ont signé un accord de licence.'], ['Groupe Renault', 'Renault Trucks']],
  ['two French outlets', ['Le Monde et Libération ont publié la même enquête.'], ['Le Monde', 'Libération']],
  ['two English outlets', ['Le New York Times et le Washington Post ont publié des versions différentes.'], ['New York Times', 'Washington Post']],
  ['a spokesperson and the organisation they speak for', ["Le porte-parole de l'OTAN, Tiburce Valmont, a démenti. L'OTAN a ensuite publié un communiqué."], ['Tiburce Valmont', 'OTAN']],
  ['two people sharing a surname', ['Jean Valmont et Claire Valmont ont voté contre le texte.'], ['Jean Valmont', 'Claire Valmont']],
];

describe('linkEntities: mentions of different entities stay apart', () => {
  for (const [name, texts, [x, y]] of apart) {
    it(name, () => {
      const entities = entitiesOf(texts);
      const [ex, ey] = [entityWith(entities, x), entityWith(entities, y)];
      assert.ok(ex && ey, `a mention is missing: ${show(entities)}`);
      assert.notEqual(ex.id, ey.id, show(entities));
    });
  }
});

// [what the row shows, articles, a mention, the name and type of its entity, todo reason]
const named: [string, string[], string, [string, Entity['type']], string?][] = [
  ['a person is named by the full name', ['Interrogé mardi, Valmont a maintenu. Jean Valmont avait pourtant démenti.'], 'Valmont', ['Jean Valmont', 'person']],
  ['a product is named by its name, not its alias', ['Le drone Vortan-5 (V5) a été présenté à Minsk.'], 'V5', ['Vortan-5', 'product']],
  ['a bare surname that could be two people stays on its own', ['Jean Valmont et Claire Valmont ont voté contre. Valmont a ensuite quitté la salle.'], 'Valmont', ['Valmont', 'person'], 'the ambiguous surname stays apart (good) but is typed other, though both candidates are people'],
  ['a known person is named by the full name, not the honorific form', ['Xi Jinping a reçu le chancelier. M. Xi a ensuite quitté Berlin.'], 'Xi Jinping', ['Xi Jinping', 'person']],
  ['a rank is not part of the name', ['Le général Dmitri Voronine commande la région.'], 'général Dmitri Voronine', ['Dmitri Voronine', 'person'], 'the entity is named "général Dmitri Voronine"'],
  ['an outlet keeps its article', ['Le Monde a publié l’enquête lundi.'], 'Le Monde', ['Le Monde', 'org']],
];

describe('linkEntities: names and types of entities', () => {
  for (const [name, texts, mention, [want, type], todo] of named) {
    it(name, todo ? { todo } : {}, () => {
      const entities = entitiesOf(texts);
      const e = entityWith(entities, mention);
      assert.ok(e, show(entities));
      assert.deepEqual([e.name, e.type], [want, type]);
    });
  }
});
