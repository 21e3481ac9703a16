// A raw document -> an Article: clean body, boilerplate aside, title, date, language, outlet, author, id.
import { createHash } from 'node:crypto';
import type { Article, Credit, Evidence, Removed } from '../core/types.js';
import { extractHtml } from './html/index.js';
import type { RawDoc } from './load.js';
import { detectLanguage } from './metadata/language.js';
import { dateFromUrl, datelineDate, notAfter, parseDate } from './metadata/published.js';
import { deslug, firstSentence, isSlug, slugFromUrl } from './metadata/title.js';
import { cleanText } from './text/clean-text.js';

/** What is known of the file a document comes from. */
export interface DocOrigin {
  readonly path: string;
  readonly mtimeMs: number;
  readonly encoding: string;
}

/** Builds the article for one raw document. The id is content-derived; the caller makes it unique. */
export async function buildArticle(doc: RawDoc, origin: DocOrigin): Promise<Article> {
  // 1. Body: HTML goes through the extractor, then every text through the line rules.
  const html = doc.bodyIsHtml ? extractHtml(doc.body, { url: doc.url ?? undefined }) : null;
  const knownTitle = doc.title ?? html?.title ?? null;
  const cleaned = cleanText(html ? html.text : doc.body, {
    title: knownTitle,
    markdown: doc.format === 'markdown',
    titleLine: html === null,
  });
  const removed: Removed[] = [...(html?.removed ?? []), ...cleaned.removed];
  const credits: Credit[] = [...(html?.credits ?? []), ...cleaned.credits, ...datelineCredit(cleaned.text)];
  const url = doc.url ?? html?.url ?? null;

  // 2. Title: the best evidence, a slug made into words, or the first sentence.
  const title = chooseTitle(knownTitle, cleaned.title, cleaned.text, url, doc.title ? 'field:title' : (html?.titleEvidence?.from ?? null));

  // 3. Published date: metadata fields, a header line, then the URL; never later than the file itself.
  const candidates: Evidence[] = [
    doc.published ? { from: `${doc.format}:published`, raw: doc.published } : null,
    html?.publishedEvidence ?? (html?.published ? { from: 'html', raw: html.published } : null),
    cleaned.headerDate ? { from: 'header-line', raw: cleaned.headerDate } : null,
    datelineOf(cleaned.text),
  ].filter((x): x is Evidence => x !== null);
  let published: string | null = null;
  let publishedEvidence: Evidence | null = null;
  for (const c of candidates) {
    const d = parseDate(c.raw) ?? parseLooseDate(c.raw);
    if (d && notAfter(d, origin.mtimeMs)) {
      published = d.value;
      publishedEvidence = c;
      break;
    }
  }
  if (!published && url) {
    const d = dateFromUrl(url);
    if (d && notAfter(d, origin.mtimeMs)) {
      published = d.value;
      publishedEvidence = { from: 'url', raw: url };
    }
  }

  // 4. Language, outlet, author.
  const { language } = await detectLanguage(`${title.value}\n${cleaned.text}`, html?.lang ?? null);
  // The headline opens the text, so that what it claims and names has spans like the rest.
  const body = cleaned.text;
  // A text of one line ("Microsoft will buy Mojang AB.", a wire flash) is its own title and its own body: an article.
  const isFlash = body.trim() === '' && title.evidence?.from === 'first-line';
  const headline = title.evidence?.from === 'first-sentence' || isFlash ? '' : title.value;
  const text = isFlash ? title.value : headline ? `${headline}\n\n${body}` : body;
  return {
    id: contentId(title.value, isFlash ? title.value : body),
    source: { path: origin.path, url, item: doc.item },
    title: title.value,
    titleEvidence: title.evidence,
    language,
    published,
    publishedEvidence,
    outlet: doc.outlet ?? html?.outlet ?? cleaned.outlet,
    author: doc.author ?? html?.author ?? cleaned.author,
    encoding: origin.encoding,
    text,
    bodyStart: headline ? headline.length + 2 : 0,
    removed,
    comments: cleaned.comments,
    credits,
    duplicateOf: null,
    similarity: null,
    sharedPassages: [],
    signals: [],
  };
}

function chooseTitle(
  known: string | null,
  firstLine: string | null,
  text: string,
  url: string | null,
  knownFrom: string | null,
): { value: string; evidence: Evidence | null } {
  const given = known?.trim() || null;
  if (given && !isSlug(given)) return { value: given, evidence: { from: knownFrom ?? 'given', raw: given } };
  if (firstLine && firstLine !== given && !isSlug(firstLine)) return { value: firstLine, evidence: { from: 'first-line', raw: firstLine } };
  const slug = given ?? slugFromUrl(url);
  if (slug) return { value: deslug(slug), evidence: { from: 'slug', raw: slug } };
  const sentence = firstSentence(text);
  return { value: sentence, evidence: sentence ? { from: 'first-sentence', raw: sentence } : null };
}

// Dates with a time of day or a zone that the strict parser refuses: "2023-03-21 10:00:00 +0100", RFC 2822.
function parseLooseDate(raw: string): ReturnType<typeof parseDate> {
  const head = /^\d{4}-\d{2}-\d{2}/.exec(raw.trim());
  if (head) return parseDate(head[0]);
  const ms = Date.parse(raw);
  if (Number.isNaN(ms) || !/\d{4}/.test(raw)) return null;
  return parseDate(new Date(ms).toISOString().slice(0, 10));
}

// "WASHINGTON, 21 mars (AFP) -", "MOSCOU (Reuters) –": the agency in a dateline is where the story comes from.
function datelineCredit(text: string): Credit[] {
  const m = /^[^\n]{0,80}?\((AFP|Reuters|AP|Associated Press|Agence France-Presse|Bloomberg|Xinhua|TASS|Tass|Interfax|dpa|ANSA|EFE|Belga|ATS|Kyodo|Yonhap|UPI|Anadolu)\)\s*[-–—]/u.exec(text.slice(0, 160));
  return m ? [{ text: m[0].trim(), name: m[1]!, of: 'text' }] : [];
}

function datelineOf(text: string): Evidence | null {
  const raw = datelineDate(text);
  return raw ? { from: 'dateline', raw } : null;
}

/** "a_" + 16 hex characters of the SHA-256 of the normalised title and text. */
export function contentId(title: string, text: string, salt = ''): string {
  const normal = `${title}\n${text}`.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `a_${createHash('sha256').update(normal + salt).digest('hex').slice(0, 16)}`;
}
