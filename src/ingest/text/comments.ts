// A reader-comment thread (the lines after its opener) -> comments with their authors, and its chrome.
import type { Comment, Removed } from '../../core/types.js';
import { COMMENTER_NAME } from './rules.js';
import { matchRule } from './clean-text.js';

/** Kinds of lines in a thread that are not comments. */
const CHROME_KINDS: ReadonlySet<string> = new Set(['comment-chrome', 'moderation', 'cookie', 'share', 'newsletter']);

/** Longest line taken for a commenter's name. */
const MAX_NAME_CHARS = 40;

/** Splits a thread's lines into chrome (removed) and comments (author + text); nothing is dropped. */
export function splitComments(lines: readonly string[]): { comments: Comment[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const comments: { author: string | null; lines: string[] }[] = [];
  // Chrome first ("Répondre", "il y a 2 jours"), so that a name is followed by its comment's text.
  const body: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const rule = matchRule(line);
    if (rule && CHROME_KINDS.has(rule.kind)) removed.push({ kind: rule.kind, text: line, rule: rule.name });
    else body.push(line);
  }
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    const next = body[k + 1];
    const nextIsText = next !== undefined && !isName(next);
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
