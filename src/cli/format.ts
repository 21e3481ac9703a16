// Text renderings for the terminal: rejected inputs, and one article beside what was removed.
import type { Article, Rejection } from '../core/types.js';

/** One line per rejected input: path, code and what to do. */
export function formatRejections(rejected: readonly Rejection[]): string {
  const lines = rejected.map((r) => `  ${r.path}: ${r.code}: ${r.reason}`);
  return `recoupe: ${rejected.length} input${rejected.length === 1 ? ' was' : 's were'} rejected (the others were processed):\n${lines.join('\n')}\n`;
}

/** The clean text of each article, then what was removed, grouped by kind, then comments and credits. */
export function formatShow(articles: readonly Article[]): string {
  return articles.map((a) => {
    const out: string[] = [
      `# ${a.title}`,
      `id ${a.id} | language ${a.language} | published ${a.published ?? 'none found'}${a.publishedEvidence ? ` (${a.publishedEvidence.from})` : ''} | encoding ${a.encoding}`,
      ...(a.outlet || a.author ? [`outlet ${a.outlet ?? '-'} | author ${a.author ?? '-'}`] : []),
      '',
      '## Clean text',
      '',
      a.text,
      '',
      `## Removed (${a.removed.length})`,
      '',
      ...a.removed.map((r) => `[${r.kind} · ${r.rule}] ${r.text.replace(/\n/g, ' ⏎ ')}`),
    ];
    if (a.comments.length) {
      out.push('', `## Reader comments (${a.comments.length})`, '', ...a.comments.map((c) => `- ${c.author ?? '(no name)'}: ${c.text.replace(/\n/g, ' ')}`));
    }
    if (a.credits.length) out.push('', '## Credits', '', ...a.credits.map((c) => `- ${c.name} (${c.of})`));
    return `${out.join('\n')}\n`;
  }).join('\n');
}
