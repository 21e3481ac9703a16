// The one storage interface. Two backends implement it (embedded PGlite, PostgreSQL) and both
// pass the same conformance suite (conformance.ts).
import type { Article, Rejection } from '../core/types.js';

/** What the store remembers of one input file, so a rerun skips files it has already read. */
export interface StoredFile {
  /** Absolute path of the input file. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Last inode change (content, permissions, owner); -1 when recorded by an older recoupe. */
  readonly ctimeMs: number;
  /** Permission bits when read; -1 when unknown. */
  readonly mode: number;
  /** The ingest code's version and the options that shaped this record: another key makes it stale. */
  readonly analysis: string;
  /** SHA-256 (hex) of the file's raw bytes. */
  readonly sha256: string;
  /** What was bounded or left out while reading it (feed items over the limit, records without text). */
  readonly notes: readonly string[];
  /** Ids of the articles read from it, in file order (empty when rejected). */
  readonly articleIds: readonly string[];
  readonly rejection: Rejection | null;
}

/** A user's correction (entity merge, alias, type change, ...), applied on every later run. */
export interface Correction {
  /** e.g. "entity-merge", "entity-alias", "not-entity", "entity-type". */
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A correction as stored, with its id and time. */
export interface StoredCorrection extends Correction {
  readonly id: number;
  readonly createdAt: string;
}

/** One article's result of one per-article computation (mentions, claims ...), kept for the next run (core/memo.ts). */
export interface ArticleResult {
  readonly article: string;
  /** What the result is: "mentions", "dates", "claims", "signals". */
  readonly kind: string;
  /** A digest of the analysis code and every input of the computation: another key, and the result is stale. */
  readonly key: string;
  /** The result, as JSON text. */
  readonly value: string;
}

/** Persistent state of recoupe: articles, the files they came from, user corrections. */
export interface Store {
  readonly backend: 'embedded' | 'postgres';
  /** The record of a file by absolute path, or null if never seen. */
  getFile(path: string): Promise<StoredFile | null>;
  /**
   * Records one file and its articles in a single transaction: after a crash, either all of it is there or none.
   * An article already stored under the same id (from this or another file) is replaced by the copy given here.
   */
  putFile(file: StoredFile, articles: readonly Article[]): Promise<void>;
  /** Every file record, ordered by path. */
  listFiles(): Promise<StoredFile[]>;
  getArticle(id: string): Promise<Article | null>;
  /** Articles by id, in the order of the ids given; unknown ids are skipped. */
  getArticles(ids: readonly string[]): Promise<Article[]>;
  countArticles(): Promise<number>;
  addCorrection(correction: Correction): Promise<StoredCorrection>;
  /** Corrections in the order they were added. */
  listCorrections(): Promise<StoredCorrection[]>;
  removeCorrection(id: number): Promise<boolean>;
  /** The layers stored under `key` by putAnalysis, or null. */
  getAnalysis(key: string): Promise<unknown>;
  /** Keeps the analysed layers of a run under `key` (what shaped them); only the latest few analyses are kept. */
  putAnalysis(key: string, layers: unknown): Promise<void>;
  /** The per-article results stored for these articles (each article's latest of each kind), in no order. */
  getArticleResults(articles: readonly string[]): Promise<ArticleResult[]>;
  /** Keeps per-article results, replacing the article's earlier result of the same kind. */
  putArticleResults(results: readonly ArticleResult[]): Promise<void>;
  close(): Promise<void>;
}

/** How to open a store. */
export type StoreOptions =
  | { readonly backend: 'embedded'; readonly dir: string }
  | { readonly backend: 'postgres'; readonly url: string; readonly schema?: string };
