// Runs the whole pipeline on texts held in memory (tests, programs embedding recoupe), with no store: the texts are
// written to a temporary folder so that they are read exactly as files are, then analysed by buildDossier.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../core/dossier.js';
import type { Article, Rejection } from '../core/types.js';
import { buildArticle, contentId, DEFAULT_MAX_BYTES, loadFile, walkInputs } from '../ingest/index.js';
import type { CorrectionInput } from '../language/index.js';
import { assembleDossier, buildDossier } from './build-dossier.js';

/** Writes the files (name -> text), reads them as `analyze` does, analyses them, removes the folder; returns the dossier. */
export async function analyzeTexts(files: Readonly<Record<string, string>>, corrections: readonly CorrectionInput[] = []): Promise<Dossier> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-texts-'));
  try {
    mkdirSync(join(dir, 'in'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'in', name), text);
    const { articles, rejected } = await readArticles([join(dir, 'in')]);
    const fileCount = new Set(articles.map((a) => a.source.path)).size;
    return assembleDossier(buildDossier(articles, corrections), { files: fileCount, rejected, passedOver: [], notes: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The articles of the inputs, read in memory with the same rules as `analyze` (the same content twice gets its own id). */
export async function readArticles(inputs: readonly string[]): Promise<{ articles: Article[]; rejected: Rejection[] }> {
  const walk = await walkInputs(inputs);
  const rejected: Rejection[] = [...walk.rejected];
  const articles: Article[] = [];
  const taken = new Set<string>();
  for (const file of walk.files) {
    const loaded = await loadFile(file, { maxBytes: DEFAULT_MAX_BYTES });
    if (!loaded.ok) {
      rejected.push(loaded.rejection);
      continue;
    }
    for (const doc of loaded.docs) {
      let article = await buildArticle(doc, { path: file.path, mtimeMs: file.mtimeMs, encoding: loaded.encoding });
      if (article.text.slice(article.bodyStart).trim() === '') continue;
      if (taken.has(article.id)) article = { ...article, id: contentId(article.title, article.text, `\u0000${file.path}#${doc.item ?? 0}`) };
      taken.add(article.id);
      articles.push(article);
    }
  }
  return { articles, rejected };
}
