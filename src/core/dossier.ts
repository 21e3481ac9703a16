// The dossier: recoupe's public output contract (schema/dossier.schema.json documents it; bump DOSSIER_VERSION on change).
import type { Article, Rejection } from './types.js';

/** Version of the dossier format: major changes break readers, minor ones add fields. */
export const DOSSIER_VERSION = '1.3.0';

/** A mention of an entity in an article's text. */
export interface Mention {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "demonym" for an adjective that points at a country ("chinoises"); in the dossier these are in Entity.demonyms. */
  readonly role?: 'demonym';
}

/** One actor, place, product or event of the story, across articles. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: 'person' | 'org' | 'place' | 'product' | 'event' | 'other';
  readonly aliases: readonly string[];
  /** Where the entity is named. */
  readonly mentions: readonly Mention[];
  /** Adjectives that point at it without naming it ("chinois", "sino-russe"): linked, not separate entities. */
  readonly demonyms?: readonly Mention[];
}

/** Who vouches for a claim. */
export interface Attribution {
  readonly source: { readonly name: string; readonly kind: 'media' | 'person' | 'organization' | 'government' | 'document' | 'anonymous' | 'vague'; readonly entity?: string };
  readonly cue: string;
  readonly via?: readonly string[];
  /**
   * Since 1.3: where the speaker was named when the sentence refers to them otherwise ("a-t-il ajouté", "selon lui",
   * "l'officiel", "la même source", "he said"): the antecedent's span in the article's text.
   */
  readonly antecedent?: { readonly start: number; readonly end: number };
}

/** A checkable statement in one article. */
export interface Claim {
  readonly id: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly modality: 'asserted' | 'reported' | 'conditional' | 'hedged' | 'denied';
  readonly attribution: Attribution | null;
  readonly cluster: string | null;
  /** The words that decided the modality ("a démenti", "auraient", "is a hoax"), where they are; null for a plain statement. */
  readonly modalityCue?: { readonly text: string; readonly start: number; readonly end: number } | null;
}

/** The same claim across articles, with its true origins. */
export interface Cluster {
  readonly id: string;
  readonly label: string;
  readonly claims: readonly string[];
  readonly articles: readonly string[];
  /** Since 1.2 each origin also says its kind, where it first appears and which members rest on it. */
  readonly origins: readonly {
    readonly name: string;
    readonly kind?: string;
    readonly firstArticle?: string;
    readonly firstPublished?: string | null;
    readonly claims?: readonly string[];
  }[];
  readonly independentOrigins: number;
  readonly contradicts: readonly string[];
  /** Why each claim joined: the claim it matched, the score and what they share. */
  readonly reasons?: readonly string[];
}

/** A dated event. */
export interface TimelineEntry {
  readonly article: string;
  readonly date: string;
  readonly until?: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The whole dossier written by `recoupe analyze`. */
export interface Dossier {
  readonly format: 'recoupe-dossier';
  readonly version: string;
  readonly generatedAt: string;
  readonly tool: { readonly name: 'recoupe'; readonly version: string };
  readonly inputs: {
    readonly files: number;
    readonly articles: number;
    readonly rejected: readonly Rejection[];
    readonly skipped: readonly string[];
    /** Since 1.1: each skipped file with why. */
    readonly passedOver?: readonly { readonly path: string; readonly reason: string }[];
    /** Since 1.1: what was bounded or left out without rejecting a file; path '' for the whole run. */
    readonly notes?: readonly { readonly path: string; readonly note: string }[];
  };
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly clusters: readonly Cluster[];
  readonly timeline: readonly TimelineEntry[];
}
