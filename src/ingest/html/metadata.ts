// Page metadata (title, date, author, outlet, url, language), each value with the field it came from.
import type { Evidence } from '../../core/types.js';
import { type DomDocument, type DomElement, textOf } from './dom.js';
import type { JsonLdArticle } from './json-ld.js';

/** Metadata read from <head>, JSON-LD and the article header. */
export interface PageMetadata {
  readonly title: string | null;
  readonly titleEvidence: Evidence | null;
  readonly published: string | null;
  readonly publishedEvidence: Evidence | null;
  readonly author: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly lang: string | null;
}

/** Meta names and properties for the publication date, in order of trust. */
const DATE_METAS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'dc.date', 'dc.date.issued',
  'dcterms.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'published_time', 'cxenseparse:recs:publishtime',
];
// " | Le Monde", " - BBC News", " — Site": the separators a <title> uses before the site name
const TITLE_SUFFIX = /^(.{10,}?)\s+(?:\||-|–|—|:{1,2}|·|»|\/)\s+([^|–—·»]{2,60})$/;

// <meta name|property|itemprop=KEY content=...>, keys compared case-insensitively
function indexMetas(document: DomDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  return metas;
}

function evidence(from: string, raw: string | null | undefined): { value: string; evidence: Evidence } | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  return value ? { value, evidence: { from, raw: value } } : null;
}

const normaliseForCompare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Drops a trailing " | Site name" when the tail is the outlet, the host, or short beside a long title. */
export function stripSiteSuffix(title: string, outlet: string | null, host: string | null): string {
  const m = TITLE_SUFFIX.exec(title);
  if (!m) return title;
  const head = m[1] ?? title, tail = normaliseForCompare(m[2] ?? '');
  const known = [outlet, host?.replace(/^www\./, '').replace(/\.[a-z]+$/, '')].filter((x): x is string => !!x).map(normaliseForCompare);
  const isSite = known.some((k) => k && (tail === k || tail.includes(k) || k.includes(tail)));
  const isShortTail = (m[2] ?? '').split(/\s+/).length <= 3 && head.split(/\s+/).length >= 4;
  return isSite || isShortTail ? stripSiteSuffix(head.trim(), outlet, host) : title;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname; } catch { return null; }
}

function resolveUrl(raw: string | null | undefined, base: string | undefined): string | null {
  if (!raw) return null;
  try { return new URL(raw, base).href; } catch { return /^https?:\/\//i.test(raw) ? raw : null; }
}

/** "fr-FR", "fr_FR", "FR" -> "fr"; anything else -> null. */
export function normaliseLang(raw: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:$|[-_\s,;])/i.exec(raw ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

function firstOf<T>(...candidates: (() => T | null)[]): T | null {
  for (const c of candidates) { const v = c(); if (v !== null) return v; }
  return null;
}

/** Reads the page's metadata; `article` is the element believed to hold the article, for its <h1> and <time>. */
export function readMetadata(document: DomDocument, ld: JsonLdArticle | null, article: DomElement | null, pageUrl: string | undefined): PageMetadata {
  const metas = indexMetas(document);
  const meta = (key: string): string | null => metas.get(key) ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = resolveUrl(canonical, pageUrl) ?? resolveUrl(meta('og:url'), pageUrl) ?? pageUrl ?? null;
  const outlet = firstOf(
    () => meta('og:site_name'),
    () => ld?.publisher ?? null,
    () => meta('application-name'),
  );
  const host = hostOf(url);
  const scope = article ?? document.body;
  const h1 = scope?.querySelector('h1') ?? document.querySelector('h1');
  const titleTag = document.querySelector('title');
  const title = firstOf(
    () => evidence('meta:og:title', meta('og:title')),
    () => evidence('json-ld:headline', ld?.headline),
    () => evidence('meta:twitter:title', meta('twitter:title')),
    () => evidence('h1', h1 ? textOf(h1) : null),
    () => evidence('title', titleTag ? textOf(titleTag) : null),
  );
  const published = firstOf(
    () => evidence('json-ld:datePublished', ld?.datePublished),
    ...DATE_METAS.map((key) => () => evidence(`meta:${key}`, meta(key.toLowerCase()))),
    () => evidence('itemprop:datePublished', attrOf(document.querySelector('[itemprop="datePublished"]'), ['datetime', 'content'])),
    () => evidence('time[datetime]', attrOf(scope?.querySelector('time[datetime]') ?? document.querySelector('time[datetime]'), ['datetime'])),
    () => evidence('time[pubdate]', attrOf(document.querySelector('time[pubdate]'), ['datetime'], true)),
  );
  const relAuthor = document.querySelector('a[rel="author"]');
  const author = firstOf(
    () => meta('author'),
    () => ld?.author ?? null,
    () => meta('article:author') && !/^https?:/.test(meta('article:author') ?? '') ? meta('article:author') : null,
    () => meta('parsely-author') ?? meta('sailthru.author') ?? meta('dc.creator'),
    () => (relAuthor ? textOf(relAuthor) || null : null),
  );
  const htmlLang = document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang');
  const lang = firstOf(
    () => normaliseLang(htmlLang),
    () => normaliseLang(meta('og:locale')),
    () => normaliseLang(meta('content-language')),
    () => normaliseLang(ld?.inLanguage),
  );
  const cleanTitle = title ? stripSiteSuffix(title.value, outlet, host) : null;
  return {
    title: cleanTitle,
    titleEvidence: title?.evidence ?? null,
    published: published?.value ?? null,
    publishedEvidence: published?.evidence ?? null,
    author: author?.replace(/\s+/g, ' ').trim() || null,
    outlet: outlet?.replace(/\s+/g, ' ').trim() || null,
    url,
    lang,
  };
}

function attrOf(el: DomElement | null, names: readonly string[], textFallback = false): string | null {
  if (!el) return null;
  for (const n of names) { const v = el.getAttribute(n)?.trim(); if (v) return v; }
  return textFallback ? textOf(el) || null : null;
}
