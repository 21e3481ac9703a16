// `recoupe extract` and `recoupe show`: clean text and metadata of each input, with no store and no cross-article work.
import { basename } from 'node:path';
import type { Article, Rejection } from '../core/types.js';
import { buildArticle, DEFAULT_MAX_BYTES, loadFile, walkInputs } from '../ingest/index.js';

/** One entry of `extract --json`, in the shape trafilatura's and the extraction benchmark's tools use. */
export interface ExtractEntry {
  readonly articleBody: string;
  readonly title: string;
  readonly published: string | null;
  readonly language: string;
}

/** Everything extracted, keyed by file name without extensions ("#item" appended for feed items). */
export interface ExtractResult {
  readonly output: Record<string, ExtractEntry>;
  readonly articles: Article[];
  readonly rejected: Rejection[];
}

/** Extracts every input file; bad files are listed in `rejected` and the rest go on. */
export async function extractFiles(inputs: readonly string[], options: { maxBytes?: number; followLinks?: boolean } = {}): Promise<ExtractResult> {
  const walk = await walkInputs(inputs, { followOutside: options.followLinks });
  const output: Record<string, ExtractEntry> = {};
  const articles: Article[] = [];
  const rejected: Rejection[] = [...walk.rejected];
  for (const file of walk.files) {
    const loaded = await loadFile(file, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
    if (!loaded.ok) {
      rejected.push(loaded.rejection);
      continue;
    }
    for (const doc of loaded.docs) {
      try {
        const article = await buildArticle(doc, { path: file.path, mtimeMs: file.mtimeMs, encoding: loaded.encoding });
        const key = stem(file.path) + (loaded.docs.length > 1 || doc.item !== null ? `#${doc.item ?? 0}` : '');
        output[key] = { articleBody: article.text.slice(article.bodyStart), title: article.title, published: article.published, language: article.language };
        articles.push(article);
      } catch (error) {
        rejected.push({ path: file.path, code: 'internal-error', reason: `recoupe could not analyse item ${doc.item ?? 0}: ${(error as Error).message}` });
      }
    }
  }
  return { output, articles, rejected };
}

/** "a/b/page.html.gz" -> "page". */
export function stem(path: string): string {
  const name = basename(path);
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
