// Words that are never names on their own, though a sentence or a heading may capitalise them.
// French and English determiners, pronouns, prepositions, conjunctions, frequent adverbs and sentence openers.
// Ambiguous on purpose: "Il" is also a first name and "Bien" a surname; as the first word of a sentence, they are words.

const FRENCH = `le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
il ils elle elles on nous vous je tu j y en se s qui que qu quoi dont où lequel laquelle lesquels celui celle ceux celles
ceci cela ça tout tous toute toutes chaque plusieurs certains certaines aucun aucune autre autres même mêmes tel telle
et ou mais donc or ni car si comme lorsque quand puisque alors ainsi aussi pourtant cependant toutefois néanmoins enfin
à dans par pour sur sous avec sans chez vers entre contre depuis pendant avant après selon malgré parmi dès jusqu hors
ne pas plus moins très trop peu bien mal déjà encore toujours jamais souvent ici là aujourd hier demain maintenant
oui non voici voilà peut être était sont est a ont fait c qu est-ce parallèlement récemment également notamment
en outre outre enfin premier première deuxième dernier dernière seul seule seuls seules certes selon d'après face
cette dans depuis désormais dorénavant lors lorsqu puis ensuite d'abord tandis bref sinon soit voire quant
quelque quelques quel quelle quels quelles combien pourquoi comment reste mardi lundi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre président ministre
état etat gouvernement occidentaux occidental occidentale`;

const ENGLISH = `the a an this that these those my your his her its our their he she it they we you i me him them us
who whom whose which what where when why how and or but nor so yet for if as because while although though since unless
in on at by with without from to into onto of off over under about after before between against during through among
not no yes very too also only just even still already always never often here there now then today yesterday tomorrow
is are was were be been being has have had do does did will would shall should may might can could must
meanwhile however moreover furthermore therefore thus indeed instead besides nevertheless according first second last
one some any each every all both either neither other another such many much more most few several
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december president minister`;

/** Lower-cased function words of French and English. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`${FRENCH} ${ENGLISH}`.split(/\s+/).filter(Boolean));

/** Words that join the parts of a name: "Corée du Nord", "Bank of America", "Abu Bakr al-Baghdadi". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd’', "d'", 'la', 'le', 'of', 'the', 'al', 'el', 'von', 'van', 'der', 'bin', 'ben', 'y']);

/** Capitalised particles inside a person's name after the first name: "Marine Le Pen", "Charles De Gaulle", "Vincent Van Gogh". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'du', 'des', 'van', 'von', 'di', 'da', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'al', 'el', 'abu', 'ter', 'ten', 'mac', 'st']);

/** Titles written before a name, capitalised in English: "Secretary General Jens Stoltenberg", "Foreign Minister Wang Yi". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(`president président presidente prime premier minister ministre
secretary secrétaire general général generale foreign defence defense deputy vice chancellor chancelier spokesman
spokeswoman spokesperson porte-parole ambassador ambassadeur admiral amiral colonel captain capitaine commander
commandant lieutenant sergeant senator sénateur sen rep representative governor gouverneur mayor maire king roi
queen reine prince princesse pope pape sheikh cheikh chairman chair ceo director directeur chief chef
leader dirigeant sir lord lady dame mr mrs ms dr pr state`.split(/\s+/));

/** Words inside a name that say it is an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set(`group groupe corporation corp inc ltd llc plc sa sas gmbh ag jsc pjsc oao ojsc
company co compagnie société industry entreprise industries industrie holding holdings bank banque fund fonds
agency agence ministry ministère department département office bureau council conseil committee comité commission
institute institut université university academy académie center centre foundation fondation association
party parti union alliance front army armée forces force navy marine guard garde police service services
times post news express journal beacon tribune herald gazette daily press presse tv radio télévision media médias
airlines aerospace defense defence technologies technology systems electronics motors works plant usine
état états etat etats`.split(/\s+/));

/** Words inside a name that say it is an event. */
export const EVENT_WORDS: ReadonlySet<string> = new Set(`guerre war sommet summit conférence conference exercice exercise
opération operation révolution revolution crise crisis jeux games forum olympiques championnat championship élection élections election`.split(/\s+/));

/** Nouns that, just before a capitalised word, say it names a product: "le drone Garpiya", "missile Kinjal". */
export const PRODUCT_CUES: ReadonlySet<string> = new Set(`drone drones modèle model missile missiles avion avions aircraft jet
char chars tank tanks système system systems hélicoptère helicopter navire ship frégate frigate sous-marin submarine
fusil rifle obus shell roquette rocket lanceur launcher radar appelé baptisé called named`.split(/\s+/));

/** Nouns that, just before a capitalised word, say it names an organisation: "la société Xiamen Limbach". */
export const ORG_CUES: ReadonlySet<string> = new Set(`société entreprise firme groupe filiale compagnie constructeur fabricant
agence journal quotidien hebdomadaire site chaîne média company firm subsidiary manufacturer maker agency newspaper outlet
website channel broadcaster parti mouvement syndicat party movement`.split(/\s+/));

/** Prepositions that make a capital a place, not its government: "à Moscou" (the city), "Moscou a démenti" (the state). */
/** Prepositions right before a name that make it a place: "à Krementchouk", "en Lombardie", "in Pingtung". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'en', 'près', 'in', 'near']);

/** Nouns of places before "de"/"of" and a name: "la région de Pingtung", "the province of Idlib". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['région', 'ville', 'province', 'département', 'commune', 'village', 'quartier', 'île', 'canton', 'oblast', 'district', 'region', 'city', 'town', 'province', 'county', 'village', 'island', 'district']);

export const LOCATIVES: ReadonlySet<string> = new Set(['à', 'au', 'aux', 'en', 'in', 'at', 'near', 'près', 'vers', 'to', 'into', 'from', 'depuis', 'via', 'outside', 'inside', 'towards', 'toward']);
