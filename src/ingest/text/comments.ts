// A reader-comment thread (the lines after its opener) -> comments with their authors, and its chrome.
import type { Comment, Removed } from '../../core/types.js';
import { COMMENTER_NAME } from './rules.js';
import { matchRule } from './clean-text.js';

/** Longest line taken for a commenter's name. */
const MAX_NAME_CHARS = 40;

/** Splits a thread's lines into chrome (removed) and comments (author + text); nothing is dropped. */
export function splitComments(lines: readonly string[]): { comments: Comment[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const comments: { author: string | null; lines: string[] }[] = [];
  const body = lines.filter((l) => l !== '');
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    const rule = matchRule(line);
    if (rule && (rule.kind === 'comment-chrome' || rule.kind === 'moderation' || rule.kind === 'cookie' || rule.kind === 'share')) {
      removed.push({ kind: rule.kind, text: line, rule: rule.name });
      continue;
    }
    const next = body[k + 1];
    const nextIsText = next !== undefined && !isName(next) && !matchRule(next);
    if (isName(line) && nextIsText) {
      comments.push({ author: line, lines: [] });
      continue;
    }
    if (comments.length === 0) comments.push({ author: null, lines: [] });
    comments[comments.length - 1]!.lines.push(line);
  }
  const out: Comment[] = comments
    .filter((c) => c.lines.length > 0)
    .map((c) => ({ author: c.author, text: c.lines.join('\n') }));
  for (const c of out) {
    removed.push({ kind: 'comments', text: c.author ? `${c.author}\n${c.text}` : c.text, rule: 'comment-thread' });
  }
  return { comments: out, removed };
}

function isName(line: string): boolean {
  return line.length <= MAX_NAME_CHARS && !/[.!?:;,…»"”]$/.test(line) && COMMENTER_NAME.test(line);
}
