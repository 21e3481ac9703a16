// Attribution and modality cues of French and English news, as named tables. Each entry carries the example it is for.
// Matching is on lower-cased text, accents kept; word boundaries are Unicode-aware (see compile()).
import { readFileSync } from 'node:fs';
import { termList, termPattern } from '../../core/terms.js';

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
const FRENCH_ENDINGS = '(?:e|es|ent|é|ée|és|ées|ait|aient|ant|a|èrent|erait|eraient)';
const FILE = 'data/lexicon/reporting-verbs.json';

/** Reads and checks data/lexicon/reporting-verbs.json (a bad entry stops the load with the file and the verb at fault). */
export function parseReportingVerbs(raw: unknown, file = FILE): ReportingVerb[] {
  const o = (raw ?? {}) as Record<string, unknown>;
  const out: ReportingVerb[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const list = o[lang];
    if (!Array.isArray(list) || list.length === 0) throw new Error(`lexicon: ${file} "${lang}" must be a list of verbs`);
    for (const [i, e] of (list as Record<string, unknown>[]).entries()) {
      const where = `${file} ${lang}[${i}]`;
      if (typeof e?.['lemma'] !== 'string' || !e['lemma']) throw new Error(`lexicon: ${where} needs a "lemma"`);
      const unknown = Object.keys(e).filter((k) => !['lemma', 'stems', 'forms', 'weak', 'object', 'denial', 'example'].includes(k));
      if (unknown.length) throw new Error(`lexicon: ${where} ("${e['lemma']}"): unknown field "${unknown[0]}"`);
      const stems = lang === 'fr' && Array.isArray(e['stems']) && e['stems'].length ? termList(e['stems'], `${where}.stems`) : [];
      const forms = Array.isArray(e['forms']) && e['forms'].length ? termList(e['forms'], `${where}.forms`) : [];
      if (stems.length + forms.length === 0) throw new Error(`lexicon: ${where} ("${e['lemma']}") has no stems and no forms`);
      const alternatives = [stems.length ? `(?:${stems.map(termPattern).join('|')})${FRENCH_ENDINGS}` : '', ...forms.map(termPattern)].filter(Boolean);
      out.push({
        lemma: e['lemma'],
        lang,
        forms: alternatives.join('|'),
        ...(e['weak'] === true ? { weak: true } : {}),
        ...(e['object'] === true ? { object: true } : {}),
        ...(e['denial'] === true ? { denial: true } : {}),
      });
    }
  }
  return out;
}

/** Verbs of saying and reporting (data/lexicon/reporting-verbs.json). */
export const REPORTING_VERBS: readonly ReportingVerb[] = parseReportingVerbs(JSON.parse(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8')));

/** Auxiliaries of compound forms: "a déclaré", "ont rapporté", "avait annoncé", "has said". */
export const AUXILIARIES = /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|a-t-il|a-t-elle|ont-ils|has|have|had)$/;

/** Prepositional cues: the source follows. */
export const ACCORDING_TO = /\b(selon|d['’]après|according to|citing|cité(?:e|s|es)? par|confirmé(?:e|s|es)? par|rapporté(?:e|s|es)? par|quoted by|cited by|reported by|confirmed by)\s+/giu;

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
export const DENIAL_WORDS = /(?<![\p{L}\p{N}])(nie|nient|nié|niée|niés|niées|niant|dément|démentent|démenti|démentie|démentis|démenties|démentait|dénégations?|rejette|rejettent|rejeté|rejetée|rejetés|rejetées|réfute|réfuté|réfutée|réfutés|réfutées|conteste|prétend ne pas être au courant|denied|denies|deny|denial|rejects|rejected|dismissed|refuted)(?![\p{L}\p{N}])/iu;

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
