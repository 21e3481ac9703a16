// The pipeline, in order: walk the inputs; read each new or changed file into articles and store them
// (one transaction per file); then, over every article of this run: duplicates, signals, the dossier.
import { readFileSync } from 'node:fs';
import type { Article, Rejection } from '../core/types.js';
import { DOSSIER_VERSION, type Claim, type Dossier, type Entity, type Mention } from '../core/dossier.js';
import {
  buildArticle,
  contentId,
  DEFAULT_MAX_BYTES,
  findDuplicates,
  loadFile,
  walkInputs,
  type InputFile,
} from '../ingest/index.js';
import { analyzeClaims } from '../claims/index.js';
import { buildTimeline, corroborate } from '../corroboration/index.js';
import { analyzeLanguage } from '../language/index.js';
import { computeSignals } from '../reliability/index.js';
import type { Store, StoredFile } from '../store/store.js';

/** Progress of a run, reported after each file. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}

/** What `analyze` needs. */
export interface AnalyzeOptions {
  readonly inputs: readonly string[];
  readonly store: Store;
  readonly maxBytes?: number;
  readonly onProgress?: (progress: Progress) => void;
  /** Replaces the file reader (tests simulate unreadable files with it). */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
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
  const walk = await walkInputs(options.inputs);
  const rejected: Rejection[] = [...walk.rejected];
  const articleIds: string[] = [];
  let read = 0;
  let reused = 0;

  for (const [n, file] of walk.files.entries()) {
    const known = await store.getFile(file.path);
    let record: StoredFile;
    if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) {
      record = known;
      reused++;
    } else {
      record = await ingestFile(file, store, maxBytes, options.readBytes);
      read++;
    }
    if (record.rejection) rejected.push(record.rejection);
    articleIds.push(...record.articleIds);
    options.onProgress?.({ done: n + 1, total: walk.files.length, path: file.path });
  }

  const unique = [...new Set(articleIds)];
  const articles = finishArticles(await store.getArticles(unique));
  const corrections = await store.listCorrections();
  const language = analyzeLanguage(articles, undefined, corrections);
  const found = analyzeClaims(articles, language.entities, language.mentions);
  const { claims, clusters } = corroborate(articles, found, language.entities);
  const signed = withSignals(articles, claims, language.entities);
  const dossier: Dossier = {
    format: 'recoupe-dossier',
    version: DOSSIER_VERSION,
    generatedAt: new Date().toISOString(),
    tool: { name: 'recoupe', version: RECOUPE_VERSION },
    inputs: { files: walk.files.length, articles: articles.length, rejected, skipped: walk.skipped },
    articles: signed,
    entities: language.entities.map(splitDemonyms),
    claims,
    clusters,
    timeline: buildTimeline(articles, claims),
  };
  return { dossier, rejected, stats: { files: walk.files.length, read, reused, articles: articles.length } };
}

// Reads one file and stores it with its articles in one transaction; a bad file becomes a stored rejection.
async function ingestFile(file: InputFile, store: Store, maxBytes: number, readBytes?: AnalyzeOptions['readBytes']): Promise<StoredFile> {
  const loaded = await loadFile(file, { maxBytes, readBytes });
  const base = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, sha256: loaded.sha256 ?? '' };
  if (!loaded.ok) {
    const record: StoredFile = { ...base, articleIds: [], rejection: loaded.rejection };
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
      const rejection = { path: file.path, code: 'internal-error', reason: `recoupe could not analyse item ${doc.item ?? 0}: ${(error as Error).message}` };
      const record: StoredFile = { ...base, articleIds: [], rejection };
      await store.putFile(record, []);
      return record;
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
  const rejection: Rejection | null = articles.length === 0
    ? { path: file.path, code: 'no-article', reason: 'no article text: the file holds only boilerplate or markup with no body' }
    : null;
  const record: StoredFile = { ...base, articleIds: articles.map((a) => a.id), rejection };
  try {
    await store.putFile(record, articles);
    return record;
  } catch (error) {
    // The store refused the file (it says why); the file is recorded as rejected and the batch goes on.
    const refused: StoredFile = { ...base, articleIds: [], rejection: { path: file.path, code: 'store-error', reason: (error as Error).message } };
    await store.putFile(refused, []);
    return refused;
  }
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
function finishArticles(stored: readonly Article[]): Article[] {
  const order = [...stored].sort(byPublication);
  const rank = new Map(order.map((a, i) => [a.id, i]));
  // Bodies only: a republication under a new headline is still a copy. Spans are moved back into text coordinates.
  const dups = findDuplicates(stored.map((a) => ({ id: a.id, text: a.text.slice(a.bodyStart), title: a.title, order: rank.get(a.id)! })));
  const bodyStart = new Map(stored.map((a) => [a.id, a.bodyStart]));
  const links = new Map(dups.links.map((l) => [l.id, l]));
  return order.map((a) => {
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
}
