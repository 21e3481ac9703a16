// `recoupe analyze`: walk the inputs; read each new or changed file into articles and store them (one transaction
// per file); then the analysis of every article of this run (build-dossier.ts, no store) and the dossier.
import type { Article, Rejection } from '../core/types.js';
import type { Dossier } from '../core/dossier.js';
import {
  buildArticle,
  contentId,
  DEFAULT_MAX_BYTES,
  errorText,
  ingestKey,
  loadFile,
  walkInputs,
  type InputFile,
} from '../ingest/index.js';
import { createHash } from 'node:crypto';
import { ArticleMemo } from './article-memo.js';
import { assembleDossier, buildDossier, type BuiltDossier } from './build-dossier.js';
import { analysisVersion } from './version.js';
import type { Store, StoredFile } from '../store/store.js';

/** Progress of a run: before and after each file, then each cross-article stage. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
  /** What is happening now: "reading" a file (with its size), or an analysis stage's name. */
  readonly step?: string;
}

/** What `analyze` needs. */
export interface AnalyzeOptions {
  readonly inputs: readonly string[];
  /** The store, or how to open it: then it is opened only when there is a file to read (a run on a missing path creates nothing). */
  readonly store: Store | (() => Promise<Store>);
  readonly maxBytes?: number;
  readonly onProgress?: (progress: Progress) => void;
  /** Replaces the file reader (tests simulate unreadable files with it). */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
  /** Follow links inside a folder that lead outside it (default: refused with the reason). */
  readonly followLinks?: boolean;
  /** Paths never read as inputs: the dossier being written, the store's folder. */
  readonly exclude?: readonly string[];
}

/** What a run did, beside the dossier. */
export interface AnalyzeStats {
  readonly files: number;
  /** Files read and analysed in this run. */
  readonly read: number;
  /** Files unchanged since an earlier run, taken from the store. */
  readonly reused: number;
  readonly articles: number;
  /** True when the analysis of the same articles, corrections and code was taken from the store. */
  readonly analysisReused?: boolean;
  /** Per-article results (mentions, dates, claims, signals) taken from earlier runs, and computed in this one. */
  readonly resultsReused?: number;
  readonly resultsComputed?: number;
}

/** The dossier and the run's figures. */
export interface AnalyzeResult {
  readonly dossier: Dossier;
  readonly rejected: readonly Rejection[];
  readonly stats: AnalyzeStats;
}

export { RECOUPE_VERSION } from './version.js';

/** Reads the inputs, stores what is new, and builds the dossier of every article of these inputs. */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const key = ingestKey({ maxBytes });
  const walk = await walkInputs(options.inputs, { followOutside: options.followLinks, exclude: options.exclude });
  const rejected: Rejection[] = [...walk.rejected];
  if (walk.files.length === 0) return emptyResult(walk, rejected);
  const store = typeof options.store === 'function' ? await options.store() : options.store;
  const notes: Note[] = [];
  const articleIds: string[] = [];
  let read = 0;
  let reused = 0;

  for (const [n, file] of walk.files.entries()) {
    options.onProgress?.({ done: n, total: walk.files.length, path: file.path, step: `reading ${formatSize(file.size)}` });
    const known = await store.getFile(file.path);
    let record: StoredFile;
    if (known && isFresh(known, file, key)) {
      record = known;
      reused++;
    } else {
      record = await ingestFile(file, store, { maxBytes, key, readBytes: options.readBytes, known });
      read++;
    }
    if (record.rejection) rejected.push(record.rejection);
    for (const note of record.notes ?? []) notes.push({ path: file.path, note });
    articleIds.push(...record.articleIds);
    options.onProgress?.({ done: n + 1, total: walk.files.length, path: file.path });
  }

  const stage = (step: string, doneChars?: number, totalChars?: number): void => {
    const share = doneChars !== undefined && totalChars ? ` ${Math.floor((100 * doneChars) / totalChars)}%` : '';
    options.onProgress?.({ done: walk.files.length, total: walk.files.length, path: '', step: `${step}${share}` });
  };
  const stored = await store.getArticles([...new Set(articleIds)]);
  const corrections = await store.listCorrections();
  // The same articles, corrections and code as a stored analysis: it is reused, nothing is recomputed.
  const storedKey = analysisKey(stored, corrections);
  const reusedAnalysis = (await store.getAnalysis(storedKey)) as BuiltDossier | null;
  // Otherwise what was computed of each unchanged article is taken from the store; the cross-article stages run again.
  const memo = reusedAnalysis ? null : new ArticleMemo(analysisVersion(), await store.getArticleResults(stored.map((a) => a.id)));
  const analysed = reusedAnalysis ?? buildDossier(stored, corrections, { onStage: stage, memo: memo?.memo });
  if (memo) {
    // Keeping it for the next run is a saving, not a duty: a store that refuses it (too large) costs a note, not the dossier.
    const keep = async (what: string, write: () => Promise<void>): Promise<void> =>
      write().catch((error: Error) => {
        notes.push({ path: '', note: `${what} not kept for the next run (${error.message}); the next run computes it again` });
      });
    await keep('the per-article results were', () => store.putArticleResults(memo.fresh()));
    await keep('the analysis was', () => store.putAnalysis(storedKey, analysed));
  }
  const dossier = assembleDossier(analysed, { files: walk.files.length, rejected, passedOver: walk.skipped, notes });
  return { dossier, rejected: dossier.inputs.rejected, stats: { files: walk.files.length, read, reused, articles: analysed.articles.length, analysisReused: reusedAnalysis !== null, resultsReused: memo?.hits ?? 0, resultsComputed: memo?.misses ?? 0 } };
}

/** What shapes an analysis: the analysis code and knowledge, the user's corrections, every article as stored. */
export function analysisKey(articles: readonly Article[], corrections: readonly unknown[]): string {
  const hash = createHash('sha256').update(analysisVersion()).update(JSON.stringify(corrections));
  for (const article of articles) hash.update(JSON.stringify(article));
  return `analysis-${hash.digest('hex')}`;
}

/** Something bounded or left out without a rejection, by file ('' for the whole run). */
interface Note {
  readonly path: string;
  readonly note: string;
}

// Nothing to read: no store is opened, the dossier lists why.
function emptyResult(walk: Awaited<ReturnType<typeof walkInputs>>, rejected: Rejection[]): AnalyzeResult {
  const dossier = assembleDossier(buildDossier([]), { files: 0, rejected, passedOver: walk.skipped, notes: [] });
  return { dossier, rejected, stats: { files: 0, read: 0, reused: 0, articles: 0 } };
}

/** A stored record is reused only when the file and what shaped the record are both unchanged. */
export function isFresh(known: StoredFile, file: InputFile, key: string): boolean {
  return (
    known.analysis === key &&
    known.size === file.size &&
    known.mtimeMs === file.mtimeMs &&
    known.ctimeMs === file.ctimeMs &&
    known.mode === file.mode
  );
}

interface IngestSettings {
  readonly maxBytes: number;
  readonly key: string;
  readonly readBytes?: AnalyzeOptions['readBytes'];
  /** The stale record of this file, if any: the same bytes under the same key are not analysed again. */
  readonly known: StoredFile | null;
}

/** Most notes kept per file; the rest are counted. */
const MAX_NOTES_PER_FILE = 20;

// Reads one file and stores it with its articles in one transaction. Whatever goes wrong becomes a stored rejection
// naming the file, and since the record carries the ingest key, a later recoupe that fixes the cause reads it again.
async function ingestFile(file: InputFile, store: Store, settings: IngestSettings): Promise<StoredFile> {
  const base = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs, mode: file.mode, analysis: settings.key };
  const rejectWith = async (rejection: Rejection, sha256 = '', notes: readonly string[] = []): Promise<StoredFile> => {
    const record: StoredFile = { ...base, sha256, articleIds: [], rejection, notes };
    await store.putFile(record, []);
    return record;
  };
  let sha256 = '';
  try {
    const loaded = await loadFile(file, { maxBytes: settings.maxBytes, readBytes: settings.readBytes });
    sha256 = loaded.sha256 ?? '';
    if (!loaded.ok) return await rejectWith(loaded.rejection, sha256);
    const notes = summariseNotes(loaded.problems);
    const { known } = settings;
    if (known && known.analysis === settings.key && known.sha256 === loaded.sha256 && known.rejection === null) {
      // Touched or chmod-ed but the same bytes, read by the same code: the stored articles stand.
      const record: StoredFile = { ...known, ...base, notes };
      await store.putFile(record, []);
      return record;
    }
    const articles: Article[] = [];
    const taken = new Set<string>();
    for (const doc of loaded.docs) {
      let article: Article;
      try {
        article = await buildArticle(doc, { path: file.path, mtimeMs: file.mtimeMs, encoding: loaded.encoding });
      } catch (error) {
        // A bug in one document must not stop the batch: the file is rejected with the cause.
        return await rejectWith({ path: file.path, code: 'internal-error', reason: `recoupe could not analyse item ${doc.item ?? 0}: ${(error as Error).message}` }, sha256);
      }
      if (article.text.slice(article.bodyStart).trim() === '') continue; // a page with a title and no body (HTML with no <body>)
      // The same content from another file (or item) is another article: it gets its own id, salted by where it is.
      const owner = taken.has(article.id) ? { path: '' } : (await store.getArticle(article.id))?.source;
      if (owner && (owner.path !== file.path || taken.has(article.id))) {
        article = { ...article, id: contentId(article.title, article.text, `\u0000${file.path}#${doc.item ?? 0}`) };
      }
      taken.add(article.id);
      articles.push(article);
    }
    if (articles.length === 0) {
      return await rejectWith({ path: file.path, code: 'no-article', reason: 'no article text: the file holds only boilerplate or markup with no body' }, sha256, notes);
    }
    const record: StoredFile = { ...base, sha256, articleIds: articles.map((a) => a.id), rejection: null, notes };
    try {
      await store.putFile(record, articles);
      return record;
    } catch (error) {
      // The store refused the file (it says why); the file is recorded as rejected and the batch goes on.
      return await rejectWith({ path: file.path, code: 'store-error', reason: (error as Error).message }, sha256);
    }
  } catch (error) {
    // Anything else (a stack overflow on a pathological input, a bug): this file is rejected, the batch goes on.
    const reason = `recoupe failed on this file: ${error instanceof Error ? errorText(error as NodeJS.ErrnoException) : String(error)}; please report it`;
    return await rejectWith({ path: file.path, code: 'internal-error', reason }, sha256);
  }
}

// The first notes of a file, then how many more: a feed with 20,000 empty items gives one line, not 20,000.
function summariseNotes(problems: readonly string[]): string[] {
  if (problems.length <= MAX_NOTES_PER_FILE) return [...problems];
  return [...problems.slice(0, MAX_NOTES_PER_FILE - 1), `and ${problems.length - MAX_NOTES_PER_FILE + 1} more like these`];
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
