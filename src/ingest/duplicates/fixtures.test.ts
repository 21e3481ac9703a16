// Hand-written texts shared by the duplicate tests (named *.test.ts so the build leaves them out; it holds no tests).

/** A French news story, the "original" most rows start from. */
export const STORY =
  'Le ministère des Armées a confirmé mardi qu’une série de frappes de drones avait visé plusieurs dépôts de ' +
  'carburant près de la frontière. Selon un communiqué publié en fin de matinée, les appareils ont été interceptés ' +
  '« pour la plupart » par la défense aérienne, mais deux entrepôts ont été touchés et un incendie s’est déclaré ' +
  'dans la zone industrielle. Aucune victime n’a été signalée à ce stade, a précisé la préfecture, qui a demandé ' +
  'aux habitants de rester chez eux jusqu’à nouvel ordre.\n\nLes pompiers ont mobilisé une soixantaine d’hommes et ' +
  'une dizaine de véhicules pour circonscrire le sinistre. Le porte-parole du gouvernement a dénoncé une « escalade ' +
  'délibérée » et annoncé une réunion du conseil de défense dans la soirée. D’après des experts interrogés par ' +
  'l’agence, les drones utilisés appartiendraient à une nouvelle génération d’engins à longue portée, capables de ' +
  'parcourir plus de mille kilomètres. L’état-major n’a pas souhaité commenter ces informations.';

/** STORY with straight quotes, other line breaks, no-break spaces and a capital letter: the same normalised text. */
export const STORY_RETYPED = STORY.replace(/’/g, "'")
  .replace(/« /g, '"')
  .replace(/ »/g, '"')
  .replace(/\. /g, '.\n\n   ')
  .replace('mardi', 'MARDI')
  .replace('de la frontière', 'de\u00a0la\tfrontière');

/** A reader-comment thread a republishing site left under the copied story. */
export const COMMENTS =
  '\n\n14 commentaires\n\nMarcel75 : C’est inadmissible, que fait le gouvernement depuis des mois ? On nous ' +
  'promet des systèmes de défense qui ne marchent jamais.\n\nSylvie_B : Il faudrait surtout savoir qui fournit ces ' +
  'engins, personne ne pose la question dans les grands médias.\n\nJeanPaul : Encore une fois les habitants paient ' +
  'les pots cassés, solidarité avec les pompiers qui font un travail remarquable dans des conditions pareilles.';

/** STORY with four words changed, as a rewriting desk would. */
export const STORY_EDITED = STORY.replace('mardi', 'ce mardi')
  .replace('une soixantaine', 'près de soixante')
  .replace('dans la soirée', 'mardi soir')
  .replace('plus de mille', 'au moins mille');

/** The same facts as STORY, with the same names, told in different sentences. */
export const STORY_RETOLD =
  'Plusieurs dépôts de carburant situés près de la frontière ont été visés mardi par des drones, a indiqué le ' +
  'ministère des Armées. La défense aérienne en a abattu la majorité, d’après les autorités, mais un incendie s’est ' +
  'déclaré après que deux bâtiments ont été atteints dans la zone industrielle. La préfecture n’a fait état ' +
  'd’aucun blessé et invite la population à ne pas sortir. Une soixantaine de pompiers sont engagés sur place. ' +
  'Dénonçant une escalade délibérée, le porte-parole du gouvernement a indiqué qu’un conseil de défense se ' +
  'tiendrait le soir même. Il s’agirait, selon des spécialistes, de drones de nouvelle génération dont la portée ' +
  'dépasse mille kilomètres. Sollicité, l’état-major n’a pas réagi.';

/** A short English brief. */
export const BRIEF =
  'The central bank left its benchmark rate unchanged at 4.5 percent on Thursday, citing persistent inflation in ' +
  'services and a labour market that remains tighter than policymakers had expected at the start of the year.';

/** A long English article with BRIEF as its second paragraph. */
export const LONG_WITH_BRIEF =
  'Markets barely moved after the announcement, which economists had widely anticipated in surveys conducted over ' +
  'the previous fortnight, although bond yields edged lower in late trading.\n\n' +
  BRIEF +
  '\n\nThe governor told reporters that the committee would not hesitate to act if price pressures failed to ease, ' +
  'but declined to say whether a cut remained possible before the summer. Two members voted for an immediate ' +
  'reduction, arguing that the economy was already slowing and that waiting risked a sharper downturn later. ' +
  'Retailers and home builders have lobbied for lower borrowing costs for months, pointing to weak sales and a ' +
  'growing number of cancelled projects across the northern regions.';
