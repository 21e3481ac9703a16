// A dossier may come from anyone: the checks that keep its ids, URLs and invisible characters from acting in a report
// (or on a terminal). The schema restricts ids too; these hold for a report model built by code without the schema.
import { createHash } from 'node:crypto';

/** What an anchor may be: an ASCII letter, then letters, digits, "_" and "-"; safe in an HTML id, a Markdown link and `<a id="…">`. */
const SAFE_ANCHOR = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;

/** The characters that can hide, overwrite or reorder text: C0 and C1 controls (ANSI escapes start with ESC), DEL, line and paragraph separators, bidirectional marks, embeddings, overrides and isolates. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The marks that set the direction of right-to-left text (Arabic, Hebrew): kept in an article's text, shown in a path or URL. */
export const TEXT_DIRECTION_MARKS = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Shows invisible characters as escapes ("\x1b", "\u202e", "\n"), so a file name cannot clear a line, colour it or reverse it; `keep` lists the ones that stay as they are (e.g. "\n" in a text laid out by lines). */
export function showInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    return NAMED_ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** The anchor `prefix-id` ("claim-k_0001") when that is a safe anchor, else `prefix-x` and a hash of the id: a crafted id never reaches the markup, and every link to it still lands. */
export function anchorFor(prefix: string, id: string): string {
  return safeAnchor(`${prefix}-${id}`);
}

/** An anchor as given when it is safe (see SAFE_ANCHOR), else "x" and a hash of it. */
export function safeAnchor(anchor: string): string {
  if (SAFE_ANCHOR.test(anchor)) return anchor;
  const prefix = /^[a-z]+-/.exec(anchor)?.[0] ?? '';
  return `${prefix}x${createHash('sha256').update(anchor).digest('hex').slice(0, 16)}`;
}

/** The URL, normalised (spaces, quotes and angle brackets percent-encoded), when it is an http or https address; null for any other scheme ("javascript:", "data:", "vbscript:") or text that is not a URL. */
export function webUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // the URL parser already encodes these; the check keeps the promise if it ever does not
  return /[\s<>"\u0000-\u001f\u007f-\u009f]/.test(url.href) ? null : url.href;
}

/** A number from the dossier shown as a number: a crafted string or object where a count belongs becomes NaN, never markup. */
export function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}
