// What the benches share: the demo corpus, read through the real ingest stage.
import { join } from 'node:path';
import type { Article } from '../src/core/types.js';
import { readArticles } from '../src/pipeline/analyze-texts.js';
import { byPublication } from '../src/pipeline/build-dossier.js';

/** The project's demo corpus. */
export const EXAMPLES = join(new URL('..', import.meta.url).pathname, 'examples');

/** The demo corpus as the pipeline sees it: every document of examples/ built into a cleaned article, ids made unique. */
export async function ingestExamples(): Promise<Article[]> {
  return (await readArticles([EXAMPLES])).articles.sort(byPublication);
}
