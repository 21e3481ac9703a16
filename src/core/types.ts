// recoupe's data model: plain readonly records that round-trip through JSON.
// Every offset is a half-open UTF-16 span into Article.text, the cleaned text.

/** A half-open span [start, end) of UTF-16 code units in an article's cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What kind of boilerplate a removed piece of text was. */
export type RemovedKind =
  | 'comments' // a reader-comment thread (the comments themselves are also in Article.comments)
  | 'comment-chrome' // "S'abonner", "2 Commentaires", "Le plus récent", ...
  | 'moderation' // moderation and anti-spam notices
  | 'cookie' // cookie and consent notices
  | 'breadcrumb' // "Home » MONDE »"
  | 'caption' // image captions, alt texts, photo credits
  | 'credit' // "Crédit : Al Arabiya" (also kept in Article.credits as a provenance hint)
  | 'teaser' // "Découvrez-le ICI", links to other articles
  | 'related' // "Related Articles" blocks
  | 'share' // social sharing buttons, "Partager"
  | 'newsletter' // subscription calls
  | 'navigation' // menus, headers, footers
  | 'title-repeat' // the title repeated as the first body line
  | 'title-translation' // the title again in another language or script
  | 'metadata-line' // a header line such as "date 2024-09" once read into metadata
  | 'other';

/** A piece of text taken out of the article body, kept so nothing is lost. */
export interface Removed {
  readonly kind: RemovedKind;
  readonly text: string;
  /** The rule that removed it, for the UI to explain. */
  readonly rule: string;
}

/** A reader comment found mixed into the article. */
export interface Comment {
  readonly author: string | null;
  readonly text: string;
}

/** A credit line ("Crédit : Al Arabiya"): a provenance hint for later stages. */
export interface Credit {
  readonly text: string;
  /** The credited name ("Al Arabiya"). */
  readonly name: string;
  /** "photo" when the credit is for an image, "text" otherwise. */
  readonly of: 'text' | 'photo';
}

/** How a metadata value was obtained. */
export interface Evidence {
  /** The rule or field it came from, such as "json-ld:datePublished", "meta:og:title", "header-line", "url". */
  readonly from: string;
  /** The raw value as found. */
  readonly raw: string;
}

/** Where an article came from. */
export interface SourceRef {
  readonly path: string;
  readonly url: string | null;
  /** Position of the item inside a multi-article file (feed, JSONL), else null. */
  readonly item: number | null;
}

/** A passage two articles share, as spans in each. */
export interface SharedPassage {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly otherStart: number;
  readonly otherEnd: number;
}

/** A warning sign on one article. */
export interface Signal {
  readonly name: string;
  readonly score: number;
  readonly flag: boolean;
  readonly explanation: string;
  readonly evidence: readonly (Span & { readonly text: string })[];
}

/** One cleaned article, the unit every later stage works on. */
export interface Article {
  /** Stable id derived from the normalised content ("a_" + 16 hex chars). */
  readonly id: string;
  readonly source: SourceRef;
  readonly title: string;
  readonly titleEvidence: Evidence | null;
  /** ISO 639-1 code ("fr", "en", ...), or "und" when undetermined. */
  readonly language: string;
  /** ISO 8601 at the precision the article gives (YYYY, YYYY-MM, YYYY-MM-DD), or null when it gives none. */
  readonly published: string | null;
  readonly publishedEvidence: Evidence | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** The input's encoding as detected ("utf-8", "utf-16le", "windows-1252", ...). */
  readonly encoding: string;
  /** The cleaned text, headline first: every span in the dossier indexes into it. */
  readonly text: string;
  /** Where the body starts in `text`: text.slice(0, bodyStart) is the headline and its line break (0 when none). */
  readonly bodyStart: number;
  readonly removed: readonly Removed[];
  readonly comments: readonly Comment[];
  readonly credits: readonly Credit[];
  /** Id of the earlier article this one copies, or null. */
  readonly duplicateOf: string | null;
  /** Similarity (0..1) to duplicateOf, or null. */
  readonly similarity: number | null;
  readonly sharedPassages: readonly SharedPassage[];
  readonly signals: readonly Signal[];
}

/** An input that could not be read as an article, with the reason why. */
export interface Rejection {
  readonly path: string;
  /** Machine-readable code, e.g. "binary", "empty", "too-large", "gzip-truncated", "unreadable". */
  readonly code: string;
  readonly reason: string;
}
