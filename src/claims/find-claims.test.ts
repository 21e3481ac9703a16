import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { analyzeLanguage, loadKnowledge } from '../language/index.js';
import { findClaims } from './find-claims.js';
import type { EntityMention } from './sources.js';

const knowledge = loadKnowledge();

// An article with only what the language and claims stages read (id, text, language, bodyStart) filled in.
function article(text: string): Article {
  return {
    id: 'a_test', text, language: /\b(the|said)\b/.test(text) ? 'en' : 'fr', bodyStart: text.includes('\n') ? text.indexOf('\n') + 1 : 0,
    source: { path: 'test.txt', url: null, item: null }, title: '', titleEvidence: null, published: null, publishedEvidence: null,
    outlet: null, author: null, encoding: 'utf-8', removed: [], comments: [], credits: [], duplicateOf: null, similarity: null,
    sharedPassages: [], signals: [],
  };
}

// The claims of one text, with real mentions linked to real entities by the language stage.
function claimsOf(text: string): Claim[] {
  const a = article(text);
  const language = analyzeLanguage([a], knowledge);
  const mentions: EntityMention[] = (language.mentions.get(a.id) ?? []).flatMap((m) => {
    const e = language.entities.find((x) => x.mentions.some((y) => y.start === m.start && y.end === m.end));
    return e ? [{ start: m.start, end: m.end, text: m.text, entity: e.id, name: e.name, type: e.type, key: m.key, role: m.role }] : [];
  });
  return findClaims(a, mentions);
}

/** A claim as a row shows it: its text, its modality, and its source's name (null: unattributed). */
type Shown = [text: string, modality: Claim['modality'], source: string | null];
const shown = (c: Claim): Shown => [c.text, c.modality, c.attribution?.source.name ?? null];

// [what the row shows, article text, its claims, todo reason]
const rows: [string, string, Shown[], string?][] = [
  // One frame, two statements
  ['"a déclaré que A, et que B": two claims of one speaker', "Claire Fontaine a déclaré que le budget était bouclé, et que les impôts ne monteraient pas.", [
    ['Claire Fontaine a déclaré que le budget était bouclé', 'reported', 'Claire Fontaine'],
    ['que les impôts ne monteraient pas.', 'reported', 'Claire Fontaine'],
  ]],
  ['"a déclaré que A et qu\'B" without a comma', "Jean Valmont a déclaré que l'usine fermerait en juin et qu'aucun salarié ne serait licencié.", [
    ["Jean Valmont a déclaré que l'usine fermerait en juin", 'reported', 'Jean Valmont'],
    ["qu'aucun salarié ne serait licencié.", 'reported', 'Jean Valmont'],
  ]],
  ['"said that A and that B"', 'The minister said that the budget was ready and that taxes would not rise.', [
    ['The minister said that the budget was ready', 'reported', 'minister'],
    ['that taxes would not rise.', 'reported', 'minister'],
  ]],
  ['"et" inside the reported statement does not split it', 'Le ministre a déclaré que les ports et les aéroports resteraient ouverts.', [
    ['Le ministre a déclaré que les ports et les aéroports resteraient ouverts.', 'reported', 'ministre'],
  ]],
  // Quotations over several sentences
  ['a quotation of three sentences attributed at its end', "« Le pont est fermé. Les secours ne passent plus. Nous attendons des renforts », a expliqué le ministre de l'Intérieur.", [
    ['« Le pont est fermé.', 'reported', "ministre de l'Intérieur"],
    ['Les secours ne passent plus.', 'reported', "ministre de l'Intérieur"],
    ["Nous attendons des renforts », a expliqué le ministre de l'Intérieur.", 'reported', "ministre de l'Intérieur"],
  ]],
  ['a question and a short answer inside a quotation are not claims', "« Le pont est-il fermé ? Non. Il est seulement surveillé de près », a expliqué le ministre de l'Intérieur.", [
    ["Il est seulement surveillé de près », a expliqué le ministre de l'Intérieur.", 'reported', "ministre de l'Intérieur"],
  ]],
  ['a quotation does not run across paragraphs', "« Le pont est fermé depuis lundi.\nLes secours passent par la rocade nord.", [
    ['« Le pont est fermé depuis lundi.', 'asserted', null],
    ['Les secours passent par la rocade nord.', 'asserted', null],
  ]],
  ['a quotation after an attributed one continues it', '"We were lucky this time," Kevin Arbogast said. "The river crested a foot below the wall."', [
    ['"We were lucky this time," Kevin Arbogast said.', 'reported', 'Kevin Arbogast'],
    ['"The river crested a foot below the wall."', 'reported', 'Kevin Arbogast'],
  ]],
  ['a quotation never closed does not swallow the sentences after it', '"GARDNER: The polls are wrong. The mayor announced a recount on Monday. Turnout fell in every district.', [
    ['"GARDNER: The polls are wrong.', 'asserted', null],
    ['The mayor announced a recount on Monday.', 'reported', 'mayor'],
    ['Turnout fell in every district.', 'asserted', null],
  ]],
  ["''doubled'' quotation marks are quotations", "''The river crested a foot below the wall,'' said Kevin Arbogast.", [
    ["''The river crested a foot below the wall,'' said Kevin Arbogast.", 'reported', 'Kevin Arbogast'],
  ]],
  // Questions and headings
  ['a French question is not a claim', 'Le gouvernement va-t-il céder sur les retraites ?', []],
  ['an English question is not a claim', 'Who will pay for the reconstruction of the port?', []],
  ['a quoted question is not a claim', 'Le ministre a demandé : « Qui paiera la facture ? »', []],
  ['a heading of three words is not a claim', 'Tempête sur Brest', []],
  ['the headline is a claim like the body', 'Pékin dément toute livraison de drones\nSelon Reuters, les drones ont été livrés en mars.', [
    ['Pékin dément toute livraison de drones', 'denied', 'Pékin'],
    ['Selon Reuters, les drones ont été livrés en mars.', 'reported', 'Reuters'],
  ]],
  // "C'est ce qu'affirme X" re-attributes the sentence before
  ['a cleft re-attributes a conditional sentence', "Le club aurait trouvé un accord avec l'attaquant. C'est ce que rapporte Reuters.", [
    ["Le club aurait trouvé un accord avec l'attaquant.", 'conditional', 'Reuters'],
  ]],
  ['a cleft makes an asserted sentence reported', "Le club a trouvé un accord avec l'attaquant. C'est ce qu'affirme le Times.", [
    ["Le club a trouvé un accord avec l'attaquant.", 'reported', 'Times'],
  ]],
  // Modality through the whole stage
  ['the conditional of reported speech, then the journalistic conditional', 'Le ministre a déclaré que les alliés en discuteraient au sommet. Des pays tiers auraient fourni des pièces détachées.', [
    ['Le ministre a déclaré que les alliés en discuteraient au sommet.', 'reported', 'ministre'],
    ['Des pays tiers auraient fourni des pièces détachées.', 'conditional', null],
  ]],
  ['a denial by a named person', 'Jean Valmont a démenti toute négociation avec le repreneur.', [
    ['Jean Valmont a démenti toute négociation avec le repreneur.', 'denied', 'Jean Valmont'],
  ]],
  ['"reportedly" in English', 'The striker reportedly agreed a four-year deal with the club.', [
    ['The striker reportedly agreed a four-year deal with the club.', 'conditional', null],
  ]],
  ['"not denied" is not a denial', "Le ministre n'a pas démenti l'information du journal.", [
    ["Le ministre n'a pas démenti l'information du journal.", 'reported', 'ministre'],
  ]],
  // Two speakers in one sentence: two claims, each with its source; one speaker going on ("il a ajouté") stays one.
  ['"A a déclaré que X, tandis que B a affirmé que Y": two claims', "Le maire Paul Girard a déclaré que la digue tiendrait, tandis que la préfète Anne Morel a affirmé que l'évacuation restait possible.", [
    ['Le maire Paul Girard a déclaré que la digue tiendrait', 'reported', 'maire Paul Girard'],
    ["la préfète Anne Morel a affirmé que l'évacuation restait possible.", 'reported', 'Anne Morel'],
  ]],
  ['"X said A, while Y reported B": two claims', 'Reuters said the ship left port on Monday, while the Associated Press reported that it stayed two more days.', [
    ['Reuters said the ship left port on Monday', 'reported', 'Reuters'],
    ['the Associated Press reported that it stayed two more days.', 'reported', 'Associated Press'],
  ]],
  ['one speaker going on after a semicolon stays one claim', 'Paul Girard a déclaré que la digue tiendrait; il a ajouté que les travaux dureraient.', [
    ['Paul Girard a déclaré que la digue tiendrait; il a ajouté que les travaux dureraient.', 'reported', 'Paul Girard'],
  ]],
  // A question answered no in the next sentence: the question and its answer are one denied claim.
  ['a question answered "No." denies what it asks', 'Did the mayor sell the old harbour to a developer? No. The deed stays with the city.', [
    ['Did the mayor sell the old harbour to a developer? No.', 'denied', null],
    ['The deed stays with the city.', 'asserted', null],
  ]],
  ['a question answered "Pas du tout." denies what it asks', 'Le maire a-t-il vendu le vieux port à un promoteur ? Pas du tout. Le titre reste à la ville.', [
    ['Le maire a-t-il vendu le vieux port à un promoteur ? Pas du tout.', 'denied', null],
    ['Le titre reste à la ville.', 'asserted', null],
  ]],
  ['a question followed by a statement stays a question (no claim)', 'Did the mayor sell the old harbour? Nobody at city hall would say.', [
    ['Nobody at city hall would say.', 'asserted', null],
  ]],
];

describe('findClaims: claims, their source and modality', () => {
  for (const [name, text, want, todo] of rows) {
    it(name, todo ? { todo } : {}, () => assert.deepEqual(claimsOf(text).map(shown), want));
  }
});

describe('findClaims: details', () => {
  it('a cleft keeps the earlier source in `via`', () => {
    const claims = claimsOf("Selon un proche du joueur, le club aurait déjà trouvé un accord avec l'attaquant. C'est ce qu'affirme le Times.");
    assert.equal(claims.length, 1);
    const a = claims[0]!.attribution;
    assert.deepEqual([a?.source.name, a?.source.kind, a?.cue, a?.via], ['Times', 'media', "C'est ce qu'affirme", ['proche du joueur']]);
    assert.equal(claims[0]!.modality, 'conditional');
  });

  it('two claims split from one frame share the same attribution', () => {
    const [a, b] = claimsOf("Claire Fontaine a déclaré que le budget était bouclé, et que les impôts ne monteraient pas.");
    assert.deepEqual(a!.attribution, b!.attribution);
    assert.equal(a!.attribution?.cue, 'a déclaré');
  });

  it('every claim carries the cue that decided its modality, with its span in the text', () => {
    const rows: [string, string | null][] = [
      ['Des renforts seraient en route vers la côte sinistrée.', 'seraient'],
      ['Le ministère a démenti toute livraison de munitions.', 'démenti'],
      ['« C’est faux », a déclaré le porte-parole du ministère.', 'C’est faux'],
      ['The story about the flooded stadium was a hoax, the club said.', 'was a hoax'],
      ['The quote attributed to the senator is not real.', 'is not real'],
      ['Les pompiers ont maîtrisé l’incendie dans la nuit de mardi.', null],
    ];
    for (const [text, cue] of rows) {
      const [claim] = claimsOf(text);
      assert.equal(claim?.modalityCue?.text ?? null, cue, text);
      if (claim?.modalityCue) assert.equal(text.slice(claim.modalityCue.start, claim.modalityCue.end), cue);
    }
  });

  it('a page\'s script or markup left in the text is not a claim', () => {
    for (const code of [
      '<!-- google_ad_client = "pub-123"; google_ad_width = 468; google_ad_height = 60; //-->',
      "var twitterVia = 'MailOnline'; var channel = 'news'; var placement = 'top';",
      "kmn_size = '300x250'; kmn_placement = '1c88'; kmn_zone = 'top';",
    ]) assert.deepEqual(claimsOf(code), [], code);
    assert.equal(claimsOf('The ministry said 3 = three was a typo in the release.').length, 1, 'one "=" in a sentence is still a sentence');
  });

  it('text.slice(start, end) is the claim, and claim ids are unique, in every text above', () => {
    for (const [, text] of rows) {
      const claims = claimsOf(text);
      for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
      assert.equal(new Set(claims.map((c) => c.id)).size, claims.length, text);
    }
  });
});
