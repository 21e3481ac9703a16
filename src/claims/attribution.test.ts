import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Claim } from '../core/dossier.js';
import type { Article } from '../core/types.js';
import { analyzeLanguage, loadKnowledge } from '../language/index.js';
import { analyzeClaims } from './index.js';

const knowledge = loadKnowledge();

// An article with only what the language and claims stages read (id, text, language, bodyStart) filled in.
function article(text: string): Article {
  return {
    id: 'a_test', text, language: /\b(the|said|told)\b/.test(text) ? 'en' : 'fr', bodyStart: 0,
    source: { path: 'test.txt', url: null, item: null }, title: '', titleEvidence: null, published: null, publishedEvidence: null,
    outlet: null, author: null, encoding: 'utf-8', removed: [], comments: [], credits: [], duplicateOf: null, similarity: null,
    sharedPassages: [], signals: [],
  };
}

/** What we expect of an attribution; `entity` is the name of the entity the source is linked to. */
interface Expected {
  readonly source: string;
  readonly kind: Attribution['source']['kind'];
  readonly cue?: string;
  readonly entity?: string;
  /** Absent: `via` is not checked; []: there must be none. */
  readonly via?: readonly string[];
}

// The claims of one text, with the entity names of their sources.
function claimsOf(text: string): { claims: Claim[]; entityName: (id: string | undefined) => string | undefined } {
  const articles = [article(text)];
  const language = analyzeLanguage(articles, knowledge);
  const claims = analyzeClaims(articles, language.entities, language.mentions);
  return { claims, entityName: (id) => language.entities.find((e) => e.id === id)?.name };
}

const show = (c: Claim | undefined): string =>
  !c ? 'no claim' : !c.attribution ? `${c.modality}, no attribution` : `${c.modality}, ${c.attribution.source.name} (${c.attribution.source.kind}) cue "${c.attribution.cue}"${c.attribution.via ? ` via ${c.attribution.via.join(', ')}` : ''}`;

// [what the row shows, article text, attribution expected on its last claim, todo reason]
const rows: [string, string, Expected, string?][] = [
  // French frames
  ['"X a déclaré que": a person', "Mme Martin a déclaré que la réforme des retraites serait votée avant l'été.", { source: 'Mme Martin', kind: 'person', cue: 'a déclaré' }],
  ['"selon X": a news agency', 'Selon Reuters, le cargo transportait des céréales ukrainiennes.', { source: 'Reuters', kind: 'media', cue: 'Selon', entity: 'Reuters' }],
  ['"d\'après X": a ministry is the government', "D'après le ministère des Finances, le déficit atteindra 5 % du PIB.", { source: 'ministère des Finances', kind: 'government', cue: "D'après" }],
  ['"X affirme que": a newspaper', 'Le Guardian affirme que le joueur a passé sa visite médicale.', { source: 'Guardian', kind: 'media', cue: 'affirme' }],
  ['"X a rapporté que": an agency', 'Reuters a rapporté que le pétrolier avait changé de cap.', { source: 'Reuters', kind: 'media', cue: 'a rapporté' }],
  ['a name in apposition to a role noun', 'Le maire, Paul Girard, a averti que la crue atteindrait son pic jeudi.', { source: 'Paul Girard', kind: 'person', cue: 'a averti' }],
  ['a capital that stands for its state', 'Pékin a démenti toute livraison de drones à la Russie.', { source: 'Pékin', kind: 'government', cue: 'a démenti' }],
  ['the Kremlin is the government', 'Le Kremlin rejette les accusations de Kiev.', { source: 'Kremlin', kind: 'government', cue: 'rejette' }],
  ['"selon la Maison Blanche"', 'Selon la Maison Blanche, le président recevra son homologue mardi.', { source: 'Maison Blanche', kind: 'government', cue: 'Selon' }],
  ['a mayor is a person named by office', 'Le maire de Brest a déclaré que les écoles resteraient fermées.', { source: 'maire de Brest', kind: 'person', cue: 'a déclaré' }],
  ['an office with a demonym is a person', "Le Premier ministre britannique a annoncé que les taxes sur l'acier seraient levées.", { source: 'ministre britannique', kind: 'person', cue: 'a annoncé' }],
  // A person speaks under the entity's name; "reported by", "confirmed by" name the source; a lost space splits sentences
  ['a person named in short speaks under the fuller name', 'Jane Roe won the vote on Sunday. On Monday Roe said the deal was done.', { source: 'Jane Roe', kind: 'person', cue: 'said' }],
  ['"reported by X" names the source', 'It was first reported by Reuters on Monday.', { source: 'Reuters', kind: 'media', cue: 'reported by' }],
  ['a sentence glued to the one before by a lost space has its own source', 'It came from the Cable News Network.The network said the video was real.', { source: 'network', kind: 'organization', cue: 'said' }],
  // "Pour X," opening the sentence gives X's view; "Pour la première fois" names nobody; an adjective after a copula frames nothing
  ['"Pour X," opening a sentence: X\'s view', 'Pour Paul Girard, la réforme arrive trop tard.', { source: 'Paul Girard', kind: 'person', cue: 'Pour' }],
  ['"Pour l\'ONU," opening a sentence, with an adjective in -ique after "reste"', "Pour l'ONU, la situation humanitaire reste critique dans la région.", { source: 'ONU', kind: 'organization', cue: 'Pour' }],
  // Passives with their agent, after an auxiliary; a bare participle and its agent frame nothing
  ['a French passive with its agent a few words after', "La rumeur a été démentie avec force par le ministère de l'Intérieur.", { source: "ministère de l'Intérieur", kind: 'government', cue: 'démentie' }],
  ['an English passive with its agent', 'The report was denied by the Interior Ministry on Monday.', { source: 'Interior Ministry', kind: 'government', cue: 'denied' }],
  ['a bare participle and its agent are no frame: the closing verb speaks', 'Le syndicat, critiqué par le patronat comme trop radical, a annoncé la direction.', { source: 'direction', kind: 'person', cue: 'a annoncé' }],
  // Verbs reporting with a noun object; a word in -iste before a colon is a verb
  ['"a reconnu" with a noun object', 'Le ministre Paul Girard a reconnu sa responsabilité dans le retard du chantier.', { source: 'Paul Girard', kind: 'person', cue: 'a reconnu' }],
  ['"a rectifié" with a noun object', 'Le ministère a rectifié ses chiffres dans la soirée.', { source: 'ministère', kind: 'government', cue: 'a rectifié' }],
  ['"insiste :" after an institution\'s name', 'La Ligue nationale insiste : les délais seront tenus.', { source: 'Ligue nationale', kind: 'organization', cue: 'insiste' }],
  // An office with a country, indefinite, is one unnamed official
  ['"un ministre belge" is anonymous', 'Un ministre belge a reconnu la présence des stocks.', { source: 'ministre belge', kind: 'anonymous', cue: 'a reconnu' }],
  // Inverted
  ['", a ajouté l\'officiel" after a quotation', "« Nous ne céderons pas sur les quotas », a ajouté l'officiel.", { source: 'officiel', kind: 'anonymous', cue: 'a ajouté' }],
  ['"l\'officiel" resolved to the official named before', "Un officiel européen a déclaré que les quotas resteraient fixés. « Nous ne céderons pas », a ajouté l'officiel.", { source: 'officiel européen', kind: 'anonymous', cue: 'a ajouté' }],
  ['", a ajouté X" without a quotation', 'Les alliés de Kiev ont promis des munitions, a ajouté le ministre ukrainien.', { source: 'ministre ukrainien', kind: 'person', cue: 'a ajouté' }],
  ['", raconte X" after a quotation', "« Nous avons tout nié en bloc », raconte un ancien cadre de l'entreprise.", { source: "ancien cadre de l'entreprise", kind: 'anonymous', cue: 'raconte' }],
  // Documents
  ['"comme le montrent les documents"', 'Les exportations de blé ont triplé depuis janvier, comme le montrent les documents douaniers.', { source: 'documents douaniers', kind: 'document', cue: 'comme le montrent' }],
  // Pronouns
  ['"Il a ajouté" is the previous speaker', "Jean Valmont a démenti toute négociation. Il a ajouté que le contrat n'était pas prêt.", { source: 'Jean Valmont', kind: 'person', cue: 'a ajouté' }],
  ['"Elle ..., mais a affirmé" is the previous speaker', "Claire Fontaine a déclaré que le budget était bouclé. Elle a refusé de répondre, mais a affirmé que rien n'était signé.", { source: 'Claire Fontaine', kind: 'person', cue: 'a affirmé' }],
  ['"elle nie" resolved within the sentence', 'Bien que la Chine confirme la visite, elle nie tout accord militaire.', { source: 'Chine', kind: 'government', cue: 'nie' }],
  ['"Il a ajouté" after a sentence with no reported speech', "Jean Valmont a confirmé la vente. Les actions ont chuté de 8 %. Il a ajouté que d'autres cessions suivraient.", { source: 'Jean Valmont', kind: 'person', cue: 'a ajouté' }, 'no attribution: "a confirmé la vente" has no "que", so Jean Valmont is never remembered as a speaker'],
  // Organisations, anonymous and vague sources
  ['"un porte-parole de l\'OTAN" speaks for NATO', "Un porte-parole de l'OTAN a déclaré que les exercices se poursuivraient.", { source: "porte-parole de l'OTAN", kind: 'organization', cue: 'a déclaré', entity: 'OTAN' }],
  ['"un responsable européen" is anonymous', 'Un responsable européen a indiqué que les sanctions seraient prolongées.', { source: 'responsable européen', kind: 'anonymous', cue: 'a indiqué' }],
  ['"des sources internes" are anonymous', 'Des sources internes affirment que le transfert est bouclé.', { source: 'sources internes', kind: 'anonymous', cue: 'affirment' }],
  ['"selon des sources proches du dossier"', 'Selon des sources proches du dossier, la fusion serait annulée.', { source: 'sources proches du dossier', kind: 'anonymous', cue: 'Selon' }],
  ['"selon les médias" is vague', 'Selon les médias, la digue a cédé dans la nuit.', { source: 'médias', kind: 'vague', cue: 'Selon' }],
  ['"selon des analystes" is vague', 'Selon des analystes, la récession durera deux ans.', { source: 'analystes', kind: 'vague', cue: 'Selon' }],
  ['"des informations font état de" is vague', 'Des informations font état de pillages dans le port.', { source: 'informations', kind: 'vague' }],
  ['a named spokesperson is the person', "Tiburce Valmont, porte-parole de l'OTAN, a déclaré que la mission serait prolongée.", { source: 'Tiburce Valmont', kind: 'person', cue: 'a déclaré' }, 'the source is "porte-parole de l\'OTAN" (organization): the apposition nearest the verb wins over the name'],
  ['estimates of a named organisation are that organisation\'s', "D'après les estimations de l'ONU, 40 000 personnes ont fui la région.", { source: "estimations de l'ONU", kind: 'organization', entity: 'ONU' }],
  ['a foreign ministry is the government', 'Le ministère chinois des Affaires étrangères a démenti toute livraison.', { source: 'ministère chinois des Affaires étrangères', kind: 'government', cue: 'a démenti' }],
  ['the object of "a démenti" is not its source', 'Le ministère chinois de la Défense a démenti ces informations lundi.', { source: 'ministère chinois de la Défense', kind: 'government', cue: 'a démenti' }],
  ['"selon la police"', 'Selon la police, trois personnes ont été interpellées.', { source: 'police', kind: 'government', cue: 'Selon' }],
  // French incises with their pronoun, and "selon lui": the antecedent, not a phrase after the verb.
  ['"a-t-il souligné lors d\'un point presse": the previous speaker', "Le porte-parole Paul Girard a déclaré que les manoeuvres continueraient. « C'est un avertissement », a-t-il souligné lors d'un point presse régulier.", { source: 'Paul Girard', kind: 'person', cue: 'a-t-il souligné' }],
  ['"insiste-t-elle" after a quotation', "Claire Fontaine a annoncé que le budget était prêt. « Nous tiendrons les délais », insiste-t-elle.", { source: 'Claire Fontaine', kind: 'person', cue: 'insiste' }],
  ['"Selon lui" is the previous speaker', "Jean Valmont a déclaré que l'armée manquait de munitions. Selon lui, les pertes sont lourdes.", { source: 'Jean Valmont', kind: 'person', cue: 'Selon' }],
  // Verbs that report with a noun object, in the main clause only.
  ['"a annoncé [un nom]" reports', "La Marine a annoncé lundi la poursuite des exercices près de l'île.", { source: 'Marine', kind: 'organization', cue: 'a annoncé' }],
  ['"les forces armées ont annoncé que"', "Les forces armées ont annoncé qu'elles organiseraient des exercices à balles réelles.", { source: 'forces armées', kind: 'government', cue: 'ont annoncé' }],
  ['"ont exprimé leur indignation"', 'Les dirigeants occidentaux ont exprimé leur indignation après la frappe.', { source: 'dirigeants occidentaux', kind: 'person', cue: 'ont exprimé' }],
  ['", a-t-il fait valoir,"', "Jean Valmont a déclaré que le contrat était signé. Il ne suffit pas de promettre, a-t-il fait valoir, il faut payer.", { source: 'Jean Valmont', kind: 'person', cue: 'a-t-il fait valoir' }],
  // "la même source" is the source named before; a relative pronoun ends a source phrase; "un membre de X" is unnamed.
  ['"d\'après la même source" is the source named before', "Selon Reuters, le cargo a quitté le port. Quarante soldats seront déployés, d'après la même source.", { source: 'Reuters', kind: 'media', cue: "d'après" }],
  ['"un rapport dont ..." ends at "dont"', "La direction était au courant, selon un rapport accablant dont le magazine a eu connaissance.", { source: 'rapport accablant', kind: 'vague', cue: 'selon' }],
  ['"un membre du groupe X" is an unnamed person', "Un membre du groupe de pirates a déclaré que les données étaient authentiques.", { source: 'membre du groupe', kind: 'anonymous', cue: 'a déclaré' }],
  // The noun phrase after a French cue when no known source stands there.
  ['", explique l\'hydrologue" after a quotation', "« Ça tuerait le lac », explique l'hydrologue.", { source: 'hydrologue', kind: 'person', cue: 'explique' }],
  ['"selon l\'Anbi": a name nobody knows', "Le lac aurait besoin de deux milliards de mètres cubes d'eau, selon l'Anbi.", { source: 'Anbi', kind: 'organization', cue: 'selon' }],
  ['"selon les chroniqueurs," not the office named after the comma', 'La crise, selon les chroniqueurs, est la seule occasion pour le premier ministre de se relever.', { source: 'chroniqueurs', kind: 'vague', cue: 'selon' }],
  ['"», s\'alarme-t-il" is the previous speaker', "Paul Girard a déclaré que la sécheresse durait. « On en parle déjà depuis vingt jours », s'alarme-t-il.", { source: 'Paul Girard', kind: 'person', cue: "s'alarme" }],
  ['"», précisait ensuite le texte": an adverb before the speaker', "« Le site a été démantelé », précisait ensuite le texte.", { source: 'texte', kind: 'person', cue: 'précisait' }],
  ['", a indiqué dans un communiqué le commandement": the channel is not the speaker', "« Les exercices continuent », a indiqué lundi dans un communiqué le commandement régional.", { source: 'commandement régional', kind: 'person', cue: 'a indiqué' }],
  ['a clitic and an initial: "», lui a lancé D. Trump"', "« Ne cédez pas », lui a lancé D. Trump.", { source: 'Donald Trump', kind: 'person', cue: 'a lancé' }],
  ['"selon l\'un des participants de X" is an unnamed person', "Selon l'un des participants de RaHDit, le groupe obtient les données en temps réel.", { source: 'participants de RaHDit', kind: 'anonymous', cue: 'Selon' }],
  // Source nouns of data/lexicon/source-nouns.json: an organisation, an outlet, a group of experts, a study.
  ['"selon l\'organisation" at the end of the sentence', "Six décès sur dix n'ont pas été enregistrés, selon l'organisation.", { source: 'organisation', kind: 'organization', cue: 'selon' }],
  ['"selon l\'administration X"', "Les exercices devaient s'achever dimanche, selon l'administration de la sûreté maritime.", { source: 'administration de la sûreté maritime', kind: 'organization', cue: 'selon' }],
  ['", résume le magazine allemand" after a quotation', "« Ils ont menti au Parlement », résume le magazine allemand.", { source: 'magazine allemand', kind: 'media', cue: 'résume' }],
  ['"des chercheurs" are a vague group', 'Selon des chercheurs, le glacier a perdu un tiers de sa masse.', { source: 'chercheurs', kind: 'vague', cue: 'Selon' }],
  ['"according to a study" is a document', 'According to a new study, the glacier lost a third of its mass.', { source: 'new study', kind: 'document', cue: 'According to' }],
  ['"a répété que" is a frame', 'Le ministre a répété que le pays ne paierait pas la dette.', { source: 'ministre', kind: 'person', cue: 'a répété' }],
  ['the addressee of a warning is not a relay', 'Moscou a averti Washington, prévenant que les Etats-Unis paieraient le prix fort.', { source: 'Moscou', kind: 'government', cue: 'a averti', via: [] }, 'via = ["Washington"]: "prévenant" takes the nearest name before it, the addressee, as a second source'],
  // English
  ['"according to X"', 'According to the Financial Times, the merger will be announced on Friday.', { source: 'Financial Times', kind: 'media', cue: 'According to' }],
  ['a participle\'s clause between the subject and "said"', 'Trump, speaking to a veterans group in Virginia, said he would order a review of the defenses.', { source: 'Donald Trump', kind: 'person', cue: 'said' }],
  ['"they say" is the nearest group, not a person named earlier', "Jane Doe's new plan is vague, labor experts say, with a clause they say could exclude most workers.", { source: 'experts', kind: 'vague', cue: 'say' }],
  ['"North Korea\'s claims" is a noun, not a verb of saying', "Though it is hard to assess North Korea's claims about the test, experts say it shows the regime's resolve.", { source: 'experts', kind: 'vague', cue: 'say' }],
  ['"he noted": a person speaks, whatever the verb\'s weakness', 'Senator Jane Doe visited the islands. Crops are withering in the Marshall Islands, she noted.', { source: 'Senator Jane Doe', kind: 'person', cue: 'noted' }],
  ['a closing frame reports the verbs of saying before it', 'Clinton had told police officials that she did not want the escort, the source added.', { source: 'source', kind: 'anonymous', cue: 'added' }],
  ['"X said that"', 'The minister said that the border would reopen on Monday.', { source: 'minister', kind: 'person', cue: 'said' }],
  ['"X told reporters that"', 'Sarah Klein told reporters that the deal was dead.', { source: 'Sarah Klein', kind: 'person', cue: 'told' }],
  ['"X reported that"', 'Reuters reported that the tanker had switched off its transponder.', { source: 'Reuters', kind: 'media', cue: 'reported' }],
  ['", the minister said" after a quotation', '"We will not back down on steel tariffs," the minister said.', { source: 'minister', kind: 'person', cue: 'said' }],
  ['", officials said" at the end', 'Ports will stay closed until Thursday, officials said.', { source: 'officials', kind: 'anonymous', cue: 'said' }],
  ['"Officials said" without "that"', 'Officials said the storm had killed at least twelve people.', { source: 'Officials', kind: 'anonymous', cue: 'said' }],
  ['"a NATO spokesperson said" speaks for NATO', 'A NATO spokesperson said the drills would continue.', { source: 'NATO spokesperson', kind: 'organization', entity: 'NATO' }],
  ['a named spokeswoman is the person', 'Lisa Moreau, a spokeswoman for the European Commission, said that talks would resume.', { source: 'Lisa Moreau', kind: 'person', cue: 'said' }],
  // English: subject-first after a quotation, inverted, pronouns, appositions, bare noun phrases
  ['"X said." after a quotation', '"The budget will be balanced by next spring," Mr. Dalworth said.', { source: 'Mr. Dalworth', kind: 'person', cue: 'said' }],
  ['"said Mr. X" inverted after a quotation', '"We have no plans to close the plant," said Mr. Dalworth.', { source: 'Mr. Dalworth', kind: 'person', cue: 'said' }],
  ['"said a title and name" inverted', '"The plant stays open through the winter," said Rep. Mona Treadwell.', { source: 'Rep. Mona Treadwell', kind: 'person', cue: 'said' }],
  ['"he said" is the speaker named before', 'Kevin Arbogast said the levee held overnight. "We were lucky this time," he said.', { source: 'Kevin Arbogast', kind: 'person', cue: 'said' }],
  ['"he said" with no speaker before is the person named before', 'Kevin Arbogast toured the flooded district on Monday. "We were lucky this time," he said.', { source: 'Kevin Arbogast', kind: 'person', cue: 'said' }],
  ['"X says" without "that"', 'The campaign says the new ad will air in six swing states.', { source: 'campaign', kind: 'organization', cue: 'says' }],
  ['a bare plural subject is vague', 'Many economists say the slowdown will last into next year.', { source: 'economists', kind: 'vague', cue: 'say' }],
  ['"X told reporters that"', 'Kevin Arbogast told reporters on Tuesday that the levee would hold.', { source: 'Kevin Arbogast', kind: 'person', cue: 'told' }],
  ['a parenthesis between the name and the verb', '"The deal is dead," Senator Mona Treadwell (D-Ore.) said in a statement.', { source: 'Senator Mona Treadwell', kind: 'person', cue: 'said' }],
  ['"according to the poll" mid-sentence', 'The incumbent leads by six points, according to the poll.', { source: 'poll', kind: 'document', cue: 'according to' }],
  ['"X argued that"', 'Kevin Arbogast argued that the tariffs would hurt farmers most.', { source: 'Kevin Arbogast', kind: 'person', cue: 'argued' }],
  ['"X tweeted" with a colon', 'Kevin Arbogast tweeted: "The vote was rigged from the start."', { source: 'Kevin Arbogast', kind: 'person', cue: 'tweeted' }],
  ['a participle takes the subject of the sentence', 'A federal judge closed the hearing on Friday, saying the court had no business in the matter.', { source: 'federal judge', kind: 'person', cue: 'saying' }],
  ['"N percent said" in a poll', 'Of the voters surveyed, 63 percent said the economy was their first concern.', { source: '63 percent', kind: 'vague', cue: 'said' }],
];

describe('attribution (through analyzeClaims)', () => {
  for (const [name, text, want, todo] of rows) {
    it(name, todo ? { todo } : {}, () => {
      const { claims, entityName } = claimsOf(text);
      const last = claims[claims.length - 1];
      const a = last?.attribution;
      assert.ok(a, show(last));
      assert.deepEqual([a.source.name, a.source.kind], [want.source, want.kind], show(last));
      if (want.cue !== undefined) assert.equal(a.cue, want.cue, show(last));
      if (want.entity !== undefined) assert.equal(entityName(a.source.entity), want.entity, show(last));
      if (want.via !== undefined) assert.deepEqual(a.via ?? [], want.via, show(last));
    });
  }
});

// [what the row shows, article text]: statements no one is said to vouch for.
const unattributed: [string, string][] = [
  ['a plain statement', 'Les prix du gaz baisseront cet hiver.'],
  ['a verb of saying inside a quotation', '« Le ministre a déclaré que tout allait bien », ironise le titre du journal.'],
  ['"ajoutant" that adds a thing, not a statement', 'La tempête a touché la côte, ajoutant une dimension humanitaire à la crise.'],
  ['an English plain statement', 'The storm made landfall near Tampa on Wednesday.'],
  ['"the United States" is no verb "states"', 'The United States shipped grain to the port in March.'],
  ['a French verb form in an English word ("contestant")', 'The contestant won a car and a trip to the coast.'],
  ['a participle "accused of" is no attribution', 'The senator defended two men accused of fraud in the nineties.'],
];

describe('attribution: none', () => {
  for (const [name, text] of unattributed) {
    it(name, () => {
      const { claims } = claimsOf(text);
      assert.equal(claims.length, 1);
      assert.equal(claims[0]!.attribution, null, show(claims[0]));
    });
  }
});

describe('English: a time between the subject and the verb', () => {
  it('"X on Wednesday denied" is X\'s denial, not Wednesday\'s', () => {
    const text = "China's foreign ministry on Wednesday denied that it was arming the rebels.";
    const article = { id: 'a_time', text, language: 'en', bodyStart: 0 } as unknown as Article;
    const language = analyzeLanguage([article]);
    const [claim] = analyzeClaims([article], language.entities, language.mentions);
    assert.equal(claim?.modality, 'denied');
    assert.match(claim?.attribution?.source.name ?? '', /ministry/);
  });
});

describe('a noun object in a relative clause reports nothing', () => {
  it('"Pékin et Moscou, qui avaient annoncé un partenariat" has no source', () => {
    const { claims } = claimsOf("Les deux capitales se sont rapprochées, qui avaient annoncé l'an dernier un partenariat illimité.");
    assert.equal(claims.at(-1)?.attribution ?? null, null, show(claims.at(-1)));
  });
});

describe('a verb form after a determiner is a noun', () => {
  it('"sous le feu des critiques" has no source', () => {
    const { claims } = claimsOf('Le groupe Veltrona sous le feu des critiques après la fuite.');
    assert.equal(claims.at(-1)?.attribution ?? null, null, show(claims.at(-1)));
  });
});

describe('a passive participle of a verb with a noun object reports nobody', () => {
  it('"La visite du ministre n\'a pas été annoncée" has no source', () => {
    const { claims } = claimsOf("La visite du premier ministre britannique n'a pas non plus été annoncée officiellement.");
    assert.equal(claims.at(-1)?.attribution ?? null, null, show(claims.at(-1)));
  });
});

describe('source nouns (data/lexicon/source-nouns.json)', () => {
  it('are read by kind, and a bad file is refused with what is wrong', async () => {
    const { parseSourceNouns } = await import('./sources.js');
    const nouns = parseSourceNouns({ source: 's', licence: 'CC0-1.0', nouns: { organization: { fr: ['organisation'], en: ['agency'] }, vague: { fr: ['experts'] } } });
    assert.equal(nouns.get('organisation'), 'organization');
    assert.equal(nouns.get('experts'), 'vague');
    assert.throws(() => parseSourceNouns({ source: 's', licence: 'l', nouns: { crowd: { fr: ['foule'] } } }), /unknown kind/);
    assert.throws(() => parseSourceNouns({ source: 's', licence: 'l', nouns: { vague: { fr: ['Experts'] } } }), /not a lower-case word/);
    assert.throws(() => parseSourceNouns({ nouns: {} }), /"source", "licence"/);
  });
});

describe('a speaker resolved from a pronoun or a role noun keeps its antecedent (dossier 1.3)', () => {
  // [what the row shows, article text, the antecedent's text expected for the last claim (null: none)]
  const rows: [string, string, string | null][] = [
    ['"a-t-il souligné": the person named before', "Le porte-parole Paul Girard a déclaré que les manoeuvres continueraient. « C'est un avertissement », a-t-il souligné.", 'Paul Girard'],
    ['"selon lui": the person named before', 'Jean Valmont a présenté son budget mardi. Selon lui, le déficit baissera dès 2027.', 'Jean Valmont'],
    ['"l\'officiel": the unnamed official named before', "Un officiel européen a déclaré que les quotas resteraient fixés. « Nous ne céderons pas », a ajouté l'officiel.", 'Un officiel européen'],
    ['"he said": the person named before', 'Mayor Tom Reeve opened the bridge on Monday. It will carry trucks from May, he said.', 'Mayor Tom Reeve'],
    ['a source named in the sentence itself has no antecedent', 'Selon Reuters, le cargo transportait des céréales ukrainiennes.', null],
    ['a person named after the last speaker\'s sentence is nearer to "il" than that speaker', "Le maire a déclaré que la digue tiendrait. Comme ses voisins, Marc Levasseur cultive du riz. « Nous n'avons plus d'eau », explique-t-il.", 'Marc Levasseur'],
  ];
  for (const [name, text, want] of rows) {
    it(name, () => {
      const { claims } = claimsOf(text);
      const last = claims[claims.length - 1];
      assert.ok(last?.attribution, show(last));
      const span = last.attribution.antecedent;
      assert.equal(span ? text.slice(span.start, span.end) : null, want, show(last));
    });
  }
});
