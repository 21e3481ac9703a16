// Text renderings for the terminal: rejected inputs, and one article beside what was removed. Every text that comes
// from an input (file names, titles, article text) goes through terminalSafe: a name with an ANSI escape, a carriage
// return or a right-to-left override must not recolour, overwrite or reorder what the terminal shows.
import type { Article, Rejection } from '../core/types.js';
import { showInvisible } from '../export/index.js';

/**
 * Text from an input made safe to print: control characters (C0, DEL, C1, so ANSI escapes), line separators and
 * bidirectional controls are shown as escapes ("\x1b", "\r", "\u202e"). Line breaks are escaped too, unless
 * `keepLines` says they are the layout's own (an article's text shown by lines); never keep them in a path.
 */
export function terminalSafe(text: string, options: { readonly keepLines?: boolean } = {}): string {
  return showInvisible(text, options.keepLines ? '\n' : '');
}

/**
 * JSON text with C1 controls, DEL, line separators and bidirectional controls written as \\u escapes: the same JSON
 * value (JSON.stringify already escapes C0), but a title holding U+202E cannot reorder what a terminal shows.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line per rejected input: path, code and what to do. */
export function formatRejections(rejected: readonly Rejection[]): string {
  const lines = rejected.map((r) => `  ${terminalSafe(r.path)}: ${terminalSafe(r.code)}: ${terminalSafe(r.reason)}`);
  return `recoupe: ${rejected.length} input${rejected.length === 1 ? ' was' : 's were'} rejected (the others were processed):\n${lines.join('\n')}\n`;
}

/** The clean text of each article, then what was removed, grouped by kind, then comments and credits. */
export function formatShow(articles: readonly Article[]): string {
  const folded = (text: string, lineBreak: string): string => terminalSafe(text.replace(/\r?\n/g, lineBreak));
  return articles.map((a) => {
    const out: string[] = [
      `# ${terminalSafe(a.title)}`,
      `id ${terminalSafe(a.id)} | language ${terminalSafe(a.language)} | published ${terminalSafe(a.published ?? 'none found')}` +
        `${a.publishedEvidence ? ` (${terminalSafe(a.publishedEvidence.from)})` : ''} | encoding ${terminalSafe(a.encoding)}`,
      ...(a.outlet || a.author ? [`outlet ${terminalSafe(a.outlet ?? '-')} | author ${terminalSafe(a.author ?? '-')}`] : []),
      '',
      '## Clean text',
      '',
      terminalSafe(a.text, { keepLines: true }),
      '',
      `## Removed (${a.removed.length})`,
      '',
      ...a.removed.map((r) => `[${terminalSafe(r.kind)} · ${terminalSafe(r.rule)}] ${folded(r.text, ' ⏎ ')}`),
    ];
    if (a.comments.length) {
      out.push('', `## Reader comments (${a.comments.length})`, '', ...a.comments.map((c) => `- ${terminalSafe(c.author ?? '(no name)')}: ${folded(c.text, ' ')}`));
    }
    if (a.credits.length) out.push('', '## Credits', '', ...a.credits.map((c) => `- ${terminalSafe(c.name)} (${terminalSafe(c.of)})`));
    return `${out.join('\n')}\n`;
  }).join('\n');
}
