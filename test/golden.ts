// The golden summary of the demo corpus: what recoupe reads from each example article.
// `npm run fixtures:update` rewrites test/fixtures/examples.expected.json; review the change as a diff.
import { basename } from 'node:path';
import type { Article } from '../src/core/types.js';

/** The reviewable summary of one article. */
export function summarise(articles: readonly Article[]): Record<string, unknown> {
  const fileOf = new Map(articles.map((a) => [a.id, basename(a.source.path)]));
  const out: Record<string, unknown> = {};
  for (const a of [...articles].sort((x, y) => basename(x.source.path).localeCompare(basename(y.source.path)))) {
    const kinds: Record<string, number> = {};
    for (const r of a.removed) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    out[basename(a.source.path)] = {
      title: a.title,
      titleFrom: a.titleEvidence?.from ?? null,
      language: a.language,
      published: a.published,
      publishedFrom: a.publishedEvidence?.from ?? null,
      outlet: a.outlet,
      author: a.author,
      encoding: a.encoding,
      textStart: a.text.slice(a.bodyStart, a.bodyStart + 100),
      textEnd: a.text.slice(-80),
      textLength: a.text.length,
      removed: Object.fromEntries(Object.entries(kinds).sort()),
      commenters: a.comments.map((c) => c.author),
      credits: a.credits.map((c) => `${c.name} (${c.of})`),
      duplicateOf: a.duplicateOf ? fileOf.get(a.duplicateOf) ?? a.duplicateOf : null,
      similarity: a.similarity,
      signals: a.signals.filter((s) => s.flag).map((s) => s.name),
    };
  }
  return out;
}
