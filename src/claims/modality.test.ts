import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../core/dossier.js';
import { decideModality } from './modality.js';

type Modality = Claim['modality'];

// [what the row shows, claim text, attributed, the words ending its reporting frame (null: none given),
//  expected modality, expected cue (undefined: not checked), todo reason]
const rows: [string, string, boolean, string | null, Modality, (string | null)?, string?][] = [
  // Denials
  ['"nie" denies', 'Le Premier ministre nie avoir été informé de la fuite.', true, null, 'denied', 'nie'],
  ['"dément" denies', 'Le club dément tout accord avec le joueur.', true, null, 'denied', 'dément'],
  ['"rejette" denies', 'La Commission rejette les chiffres avancés par Rome.', true, null, 'denied', 'rejette'],
  ['"denied" denies', 'The ministry denied that any troops had crossed the border.', true, null, 'denied', 'denied'],
  ['a denial after a conditional report is still a denial', 'La Russie aurait livré des missiles, ce que Moscou dément.', true, null, 'denied', 'dément'],
  ['refusing to deny is not a denial', 'Le porte-parole a refusé de démentir la rencontre.', true, null, 'reported'],
  ['not denying is not a denial', "Le Kremlin n'a pas démenti l'information du journal.", true, null, 'reported'],
  // Words ending in an accented letter end a word too ("\\b" is ASCII-only).
  ['"a toujours rejeté" denies', "L'ancien directeur a toujours rejeté ces accusations.", true, null, 'denied', 'rejeté'],
  ['"a nié" denies', "Le Kremlin a nié avoir l'intention d'envahir d'autres pays.", true, null, 'denied', 'nié'],
  // An impersonal report: reported, by nobody named.
  ['"il a été rapporté que"', 'Plus tôt dans la journée, il a été rapporté que le groupe avait obtenu des documents.', false, null, 'reported', 'il a été rapporté qu'],
  ['"it was reported that"', 'Earlier, it was reported that the group had obtained documents.', false, null, 'reported', 'it was reported that'],
  // "sans doute" hedges, "sans aucun doute" does not.
  ['"sans doute" hedges', "L'information est sans doute vraie.", false, null, 'hedged', 'sans doute'],
  ['"sans aucun doute" does not hedge', "L'information est sans aucun doute vraie.", false, null, 'asserted', null],
  // The journalistic conditional
  ['"auraient fourni": an unconfirmed report', "Des pays tiers auraient fourni des pièces détachées à l'armée.", false, null, 'conditional', 'auraient'],
  ['"serait en cours": an unconfirmed report', 'Une enquête serait en cours au parquet de Lyon.', false, null, 'conditional', 'serait'],
  ['"aurait eu lieu": an unconfirmed report', 'La réunion aurait eu lieu dans un hôtel de Doha.', false, null, 'conditional', 'aurait'],
  ['the conditional wins over "selon"', 'Selon Reuters, la centrale serait fermée en 2030.', true, null, 'conditional', 'serait'],
  ['a conditional with "selon" after it', 'Le navire ne serait pas arrivé à Odessa, selon le capitaine.', true, null, 'conditional', 'serait'],
  ['"si" as an adverb is not a hypothesis', "Les manifestants étaient si nombreux qu'ils auraient bloqué le pont.", false, null, 'conditional', 'auraient', 'any "si" before the verb is taken as a hypothesis ("si ..., il serait"), so this comes out asserted'],
  // The conditional of reported speech is not the journalistic conditional
  ['after "a déclaré que" (frame given)', 'Le commissaire a déclaré que les alliés en discuteraient au sommet.', true, 'a déclaré que', 'reported', null],
  ['after "a déclaré que" (frame found in the text)', 'Le commissaire a déclaré que les alliés en discuteraient au sommet.', true, null, 'reported', null],
  ['after "prévenant que"', 'Le président a haussé le ton, prévenant que les Etats-Unis paieraient cher leur retrait.', true, null, 'reported', null],
  ['after "a répété que" (frame given)', 'Le ministre a répété que le pays ne paierait pas la dette.', true, 'a répété que', 'reported', null],
  ['after "a répété que" (frame found in the text)', 'Le ministre a répété que le pays ne paierait pas la dette.', true, null, 'reported', null, '"répéter" is not among the verbs of the frame: "paierait" is taken for the journalistic conditional'],
  // After a frame in the present tense the conditional is the journalist's distance, not the sequence of tenses
  ['after "rapporte que" in the present', "L'agence rapporte que deux navires auraient quitté le port sans escorte.", true, null, 'conditional', 'auraient'],
  ['after "affirment que" in the present', 'Les riverains affirment que la digue serait fissurée depuis mars.', true, null, 'conditional', 'serait'],
  ['after "affirmaient que", an imperfect, it is reported speech', 'Les riverains affirmaient que la digue tiendrait.', true, null, 'reported', null],
  // A hypothesis is not the journalistic conditional
  ['"Cela permettrait"', 'Cela permettrait de baisser les prix à la pompe.', false, null, 'asserted'],
  ['"si ..., il serait"', "Si le barrage cède, il serait impossible d'évacuer la vallée.", false, null, 'asserted'],
  ['"sans ..., serait": a counterfactual', "Sans l'aide américaine, l'armée serait à court d'obus dès l'été.", false, null, 'asserted', undefined, 'comes out conditional ("serait"): only "si" and "cela" mark a hypothesis'],
  // Hedges
  ['"pourrait" is a hedge, not a conditional', 'La grève pourrait paralyser les ports dès lundi.', false, null, 'hedged', 'pourrait'],
  ['"ce qui pourrait" is a hedge', 'Ce qui pourrait retarder la livraison des avions.', false, null, 'hedged', 'pourrait'],
  ['"devrait" is a hedge', "Le gouvernement devrait annoncer un plan d'aide mardi.", false, null, 'hedged', 'devrait'],
  ['"il semble que"', 'Il semble que les négociations aient échoué.', false, null, 'hedged', 'Il semble que'],
  ['"il est possible que"', 'Il est possible que le vote soit reporté.', false, null, 'hedged'],
  ['"apparemment"', 'Apparemment, le stade ne sera pas prêt pour la finale.', false, null, 'hedged', 'Apparemment'],
  ['"may"', 'Talks may resume next week in Geneva.', false, null, 'hedged', 'may'],
  ['"could"', 'The deal could collapse if Congress objects.', false, null, 'hedged', 'could'],
  ['the month of May is not a hedge', 'Exports of grain fell sharply in May.', false, null, 'asserted', null],
  ['"could not" of the past is not a hedge', 'Rescuers could not reach the village until dawn.', false, null, 'asserted', null, 'hedged on "could": past ability is read as uncertainty'],
  // English distance markers work like the journalistic conditional
  ['"reportedly"', 'The striker reportedly agreed a four-year deal.', false, null, 'conditional', 'reportedly'],
  ['"allegedly"', 'The shipment was allegedly paid in cash.', false, null, 'conditional', 'allegedly'],
  // Reported or asserted
  ['attributed, no cue: reported', 'Les exportations ont chuté de 12 % en mai.', true, null, 'reported', null],
  ['not attributed, no cue: asserted', 'Les exportations ont chuté de 12 % en mai.', false, null, 'asserted', null],
  ['a word ending in -rait that is not a verb', 'Le portrait du candidat a été retiré des affiches.', false, null, 'asserted', null],
  // Cues inside a quotation do not count
  ['a denial inside a quotation', 'Il a répété : « Nous démentons formellement ces rumeurs ».', true, null, 'reported', null],
  ['a conditional inside a quotation', 'Il a ajouté que « des armes auraient été livrées » sans preuve.', true, null, 'reported', null],
  ['a conditional inside a quoted slogan', 'Le slogan « Ils auraient dû savoir » couvre les murs de la ville.', false, null, 'asserted', null],
  ['a hedge inside English quotes', 'The coach repeated "we might lose" before the final.', false, null, 'asserted', null],
];

describe('decideModality', () => {
  for (const [name, text, attributed, frame, modality, cue, todo] of rows) {
    it(name, todo ? { todo } : {}, () => {
      const frameEnd = frame === null ? null : text.indexOf(frame) + frame.length;
      assert.ok(frame === null || text.includes(frame), `the frame "${frame}" is not in the text`);
      const got = decideModality(text, attributed, frameEnd);
      assert.equal(got.modality, modality, `cue ${JSON.stringify(got.cue)}`);
      if (cue !== undefined) assert.equal(got.cue, cue);
    });
  }
});
