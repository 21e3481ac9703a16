// HTML page -> article text, metadata and the boilerplate kept aside: the HTML stage of ingest.
import type { Credit, Evidence, Removed } from '../../core/types.js';
import { extractBlocks } from './body.js';
import { findCredits } from './credits.js';
import { readJsonLd } from './json-ld.js';
import { readMetadata } from './metadata.js';
import { type DomDocument, maxDepth } from './dom.js';
import { parseDocument } from './parse.js';
import { findArticleAnchor, findParagraphCore, removeChrome, RemovedLog } from './preclean.js';
import { THRESHOLDS } from './rules.js';
import { SubstringIndex } from './substring-index.js';
import { joinBlocks, type TextBlock, toBlocks } from './text.js';

/** What extractHtml finds in one page. */
export interface HtmlExtraction {
  title: string | null;
  titleEvidence: Evidence | null;
  text: string;
  removed: Removed[];
  published: string | null;
  publishedEvidence: Evidence | null;
  author: string | null;
  outlet: string | null;
  url: string | null;
  lang: string | null;
  credits: Credit[];
}

const EMPTY: HtmlExtraction = {
  title: null, titleEvidence: null, text: '', removed: [], published: null, publishedEvidence: null,
  author: null, outlet: null, url: null, lang: null, credits: [],
};

/**
 * Extracts the article from an HTML page. Never throws: malformed or empty input gives empty fields.
 * Steps: parse; read metadata (JSON-LD, meta, header); take chrome out of the DOM; let Readability choose the
 * article; post-clean it; fall back to JSON-LD articleBody when it is much longer; log what was not kept.
 */
export function extractHtml(html: string, options?: { url?: string }): HtmlExtraction {
  const document = typeof html === 'string' ? parseDocument(html) : null;
  if (!document) return { ...EMPTY, url: options?.url ?? null };
  // pathological nesting would overflow the recursive walks: the page is treated as unreadable
  if (document.documentElement && maxDepth(document.documentElement) > THRESHOLDS.maxDepth) {
    return { ...EMPTY, url: options?.url ?? null, removed: [{ kind: 'other', rule: 'too-deep', text: `nesting deeper than ${THRESHOLDS.maxDepth} levels` }] };
  }
  try {
    return extractDocument(document, options?.url);
  } catch {
    // a bug must not stop a batch: the page gives an empty body, as an unreadable one would
    return { ...EMPTY, url: options?.url ?? null };
  }
}

function extractDocument(document: DomDocument, pageUrl: string | undefined): HtmlExtraction {
  // 1. metadata first, while the header, JSON-LD and <time> are still in the DOM
  const ld = readJsonLd(document);
  const anchor = findArticleAnchor(document);
  const meta = readMetadata(document, ld, anchor, pageUrl);
  // 2. chrome out, logged; the article's ancestors are protected
  const log = new RemovedLog();
  removeChrome(document, anchor, findParagraphCore(document), log);
  const pageBlocks = document.body ? toBlocks(document.body) : [];
  // 3. Readability chooses the article on the cleaned DOM; post-clean and block refiners follow
  let blocks = extractBlocks(document, meta.title, log);
  // 4. JSON-LD articleBody wins only when much longer (the page's body was rendered by script, or not found)
  const ldBody = ld?.articleBody?.trim() ?? '';
  if (ldBody.length >= THRESHOLDS.jsonLdMinChars && ldBody.length > joinBlocks(blocks).length * THRESHOLDS.jsonLdLongerRatio) {
    blocks = ldBody.split(/\r?\n/).map((t): TextBlock => ({ text: t.replace(/\s+/g, ' ').trim(), kind: 'p' })).filter((b) => b.text);
  }
  // 5. whatever the page showed and the article does not hold is kept aside
  logOutside(pageBlocks, blocks, log);
  return { ...meta, text: joinBlocks(blocks), removed: log.items, credits: findCredits(log.items, blocks) };
}

// Blocks of the cleaned page that the article does not contain: kept as "other" so nothing is lost
function logOutside(pageBlocks: readonly TextBlock[], kept: readonly TextBlock[], log: RemovedLog): void {
  const keptTexts = new Set(kept.map((b) => b.text));
  const joined = new SubstringIndex(kept.map((b) => b.text).join('\n'));
  for (const b of pageBlocks) if (!keptTexts.has(b.text) && !joined.includes(b.text) && !log.has(b.text)) log.add('other', 'outside-article', b.text);
}
