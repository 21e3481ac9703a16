// Attribution and modality cues of French and English news, as named tables. Each entry carries the example it is for.
// Matching is on lower-cased text, accents kept; word boundaries are Unicode-aware (see compile()).

/** A verb of saying or reporting: its forms, and whether it reports a denial. */
export interface ReportingVerb {
  readonly lemma: string;
  readonly lang: 'fr' | 'en';
  /** Regex source of its finite, participle and compound forms. */
  readonly forms: string;
  readonly denial?: boolean;
  /** Verbs whose subject is often not a source ("les preuves montrent"): a known source must stand before them. */
  readonly weak?: boolean;
  /** French verbs that report a statement with a noun object, no "que" needed ("a annoncé la poursuite des
   *  exercices", "ont dénoncé les revendications", "ont exprimé leur indignation"). */
  readonly object?: boolean;
}

// French verbs: stem + endings of the present, past participle, imperfect, passé simple, participle and conditional.
const fr = (lemma: string, stem: string, extra = '', flags: Partial<ReportingVerb> = {}): ReportingVerb => ({
  lemma,
  lang: 'fr',
  forms: [stem ? `(?:${stem})(?:e|es|ent|é|ée|és|ées|ait|aient|ant|a|èrent|erait|eraient)` : '', extra].filter(Boolean).join('|'),
  ...flags,
});
const en = (lemma: string, forms: string, flags: Partial<ReportingVerb> = {}): ReportingVerb => ({ lemma, lang: 'en', forms, ...flags });

/** Verbs of saying and reporting. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  fr('déclarer', 'déclar'), // "a déclaré que"
  fr('affirmer', 'affirm'), // "Des sources internes affirment que"
  fr('indiquer', 'indiqu', '', { weak: true }),
  fr('ajouter', 'ajout'), // ", a ajouté l'officiel"
  fr('rapporter', 'rapport'), // "Reuters a rapporté que"
  fr('annoncer', 'annonç|annonc', '', { object: true }),
  fr('expliquer', 'expliqu'),
  fr('préciser', 'précis'),
  fr('souligner', 'soulign'),
  fr('assurer', 'assur'),
  fr('confirmer', 'confirm', '', { weak: true }),
  fr('révéler', 'révél|révèl', '', { weak: true }), // "les médias américains ont révélé"
  fr('informer', 'inform'), // "a informé le ministère qu'elle pouvait"
  fr('suggérer', 'suggér|suggèr', '', { weak: true }), // "Un nouveau rapport suggère que"
  fr('montrer', 'montr', '', { weak: true }), // "comme le montrent les documents"
  fr('avertir', 'avert', 'avertit|avertissent|averti|avertissait|avertissant'),
  fr('estimer', 'estim'),
  fr('rappeler', 'rappel|rappell'),
  fr('signaler', 'signal'),
  fr('écrire', 'écriv', 'écrit|écrivent|écrivait'),
  fr('dire', 'dis', 'dit|disent|disait|disaient|disant'),
  fr('reconnaître', 'reconnaiss', 'reconnaît|reconnait|reconnu|reconnue'),
  fr('admettre', 'admett', 'admet|admis|admise'),
  fr('accuser', 'accus'),
  fr('prévenir', 'préven', 'prévient|préviennent|prévenu|prévenait|prévenant'),
  fr('mettre en garde', '', 'met en garde|mettent en garde|mis en garde|mettait en garde|mettant en garde'),
  fr('faire état', '', 'fait état|font état|faisait état|faisant état|feraient état|ferait état'),
  fr('répéter', 'répét|répèt'), // "Le ministre a répété que"
  fr('réitérer', 'réitér|réitèr'),
  fr('insister', 'insist'),
  fr('dénoncer', 'dénonç|dénonc', '', { object: true }),
  fr('promettre', 'promett', 'promet|promis|promise'),
  fr('résumer', 'résum'), // "», résume le magazine"
  fr('commenter', 'comment'), // "», a commenté la première ministre"
  fr('poursuivre', 'poursuiv', 'poursuit|poursuivi|poursuivie'), // "», a-t-elle poursuivi"
  fr('analyser', 'analys'), // "», analyse la chercheuse"
  fr('observer', 'observ'),
  fr('juger', 'jug', 'juge|jugent|jugeait|jugeant'), // "la Chine juge que"
  fr('considérer', 'considér|considèr'),
  fr('raconter', 'racont'), // "», raconte un ancien cadre"
  fr('confier', 'confi'), // "», a confié le ministre"
  fr('constater', 'constat'),
  fr('conclure', '', 'conclut|concluent|conclu|conclue|concluait|concluant'),
  fr('répondre', '', 'répond|répondent|répondu|répondait|répondant'),
  fr('marteler', 'martel|martèl'),
  fr('fustiger', 'fustig', 'fustige|fustigent|fustigeait|fustigeant'),
  fr('plaider', 'plaid'),
  fr('détailler', 'détaill'),
  fr('renchérir', '', 'renchérit|renchéri|renchérissent'),
  fr('regretter', 'regrett'),
  fr('qualifier', 'qualifi'), // "a qualifié de « disproportion totale »"
  fr('faire valoir', '', 'fait valoir|font valoir|faisait valoir|faisant valoir'), // ", a-t-il fait valoir,"
  fr('s\'alarmer', 's[\'’]alarm'), // "», s'alarme-t-il"
  fr('continuer', 'continu'), // "», continue-t-il"
  fr('conseiller', 'conseill'), // "», a-t-il conseillé"
  fr('lancer', 'lanc|lanç'), // "Ne cédez pas », lui a lancé le président"
  fr('noter', 'not', '', { weak: true }), // "comme Bloomberg l'a noté"
  fr('s\'inquiéter', 's[\'’]inquiét|s[\'’]inquièt'), // "», s'inquiète la maire"
  fr('réclamer', 'réclam', '', { object: true }), // "Zelensky réclame des armes"
  fr('exprimer', 'exprim', '', { object: true }), // "ont exprimé leur indignation"
  fr('critiquer', 'critiqu', '', { object: true }),
  fr('condamner', 'condamn', '', { object: true }),
  fr('saluer', 'salu', '', { object: true }),
  fr('nier', 'ni', 'nie|nient|nié|niait|niaient|niant', { denial: true }), // "elle nie fournir"
  fr('démentir', 'dément', 'dément|démentent|démenti|démentie|démentait|démentant', { denial: true }),
  fr('rejeter', 'rejet|rejett', '', { denial: true }), // "rejette les accusations"
  fr('réfuter', 'réfut', '', { denial: true }),
  fr('contester', 'contest', '', { denial: true }),
  en('say', 'said|says|say|saying'),
  en('tell', 'told|tells|telling'),
  en('state', 'stated|states'),
  en('report', 'reported|reports'),
  en('announce', 'announced|announces'),
  en('add', 'added|adds'),
  en('claim', 'claimed|claims'),
  en('warn', 'warned|warns'),
  en('confirm', 'confirmed|confirms', { weak: true }),
  en('reveal', 'revealed|reveals', { weak: true }),
  en('write', 'wrote|writes'),
  en('explain', 'explained|explains'),
  en('note', 'noted|notes', { weak: true }),
  en('insist', 'insisted|insists'),
  en('acknowledge', 'acknowledged|acknowledges|admitted|admits'),
  en('show', 'showed|shows|show', { weak: true }),
  en('suggest', 'suggested|suggests', { weak: true }),
  en('accuse', 'accused|accuses'),
  en('argue', 'argued|argues|arguing'), // "Critics argue that"
  en('tweet', 'tweeted|tweets'),
  en('contend', 'contended|contends'),
  en('assert', 'asserted|asserts'),
  en('maintain', 'maintained|maintains', { weak: true }),
  en('declare', 'declared|declares', { weak: true }),
  en('predict', 'predicted|predicts'),
  en('vow', 'vowed|vows'),
  en('promise', 'promised|promises', { weak: true }),
  en('allege', 'alleges|alleged', { weak: true }),
  en('point out', 'pointed out|points out'),
  en('recall', 'recalled|recalls', { weak: true }),
  en('concede', 'conceded|concedes'),
  en('complain', 'complained|complains'),
  en('emphasize', 'emphasized|emphasizes|stressed|stresses'),
  en('remark', 'remarked|remarks'),
  en('reply', 'replied|replies|responded|responds', { weak: true }),
  en('testify', 'testified|testifies'),
  en('disclose', 'disclosed|discloses', { weak: true }),
  en('indicate', 'indicated|indicates', { weak: true }),
  en('estimate', 'estimated|estimates', { weak: true }),
  en('find', 'found|finds', { weak: true }),
  en('deny', 'denied|denies|deny|denying', { denial: true }),
  en('reject', 'rejected|rejects|rejecting', { denial: true }),
  en('dismiss', 'dismissed|dismisses', { denial: true }),
  en('refute', 'refuted|refutes', { denial: true }),
];

/** Auxiliaries of compound forms: "a déclaré", "ont rapporté", "avait annoncé", "has said". */
export const AUXILIARIES = /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|a-t-il|a-t-elle|ont-ils|has|have|had)$/;

/** Prepositional cues: the source follows. */
export const ACCORDING_TO = /\b(selon|d['’]après|according to|citing|cité(?:e|s|es)? par|confirmé(?:e|s|es)? par|rapporté(?:e|s|es)? par|quoted by|cited by)\s+/giu;

/** "comme le montrent les documents", "as the documents show": the source follows. */
export const AS_SHOWN_BY = /\b(?:comme l['’]|comme (?:le|la|les)\s+|as\s+(?:the\s+)?)?(?:montrent|montre|indique|indiquent|affirme|affirment|rapporte|rapportent|révèle|révèlent|souligne|soulignent|explique|expliquent)\s+(?=(?:le|la|les|l['’]|un|une|des)\b)/giu;

/** "selon ce qui a été rapporté dans les médias": the source is after "dans" / "par". */
export const ACCORDING_TO_REPORTED = /\bselon ce qui a été (?:rapporté|publié|indiqué|annoncé|dit)\s+(?:dans|par)\s+/giu;

/** A cleft that re-attributes the sentence before: "C'est ce qu'affirme le Times", "C'est ce que rapporte Reuters". */
export const CLEFT = /^c['’]est ce qu(?:e\s+|['’])\s*(?:affirme|affirment|rapporte|rapportent|indique|indiquent|écrit|écrivent|révèle|révèlent|dit|disent|assure|assurent|estime|estiment)\s+/iu;

/** Nouns of denial whose owner is the source: "les démentis officiels de Pékin", "China's denials". */
export const DENIAL_NOUNS = /\b(démentis?|dénégations?|denials?|rejet)\b/iu;

/** A negation just before a denial word undoes it: "n'a pas démenti", "did not deny". */
export const NEGATED = /(?:\bn['’](?:a|ont|avait|avaient)\s+(?:pas|jamais)|\bne\s+\S+\s+(?:pas|jamais)|\bnot|n['’]t|\bnever)\s*$/iu;


/** Words of denial anywhere in a claim: they make it a denial. */
// Word edges are Unicode-aware: "\b" is ASCII-only, so "nié " or "rejeté " would never end a word.
export const DENIAL_WORDS = /(?<![\p{L}\p{N}])(nie|nient|nié|niant|dément|démentent|démenti|démentis|démentait|dénégations?|rejette|rejettent|rejeté|réfute|conteste|prétend ne pas être au courant|denied|denies|deny|denial|rejects|rejected|dismissed|refuted)(?![\p{L}\p{N}])/iu;

/** Hedges: the statement is presented as uncertain. "Il semble que", "pourrait", "des spéculations". */
export const HEDGES = /(?<![\p{L}\p{N}])(il semble(?:rait)? que|semble(?:nt)?|semblait|pourrait|pourraient|devrait|devraient|peut-être|probablement|possiblement|vraisemblablement|apparemment|(?<!aucun\s)sans doute|spéculations?|rumeurs?|selon les estimations|il est possible que|could|appears?|appeared|seems?|seemed|possibly|probably|likely|speculation|rumou?rs?)(?![\p{L}\p{N}])/iu;

/** An impersonal report, no source named: "il a été rapporté que", "on rapporte que", "it was reported that". */
export const IMPERSONAL_REPORT = /(?<![\p{L}\p{N}])(?:il\s+(?:a\s+été|avait\s+été|est)\s+(?:rapporté|signalé|annoncé|indiqué|affirmé|rappelé)\s+qu|on\s+(?:rapporte|apprend|affirme|dit)\s+qu|it\s+(?:was|has\s+been|had\s+been|is)\s+(?:reported|claimed|alleged|announced)\s+that)/iu;

/** English modals as hedges, in lower case only: "May" is also a month and a name. */
export const MODAL_HEDGES = /\b(?:may|might)\b/u;

/** English distance markers that work like the French journalistic conditional. */
export const EN_CONDITIONAL = /\b(allegedly|reportedly|is said to|are said to|was said to|were said to|purportedly|supposedly)\b/iu;

/** Words ending like a conditional that are not verbs. */
export const NOT_CONDITIONAL: ReadonlySet<string> = new Set(['portrait', 'retrait', 'extrait', 'attrait', 'trait', 'abstrait', 'distrait', 'soustrait', 'parfait', 'portraits', 'retraits', 'extraits', 'traits']);

/** Subjects of a hypothesis, not of an unconfirmed report: "Cela permettrait", "ce qui pourrait". */
export const HYPOTHESIS_SUBJECT = /\b(cela|ceci|ça|ce qui|ce qu['’]|si)\s+(?:\S+\s+){0,2}$/iu;

/** Modal verbs in the conditional: a hedge, not the journalistic conditional. */
export const MODAL_CONDITIONAL = /^(pourrait|pourraient|devrait|devraient|voudrait|voudraient|faudrait)$/i;
