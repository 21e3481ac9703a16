// Scraped plain text -> clean body, with every removed line kept aside with its kind.
// The story, in order: split lines; read the title and header lines; find where a comment thread starts;
// classify every other line against the rule table; rebuild the body from the lines kept.
import type { Comment, Credit, Removed } from '../../core/types.js';
import { splitComments } from './comments.js';
import { readHeaderBlock } from './header.js';
import { AUTHOR_LINE, CREDIT_NAME, HEADER_DATE, ORIGINALLY_PUBLISHED, INLINE_CREDIT, LINE_RULES, OTHER_SCRIPT, type LineRule } from './rules.js';

/** What cleaning a scraped text gives. */
export interface CleanText {
  readonly title: string | null;
  /** Where the title came from: "first-line", "first-line-after-header", or null. */
  readonly titleRule: string | null;
  readonly text: string;
  readonly removed: Removed[];
  readonly comments: Comment[];
  readonly credits: Credit[];
  /** A date read from a header line ("date 2024-09"), raw. */
  readonly headerDate: string | null;
  readonly author: string | null;
  /** The outlet named in the header lines, if any. */
  readonly outlet: string | null;
}

/** Options of the cleaner; `title` is a title known from elsewhere (JSON, feed) so the first line is not taken as one. */
export interface CleanTextOptions {
  readonly title?: string | null;
  /** Markdown syntax (#, **, links, images) is turned into text. */
  readonly markdown?: boolean;
  /** False when the text has no title line (text extracted from HTML): the first line is body. */
  readonly titleLine?: boolean;
}

/** Longest first line taken as a title. */
const MAX_TITLE_CHARS = 250;
/** A comment thread cannot open before this share of the text (a "12 comments" line under a title is not a thread). */
const MIN_COMMENTS_POSITION = 0.3;
/** Longest line (in words) in another script taken for a translated title rather than content. */
const MAX_OTHER_SCRIPT_WORDS = 40;

/** Cleans scraped plain text. */
export function cleanText(raw: string, options: CleanTextOptions = {}): CleanText {
  const source = options.markdown ? markdownToText(raw) : raw;
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(tidyLine);
  const removed: Removed[] = [];
  const credits: Credit[] = [];
  let headerDate: string | null = null;
  let author: string | null = null;
  let title = options.title ? stripEmphasis(options.title) : null;
  let titleRule: string | null = title ? 'given' : null;

  // 1. Header: metadata lines and the title, at the top.
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const date = HEADER_DATE.exec(line);
    if (date && !headerDate) {
      headerDate = date[1]!;
      removed.push({ kind: 'metadata-line', text: date[0].trim(), rule: 'header-date' });
      const rest = line.slice(date[0].length).trim();
      if (rest === '') continue;
      lines[i] = rest; // "date 2024-09 La Chine fournit..." holds the title after the date
    }
    const by = AUTHOR_LINE.exec(lines[i]!);
    if (by && !author) {
      author = by[1]!;
      removed.push({ kind: 'metadata-line', text: lines[i]!, rule: 'author-line' });
      continue;
    }
    if (!title && options.titleLine !== false && lines[i]!.length <= MAX_TITLE_CHARS) {
      title = stripEmphasis(lines[i]!);
      titleRule = date ? 'first-line-after-header' : 'first-line';
      i++;
    }
    break;
  }

  // Outlet, date and byline lines under the title.
  const otherScript = mostlyOtherScript(lines.join(' ')) ? () => false : isOtherScript; // an article in Russian keeps its lines
  const header = readHeaderBlock(lines, i, (line) => matchRule(line) !== null || otherScript(line) || (title !== null && sameText(line, title)));
  const headerLines = new Set(header.lines);
  for (const k of header.lines) removed.push({ kind: 'metadata-line', text: lines[k]!, rule: 'header-block' });
  headerDate ??= header.date;
  author ??= header.author;

  // 2. Where a reader-comment thread starts: everything after belongs to it.
  const threadStart = findThreadStart(lines, i);

  // 3. Classify the body lines.
  const kept: string[] = [];
  let pendingBlank = false;
  let firstBody = true;
  let inRelated = false; // after "Related Articles": the short headline lines that follow belong to it
  for (let j = i; j < threadStart; j++) {
    const line = lines[j]!;
    if (headerLines.has(j)) continue;
    if (line === '') {
      pendingBlank = kept.length > 0;
      continue;
    }
    const verdict: { kind: Removed['kind']; rule: string } | null = classifyLine(line, title, firstBody, otherScript) ?? (inRelated && isHeadlineLike(line) ? { kind: 'related' as const, rule: 'related-item' } : null);
    firstBody = false;
    inRelated = verdict?.kind === 'related';
    if (verdict) {
      removed.push({ kind: verdict.kind, text: line, rule: verdict.rule });
      if (verdict.kind === 'credit') credits.push(creditOf(line));
      continue;
    }
    const inline = INLINE_CREDIT.exec(line);
    const body = inline ? line.slice(0, inline.index) : line;
    if (inline) {
      removed.push({ kind: 'credit', text: inline[0].trim(), rule: 'inline-credit' });
      credits.push({ text: inline[0].trim(), name: inline[2]!.trim(), of: 'text' });
    }
    kept.push((pendingBlank ? '\n' : '') + body);
    pendingBlank = false;
  }

  // A run of headlines closing the text ("Scandale X : mea-culpa du PDG", "Sri Lanka : le président bloqué"): teasers
  // for other articles, with no heading before them. At least TRAILING_HEADLINES short lines without a sentence
  // ending, most of them in the "Topic : headline" shape of a list of links.
  let run = 0;
  while (run < kept.length && isHeadlineLike(kept[kept.length - 1 - run]!.trim(), MAX_TEASER_WORDS)) run++;
  const tail = kept.slice(kept.length - run).map((l) => l.trim());
  if (run >= TRAILING_HEADLINES && run < kept.length && tail.filter((l) => TOPIC_HEADLINE.test(l)).length * 2 > run) {
    kept.splice(kept.length - run);
    for (const line of tail) removed.push({ kind: 'related', text: line, rule: 'trailing-headlines' });
  }

  // A short label ending with ":" left last ("JForum avec Nziv:") introduces the credits below it.
  const last = kept[kept.length - 1];
  if (last && /:\s*$/.test(last) && last.trim().split(/\s+/).length <= 8 && removed.length > 0) {
    kept.pop();
    const label = last.trim();
    removed.push({ kind: 'credit', text: label, rule: 'trailing-label' });
    credits.push({ text: label, name: label.replace(/\s*:\s*$/, ''), of: 'text' });
  }

  // 4. The thread: chrome, moderation notices and the comments themselves.
  const thread = splitComments(lines.slice(threadStart));
  for (const r of thread.removed) removed.push(r); // a thread may have more comments than a call has arguments

  return { title, titleRule, text: kept.join('\n').trim(), removed, comments: thread.comments, credits, headerDate, author, outlet: header.outlet };
}

/** The first line of a confirmed comment thread, or lines.length when there is none. */
function findThreadStart(lines: readonly string[], from: number): number {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let position = lines.slice(0, from).reduce((n, l) => n + l.length + 1, 0);
  for (let j = from; j < lines.length; j++) {
    const rule = matchRule(lines[j]!);
    if (rule?.opensComments && position >= MIN_COMMENTS_POSITION * total && isConfirmedThread(lines, j)) {
      // The thread's preamble (moderation notice just above) goes with it.
      let start = j;
      while (start > from && (lines[start - 1] === '' || matchRule(lines[start - 1]!)?.kind === 'moderation')) start--;
      return start;
    }
    position += lines[j]!.length + 1;
  }
  return lines.length;
}

// A strong opener ("2 Commentaires") or two chrome lines within the next few lines.
function isConfirmedThread(lines: readonly string[], at: number): boolean {
  const rule = matchRule(lines[at]!)!;
  if (rule.name === 'comment-count' || rule.name === 'comment-heading') return true;
  let chrome = 0;
  for (let k = at; k < Math.min(lines.length, at + 12); k++) {
    const r = matchRule(lines[k]!);
    if (r && (r.kind === 'comment-chrome' || r.kind === 'moderation')) chrome++;
  }
  return chrome >= 3;
}

/** The rule a whole line matches, or null. */
export function matchRule(line: string): LineRule | null {
  if (line === '') return null;
  const words = line.split(/\s+/).length;
  for (const rule of LINE_RULES) {
    if (words <= rule.maxWords && rule.pattern.test(line)) return rule;
  }
  return null;
}

function classifyLine(line: string, title: string | null, firstBody: boolean, otherScript: (line: string) => boolean): { kind: Removed['kind']; rule: string } | null {
  if (title && sameText(line, title)) return { kind: 'title-repeat', rule: firstBody ? 'title-as-first-line' : 'title-repeated' };
  if (/^[\s\u00a0\u200b]*$/.test(line)) return null;
  const rule = matchRule(line);
  if (rule) return { kind: rule.kind, rule: rule.name };
  if (otherScript(line)) return { kind: 'title-translation', rule: 'other-script-line' };
  return null;
}

/** Longest line (in words) of a block of teasers closing a text ("Couple : découvrez les signes ..."). */
const MAX_TEASER_WORDS = 24;
/** How many headline lines at the end of a text make a block of teasers. */
const TRAILING_HEADLINES = 3;
/** "Topic : headline", the French typographic colon of a list of links ("Sri Lanka : le président bloqué"). */
const TOPIC_HEADLINE = /^[^:]{2,40}\s:\s\S/u;

/** Longest line (in words) read as a headline in a block of related articles. */
const MAX_RELATED_WORDS = 16;

// A short line with no sentence ending: a linked headline.
function isHeadlineLike(line: string, maxWords = MAX_RELATED_WORDS): boolean {
  return line.split(/\s+/).length <= maxWords && !/[.!?…:]["”»]?$/.test(line);
}

// True when most letters of the text are in another script than the Latin one.
function mostlyOtherScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (text.match(OTHER_SCRIPT)?.length ?? 0) / letters > 0.5;
}

// A short line mostly written in another script than the Latin one (the title again in Hebrew, Russian...).
function isOtherScript(line: string): boolean {
  if (line.split(/\s+/).length > MAX_OTHER_SCRIPT_WORDS) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const other = line.match(OTHER_SCRIPT)?.length ?? 0;
  return letters > 0 && other / letters > 0.5;
}

function creditOf(line: string): Credit {
  const first = ORIGINALLY_PUBLISHED.exec(line);
  if (first?.[1]) return { text: line, name: first[1].trim(), of: 'text' };
  const m = CREDIT_NAME.exec(line);
  const name = (m?.[2] ?? line).trim();
  const isPhoto = /photo|image/i.test(m?.[1] ?? '') || /^\(?\s*(crédit photo|photo credit|crédits photos?)/i.test(line);
  return { text: line, name, of: isPhoto ? 'photo' : 'text' };
}

const foldForCompare = (s: string): string =>
  stripEmphasis(s).normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

function sameText(a: string, b: string): boolean {
  return foldForCompare(a) === foldForCompare(b);
}

// Trailing spaces go; runs of spaces and tabs fold to one; a line of only invisible spaces is empty.
function tidyLine(line: string): string {
  const t = line.replace(/[ \t]{2,}/g, ' ').trim();
  return /^[\s\u00a0\u200b\u202f]*$/.test(t) ? '' : t;
}

/** Removes markdown emphasis around a title: "**Title**" -> "Title". */
export function stripEmphasis(s: string): string {
  return s.replace(/^#{1,6}\s+/, '').replace(/^(\*\*|__)(.+)\1$/, '$2').replace(/^\*(.+)\*$/, '$1').trim();
}

// Markdown -> text: headings, emphasis, links and images (alt texts become caption lines the rules remove).
function markdownToText(md: string): string {
  return md
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => (alt ? `Image : ${alt}` : ''))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^\s*[-*+]\s+/gm, '');
}
