// The pipeline, in order: walk the inputs; read each new or changed file into articles and store them
// (one transaction per file); then, over every article of this run: duplicates, signals, the dossier.
import { readFileSync } from 'node:fs';
import type { Article, Rejection } from '../core/types.js';
import { DOSSIER_VERSION, type Claim, type Dossier, type Entity, type Mention } from '../core/dossier.js';
import {
  buildArticle,
  contentId,
  DEFAULT_MAX_BYTES,
  errorText,
  findDuplicates,
  ingestKey,
  loadFile,
  walkInputs,
  type InputFile,
} from '../ingest/index.js';
import { analyzeClaims } from '../claims/index.js';
import { buildTimeline, corroborate } from '../corroboration/index.js';
import { analyzeLanguage } from '../language/index.js';
import { computeSignals } from '../reliability/index.js';
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
  readonly store: Store;
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
}

/** The dossier and the run's figures. */
export interface AnalyzeResult {
  readonly dossier: Dossier;
  readonly rejected: readonly Rejection[];
  readonly stats: AnalyzeStats;
}

/** Version of recoupe, for the dossier. */
export const RECOUPE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Reads the inputs, stores what is new, and builds the dossier of every article of these inputs. */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { store } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const key = ingestKey({ maxBytes });
  const walk = await walkInputs(options.inputs, { followOutside: options.followLinks, exclude: options.exclude });
  const rejected: Rejection[] = [...walk.rejected];
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

  const stage = (step: string): void => options.onProgress?.({ done: walk.files.length, total: walk.files.length, path: '', step });
  stage('duplicates');
  const unique = [...new Set(articleIds)];
  const stored = await store.getArticles(unique);
  const { articles, notes: duplicateNotes } = finishArticles(stored);
  notes.push(...duplicateNotes.map((note) => ({ path: '', note })));
  const corrections = await store.listCorrections();
  const analysed = analyzeGuarded(articles, corrections, stage);
  rejected.push(...analysed.rejected);
  const dossier: Dossier = {
    format: 'recoupe-dossier',
    version: DOSSIER_VERSION,
    generatedAt: new Date().toISOString(),
    tool: { name: 'recoupe', version: RECOUPE_VERSION },
    inputs: {
      files: walk.files.length,
      articles: analysed.articles.length,
      rejected,
      skipped: walk.skipped.map((s) => s.path),
      passedOver: walk.skipped,
      notes,
    },
    ...analysed.layers,
  };
  return { dossier, rejected, stats: { files: walk.files.length, read, reused, articles: analysed.articles.length } };
}

/** Something bounded or left out without a rejection, by file ('' for the whole run). */
interface Note {
  readonly path: string;
  readonly note: string;
}

/** The cross-article layers of the dossier. */
interface Layers {
  readonly articles: Article[];
  readonly entities: Entity[];
  readonly claims: Claim[];
  readonly clusters: Dossier['clusters'];
  readonly timeline: Dossier['timeline'];
}

type Corrections = Parameters<typeof analyzeLanguage>[2];

// The analysis of a set of articles, stage by stage.
function analyzeArticles(articles: readonly Article[], corrections: Corrections, stage: (step: string) => void = () => {}): Layers {
  stage('entities');
  const language = analyzeLanguage(articles, undefined, corrections);
  stage('claims');
  const found = analyzeClaims(articles, language.entities, language.mentions);
  stage('corroboration');
  const { claims, clusters } = corroborate(articles, found, language.entities);
  stage('signals');
  const signed = withSignals(articles, claims, language.entities);
  return { articles: signed, entities: language.entities.map(splitDemonyms), claims, clusters, timeline: buildTimeline(articles, claims) };
}

/**
 * The analysis, with one bad article unable to stop the batch: when it throws, each article is analysed alone to find
 * the ones that throw; they are rejected with the cause (file and item named) and the rest is analysed without them.
 */
function analyzeGuarded(
  articles: readonly Article[],
  corrections: Corrections,
  stage: (step: string) => void,
  analyse: typeof analyzeArticles = analyzeArticles,
): { articles: Article[]; layers: Layers; rejected: Rejection[] } {
  try {
    const layers = analyse(articles, corrections, stage);
    return { articles: layers.articles, layers, rejected: [] };
  } catch (first) {
    stage('finding the article that failed');
    const rejected: Rejection[] = [];
    const kept = articles.filter((article) => {
      try {
        analyse([article], corrections);
        return true;
      } catch (error) {
        const where = article.source.item === null || article.source.item === undefined ? '' : ` (item ${article.source.item})`;
        rejected.push({ path: article.source.path, code: 'internal-error', reason: `recoupe failed while analysing this article${where}: ${(error as Error).message}; please report it` });
        return false;
      }
    });
    if (rejected.length === 0) throw first; // the failure needs several articles together: a bug to report, not bad input
    const layers = analyse(kept, corrections, stage);
    return { articles: layers.articles, layers, rejected };
  }
}

/** Exposed for tests: the guard around the analysis, with an analysis that may be replaced. */
export const analyzeGuardedForTest = analyzeGuarded;

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

/** In the dossier, an entity's mentions are where it is named; adjectives pointing at it are listed apart. */
export function splitDemonyms(e: Entity): Entity {
  const strip = ({ role: _role, ...m }: Mention): Mention => m;
  return { ...e, mentions: e.mentions.filter((m) => m.role !== 'demonym').map(strip), demonyms: e.mentions.filter((m) => m.role === 'demonym').map(strip) };
}

// Each article's warning signs, from its text, claims and entity mentions.
function withSignals(articles: readonly Article[], claims: readonly Claim[], entities: readonly Entity[]): Article[] {
  const mentions = new Map<string, (Mention & { entity: string })[]>();
  for (const e of entities) for (const m of e.mentions) {
    const list = mentions.get(m.article) ?? [];
    list.push({ ...m, entity: e.id });
    mentions.set(m.article, list);
  }
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) claimsOf.set(c.article, [...(claimsOf.get(c.article) ?? []), c]);
  return articles.map((article) => ({ ...article, signals: computeSignals({ article, claims: claimsOf.get(article.id) ?? [], mentions: mentions.get(article.id) ?? [] }) }));
}

/** The order articles are analysed in: by publication date (undated last), then path and item. Originals come first. */
export function byPublication(a: Article, b: Article): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.source.path.localeCompare(b.source.path) || (a.source.item ?? 0) - (b.source.item ?? 0);
}

// Cross-article work on this run's articles: duplicates and shared passages.
function finishArticles(stored: readonly Article[]): { articles: Article[]; notes: string[] } {
  const order = [...stored].sort(byPublication);
  const rank = new Map(order.map((a, i) => [a.id, i]));
  // Bodies only: a republication under a new headline is still a copy. Spans are moved back into text coordinates.
  const dups = findDuplicates(stored.map((a) => ({ id: a.id, text: a.text.slice(a.bodyStart), title: a.title, order: rank.get(a.id)! })));
  const bodyStart = new Map(stored.map((a) => [a.id, a.bodyStart]));
  const links = new Map(dups.links.map((l) => [l.id, l]));
  const articles = order.map((a) => {
    const link = links.get(a.id);
    const withDups: Article = {
      ...a,
      duplicateOf: link?.duplicateOf ?? null,
      similarity: link?.similarity ?? null,
      sharedPassages: (dups.shared.get(a.id) ?? []).map((p) => ({
        ...p,
        start: p.start + a.bodyStart,
        end: p.end + a.bodyStart,
        otherStart: p.otherStart + bodyStart.get(p.article)!,
        otherEnd: p.otherEnd + bodyStart.get(p.article)!,
      })),
    };
    return withDups;
  });
  return { articles, notes: dups.notes };
}
