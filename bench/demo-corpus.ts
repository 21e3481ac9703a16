// What the benches share: the demo corpus, read through the real ingest stage.
import { join } from 'node:path';
import type { Article } from '../src/core/types.js';
import { buildArticle, contentId, DEFAULT_MAX_BYTES, loadFile, walkInputs } from '../src/ingest/index.js';
import { byPublication } from '../src/pipeline/build-dossier.js';

/** The project's demo corpus. */
export const EXAMPLES = join(new URL('..', import.meta.url).pathname, 'examples');

/** The demo corpus as the pipeline sees it: every document of examples/ built into a cleaned article, ids made unique. */
export async function ingestExamples(): Promise<Article[]> {
  const walk = await walkInputs([EXAMPLES]);
  const articles: Article[] = [];
  const taken = new Set<string>();
  for (const file of walk.files) {
    const loaded = await loadFile(file, { maxBytes: DEFAULT_MAX_BYTES });
    if (!loaded.ok) continue;
    for (const doc of loaded.docs) {
      let article = await buildArticle(doc, { path: file.path, mtimeMs: file.mtimeMs, encoding: loaded.encoding });
      if (article.text.slice(article.bodyStart).trim() === '') continue;
      if (taken.has(article.id)) article = { ...article, id: contentId(article.title, article.text, `\u0000${file.path}#${doc.item ?? 0}`) };
      taken.add(article.id);
      articles.push(article);
    }
  }
  return articles.sort(byPublication);
}
