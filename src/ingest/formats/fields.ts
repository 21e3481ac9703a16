// The common names under which scraped JSON and feeds carry an article's fields.

/** Field names tried, in order, for each article field. */
export const FIELD_NAMES = {
  body: ['articleBody', 'text', 'body', 'content', 'maintext', 'article', 'full_text', 'fulltext', 'content_html', 'html', 'description', 'summary'],
  title: ['title', 'headline', 'name', 'title_page'],
  published: ['published', 'datePublished', 'date_publish', 'published_at', 'publishedAt', 'pubDate', 'publication_date', 'date', 'created_at', 'time'],
  url: ['url', 'link', 'source_url', 'canonical_url', 'uri', 'href'],
  author: ['author', 'authors', 'byline', 'creator'],
  outlet: ['outlet', 'source', 'site_name', 'publisher', 'source_domain', 'domain', 'media'],
} as const;

/** How deep a field's value is looked into (`{"author": [{"name": "..."}]}` is 2); deeper values are ignored. */
export const MAX_FIELD_DEPTH = 8;

/** Most array elements joined into one field (a list of 100,000 authors is not a byline). */
const MAX_FIELD_PARTS = 1000;

/** First non-empty value among the field names, as a string (arrays joined, objects by their name). */
export function pickField(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = asText(record[name], 0);
    if (value) return value;
  }
  return null;
}

// Bounded by depth: a value nested 100,000 deep must not exhaust the stack.
function asText(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (depth >= MAX_FIELD_DEPTH) return null;
  if (Array.isArray(value)) {
    const parts = value.slice(0, MAX_FIELD_PARTS).map((v) => asText(v, depth + 1)).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return asText(o.name ?? o.title ?? o.text ?? o.value ?? null, depth + 1);
  }
  return null;
}

/** Most documents read from one file (feed items, JSON records); the rest are left out with a note. */
export const MAX_ITEMS_PER_FILE = 20_000;

/** True when a string looks like HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<(p|div|br|span|a|article|section|h[1-6]|ul|li|em|strong|img|figure)\b[^>]*>/i.test(s);
}
