import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadKnowledge } from '../knowledge/index.js';
import { findMentions, type MentionType, type RawMention } from './find-mentions.js';

const knowledge = loadKnowledge();

/** A mention we expect: its text, its type, and when given its gazetteer key (null: unknown to the gazetteer) and role. */
type Expected = [text: string, type: MentionType, key?: string | null, role?: RawMention['role']];

const describeMention = (m: RawMention): string => `${m.text} (${m.type}, ${m.key ?? 'no key'}, ${m.role}, ${m.rule})`;

function check(text: string, want: readonly Expected[]): void {
  const found = findMentions(text, knowledge);
  for (const [surface, type, key, role] of want) {
    const m = found.find((x) => x.text === surface);
    assert.ok(m, `"${surface}" not found in ${JSON.stringify(text)}; got ${found.map(describeMention).join(' | ') || 'nothing'}`);
    assert.equal(m.type, type, `type of "${surface}": ${describeMention(m)}`);
    if (key !== undefined) assert.equal(m.key, key, `key of "${surface}": ${describeMention(m)}`);
    if (role !== undefined) assert.equal(m.role, role, `role of "${surface}": ${describeMention(m)}`);
  }
}

// [what the row shows, text, mentions expected in it, todo reason when the code does not do it yet]
const typed: [string, string, Expected[], string?][] = [
  // People
  ['"M." makes a person, and stays in the mention', 'Selon M. Dupont, le tarif baissera en mars.', [['M. Dupont', 'person', null]]],
  ['"Mme" makes a person', 'Mme Martin a quitté la réunion sans un mot.', [['Mme Martin', 'person', null]]],
  ['a name in apposition to a role noun is a person', 'Le porte-parole du ministère, Tiburce Valmont, a refusé de commenter.', [['Tiburce Valmont', 'person', null]]],
  ['a role noun before an unknown name', 'Le ministre des Finances, Okonkwo Adebayo, a présenté sa démission.', [['Okonkwo Adebayo', 'person', null]]],
  ['a first name then a surname', 'Claire Fontaine a remporté le scrutin municipal dimanche.', [['Claire Fontaine', 'person', null]]],
  ['an Italian first name then a surname (first names of other Latin-script languages)', "L'hydrologue Davide Canegrati a mesuré le niveau du lac.", [['Davide Canegrati', 'person', null]]],
  // Places by their preposition or noun of place
  ['an unknown name right after "à" is a place', 'Une frappe a touché un centre commercial à Krementchouk lundi.', [['Krementchouk', 'place', null]]],
  ['an unknown name right after "en" is a place', 'La sécheresse frappe les rizières en Lombardie depuis avril.', [['Lombardie', 'place', null]]],
  ['"le parti X" is an organisation', 'Le parti Reconquête a perdu ses deux sièges.', [['Reconquête', 'org', null]]],
  ['"dans la région de X" is a place', "Les exercices auront lieu dans la région de Pingtung, à l'extrême sud.", [['Pingtung', 'place', null]]],
  ['an English first name then a surname', 'The striker Marcus Hale joined the club on loan.', [['Marcus Hale', 'person', null]]],
  ['a word opening the sentence before a comma does not swallow the name', 'Furieux, Marc Levasseur a claqué la porte du conseil.', [['Marc Levasseur', 'person', null]]],
  ['a known person keeps "M." in the mention', 'M. Xi a reçu le chancelier allemand à Pékin.', [['M. Xi', 'person', 'person:xi-jinping']]],
  // Organisations
  ['an acronym from the gazetteer', "Les ministres de l'OTAN se réunissent jeudi à huis clos.", [['OTAN', 'org', 'org:nato', 'acronym']]],
  ['a news agency from the gazetteer', 'Reuters a publié la dépêche peu après minuit.', [['Reuters', 'org', 'media:reuters']]],
  ['an English acronym from the gazetteer', 'The ECB kept its rates on hold for a third month.', [['ECB', 'org', 'org:ecb']]],
  ['"Groupe" inside a name makes an organisation', "Le Groupe Renault a confirmé la fermeture de l'usine de Flins.", [['Groupe Renault', 'org', null]]],
  ['"la société" before a name makes an organisation', 'La société Zephyr Logistique a licencié deux cents salariés.', [['Zephyr Logistique', 'org', null]]],
  ['an unknown acronym is an organisation', 'La FNSEA appelle les agriculteurs à manifester devant la préfecture.', [['FNSEA', 'org', null]]],
  ['a full name and its bracketed acronym', "L'Agence internationale de l'énergie atomique (AIEA) a envoyé des inspecteurs.", [["Agence internationale de l'énergie atomique", 'org', 'org:iaea'], ['AIEA', 'org', 'org:iaea', 'acronym']]],
  ['a name from the gazetteer after "L\'" opening the sentence', "L'Organisation mondiale du commerce (OMC) a tranché en faveur de Pékin.", [['Organisation mondiale du commerce', 'org', 'org:wto'], ['OMC', 'org', 'org:wto']]],
  ['a football club whose name opens with a city is not a person', 'Hier, Lucas Bernard a signé au Paris Saint-Germain pour cinq ans.', [['Lucas Bernard', 'person', null], ['Paris Saint-Germain', 'org']], '"Paris Saint-Germain" is typed person by the first-name rule ("Paris" read as a first name)'],
  // Places
  ['a role noun right after a name makes it the body the role serves', 'On Monday Zentrix CEO Mira Solt said the plant would close.', [['Zentrix', 'org', null], ['Mira Solt', 'person', null]]],
  ['an adjective of origin before a role noun is no body', 'The talks in Lima involved Andean officials on Monday.', [['Andean', 'other', null]]],
  ['an outlet\'s name inside a longer name is not the outlet', 'A spokesman for the National Security Council said so.', [['National Security Council', 'org', null]]],
  ['the outlet alone is the outlet', 'According to The National, the port reopened.', [['The National', 'org']]],
  ['"U.S." with its last period is the country', 'Sanctions by U.S. officials were lifted on Monday.', [['U.S', 'place', 'country:US']]],
  ['a country of several words', 'La tempête a frappé la Corée du Nord avant de remonter vers le Japon.', [['Corée du Nord', 'place', 'country:KP'], ['Japon', 'place', 'country:JP']]],
  ['a capital after "à" is the city', 'La délégation a atterri à Pékin dans la nuit.', [['Pékin', 'place', 'city:CN:beijing', 'name']]],
  ['a capital after "vers" is the city', 'Les exportations vers Moscou ont doublé en un an.', [['Moscou', 'place', 'city:RU:moscow', 'name']]],
  ['a capital as subject stands for the state', "Pékin a démenti toute livraison d'armes.", [['Pékin', 'place', 'country:CN', 'metonym']]],
  ['a capital as subject and as object both stand for states', 'Moscou a rejeté les accusations de Washington.', [['Moscou', 'place', 'country:RU', 'metonym'], ['Washington', 'place', 'country:US', 'metonym']]],
  ['an English capital as subject stands for the state', 'Beijing denied the report on Monday.', [['Beijing', 'place', 'country:CN', 'metonym']]],
  ['an English capital after "in" is the city', 'Officials in Brussels said the tariffs would stay.', [['Brussels', 'place', 'city:BE:brussels', 'name']]],
  ['an English capital after "towards" is the city', 'Meanwhile, the storm moved north towards Havana.', [['Havana', 'place', 'city:CU:havana', 'name']]],
  ['a French region is a place', 'La tempête Ciarán a touché la Bretagne dans la nuit.', [['Bretagne', 'place']], 'regions are not in the gazetteer: "Bretagne" is typed other'],
  // Names of institutions, features and places by French typography and the nouns around them (data/lexicon/name-words.json)
  ['a capitalised institution noun and its adjective are one name', 'Selon la Sécurité civile, trois hélicoptères ont décollé.', [['Sécurité civile', 'org', null]]],
  ['an institution noun, its adjective and a complement in "des"', 'Le rapport du Tribunal administratif des pensions est tombé.', [['Tribunal administratif des pensions', 'org', null]]],
  ['an institution noun and its complement', 'La Cour des comptes publie son rapport annuel.', [['Cour des comptes', 'org', null]]],
  ['after an adjective, "du" opens an object, not the rest of the name', 'Le vote par la Commission nationale du projet de budget a été repoussé.', [['Commission nationale', 'org', null]]],
  ['"de la" and a country after an institution noun is the object of the noun before', "Il attend l'adhésion à l'Union de la Moldavie depuis deux ans.", [['Moldavie', 'place']]],
  ['an institution noun is not the place it shares a name with, unless after "à"', 'Selon la Défense, le tir venait du nord.', []],
  ['a long name before its bracketed acronym is one organisation', "L'Observatoire régional de la qualité de l'air (Oraq) a relevé des pics.", [["Observatoire régional de la qualité de l'air", 'org', null], ['Oraq', 'org', null]]],
  ['a bracketed acronym after a lower-case organisation noun is an organisation', 'Selon la fédération des producteurs de lait (Fepral), les prix baissent.', [['Fepral', 'org', null]]],
  ['an organisation noun and an adjective before a name', "L'association écologiste Terravia a porté plainte.", [['Terravia', 'org', null]]],
  ['a name apposed to "une association"', 'Selon Verdalia, une association de riverains, la digue a cédé.', [['Verdalia', 'org', null]]],
  ['a definite noun after a comma opens a clause, it is no apposition', 'Selon Verdalia, la digue a cédé.', [['Verdalia', 'other', null]]],
  ['a feature noun is part of a French place name', 'Le ferry a sombré dans le golfe de Vardane et près du lac Veronel.', [['golfe de Vardane', 'place', null], ['lac Veronel', 'place', null]]],
  ['a noun of place and an adjective before "du" and a name', 'Le parquet de la province côtière du Marvelt enquête.', [['Marvelt', 'place', null]]],
  ['a capitalised noun of place alone is no name', 'Il a perdu au conseil du Comté rural de Palmer Heights: un revers.', [['Palmer Heights', 'place', null]]],
  ['a word alone in quotation marks is a name', 'Le groupe « Valkyr » a revendiqué le piratage.', [['Valkyr', 'org', null]]],
  ['a first name, a capital particle and a surname are a person', 'Il votera pour Marine Le Guennec au second tour.', [['Marine Le Guennec', 'person', null]]],
  ['an acronym after a role noun is still an organisation', 'Les enquêteurs de la DRPJ ont perquisitionné le siège.', [['DRPJ', 'org', null]]],
  ['a role noun does not reach past the end of its sentence', 'The figures come from analyst Mira Solt. Since then Zentrix has not commented.', [['Zentrix', 'other', null]]],
  ['a possessive name after "in" is an owner, not a place', "A source working in Zentrix's design team spoke to us.", [['Zentrix', 'other', null]]],
  ['a name after a French definite article is no person, whatever role noun came before', 'Premier témoin de la crue : le Vardo, qui déborde depuis lundi.', [['Vardo', 'other', null]]],
  // Demonyms point at their country
  ['a French demonym points at its country', 'Une délégation chinoise est arrivée lundi pour négocier les quotas.', [['chinoise', 'place', 'country:CN', 'demonym']]],
  ['a compound demonym', 'Les autorités nord-coréennes ont tiré un missile balistique.', [['nord-coréennes', 'place', 'country:KP', 'demonym']]],
  ['an English demonym', 'The Chinese embassy declined to comment.', [['Chinese', 'place', 'country:CN', 'demonym']]],
  // Products
  ['model numbers from the gazetteer', 'Un Su-35 et un An-124 ont été aperçus sur la piste.', [['Su-35', 'product'], ['An-124', 'product']]],
  ['an unknown model number after "drone"', 'Le drone Xarpa-7 a été abattu au-dessus de la mer.', [['Xarpa-7', 'product', null]]],
];

describe('conventional capitals that are no names', () => {
  it('"les Etats membres" names nobody', () => {
    const found = findMentions("Selon les Etats membres de l'Otan, la Russie a tort.", knowledge);
    assert.ok(!found.some((m) => m.text === 'Etats'), found.map(describeMention).join(' | '));
  });
});

describe('findMentions: types, keys and roles', () => {
  for (const [name, text, want, todo] of typed) {
    it(name, todo ? { todo } : {}, () => check(text, want));
  }
});

// [what the row shows, text, a capitalised word that must not be (or start) a mention]
const notNames: [string, string, string][] = [
  ['an adverb opening a sentence', 'Parallèlement, les négociations commerciales reprennent à Genève.', 'Parallèlement'],
  ['a determiner opening a sentence', 'Cette décision surprend les marchés européens.', 'Cette'],
  ['an adverb in -ment before a comma', 'Concrètement, les droits de douane passeront à 25 %.', 'Concrètement'],
  ['a participle opening a sentence', 'Interrogé sur ce point, le ministre a botté en touche.', 'Interrogé'],
  ['a weekday opening a sentence', 'Samedi soir, la digue a cédé sous la crue.', 'Samedi'],
  ['an adjective opening a sentence', 'Furieux, Marc Levasseur a claqué la porte du conseil.', 'Furieux'],
  ['"Premier ministre" is an office, not a name', 'Ensuite, le Premier ministre a quitté la salle.', 'Premier'],
  ['an English adverb opening a sentence', 'Meanwhile, the storm moved north towards the coast.', 'Meanwhile'],
  ['an English noun opening a sentence', 'Sanctions aside, trade between the two countries kept growing.', 'Sanctions'],
  ['an abbreviation of a common noun', 'Le PIB a reculé de 2 % au troisième trimestre.', 'PIB'],
  ['a time zone after an hour', 'Le tir a eu lieu vers 14H30 GMT selon les secours.', 'GMT'],
  ['letters glued to an hour', 'Le tir a eu lieu vers 14H30 GMT selon les secours.', 'H30'],
  ['a century in Roman numerals', 'Le pont date du XIXe siècle et menace de céder.', 'XIXe'],
  ['an imperative opening a sentence is not the town of the same name', 'Gardez vos reçus, conseille le fisc.', 'Gardez'],
  ['a department after "des" without its ministry', 'Les ministères de la santé et des Finances ont signé.', 'Finances'],
];

describe('findMentions: words that open a sentence are not names', () => {
  for (const [name, text, word] of notNames) {
    it(name, () => {
      const found = findMentions(text, knowledge).filter((m) => m.text.split(/\s+/).includes(word));
      assert.deepEqual(found.map(describeMention), []);
    });
  }
});

describe('findMentions: offsets', () => {
  // [what the row shows, text]
  const rows: [string, string][] = [
    // Characters outside the BMP count two UTF-16 units: offsets after them must still slice the mention.
    ['after emoji and flags', '🌪️ La tempête a quitté la Corée du Nord. 🇫🇷 Mme Martin a parlé à Reuters.'],
    ['after a headline line', 'Titre\nLe porte-parole du ministère, Jean Valmont, a démenti.'],
    ['in every text of the tables above', [...typed.map(([, text]) => text), ...notNames.map(([, text]) => text)].join(' ')],
  ];
  for (const [name, text] of rows) {
    it(`text.slice(start, end) is the mention ${name}`, () => {
      const found = findMentions(text, knowledge);
      assert.ok(found.length > 0);
      for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, describeMention(m));
    });
  }
});

describe('findMentions: a name ends with its line', () => {
  it('"Photo: Martin Hajek" then a line opening with "Apple" are two names, not "Martin Hajek\\nApple"', () => {
    const found = findMentions('Photo: Martin Hajek\nApple unveiled the watch in September.', knowledge).map((m) => m.text);
    assert.ok(found.includes('Martin Hajek'), found.join(' | '));
    assert.ok(found.every((t) => !t.includes('\n')), found.join(' | '));
  });
});
