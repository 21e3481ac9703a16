// Reads the article object out of a page's JSON-LD scripts (schema.org NewsArticle, BlogPosting, ...).
import { type DomDocument } from './dom.js';

/** The fields recoupe reads from JSON-LD; each is the raw value found, or null. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly articleBody: string | null;
  readonly url: string | null;
  readonly inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|NewsArticle/i;
const PAGE_TYPE = /WebPage|ItemPage/i;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

// Walks @graph, arrays and nested mainEntity so an article object is found wherever the site put it
function collectObjects(v: Json, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) for (const x of v) collectObjects(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
      const child = v[key];
      if (child !== undefined) collectObjects(child, out, depth + 1);
    }
  }
}

function firstString(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) for (const x of v) { const s = firstString(x); if (s) return s; }
  return null;
}

// author may be "Jane", {name}, [{name}, {name}] or {"@id"} only
function namesOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map((x) => namesOf(x)).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (isObject(v)) return firstString(v['name']);
  return null;
}

/** Parses every JSON-LD script and returns the best article object's fields (an *Article type first, else a WebPage). */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    try {
      collectObjects(JSON.parse(raw) as Json, objects);
    } catch {
      // some sites put raw newlines or a trailing ";" in JSON-LD: one retry with those repaired
      try {
        collectObjects(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ').trim().replace(/;$/, '')) as Json, objects);
      } catch {
        continue;
      }
    }
  }
  const article = objects.find((o) => ARTICLE_TYPE.test(typesOf(o)))
    ?? objects.find((o) => PAGE_TYPE.test(typesOf(o)) && (o['headline'] !== undefined || o['datePublished'] !== undefined));
  if (!article) return null;
  const publisher = article['publisher'];
  return {
    headline: firstString(article['headline']) ?? firstString(article['name']),
    datePublished: firstString(article['datePublished']) ?? firstString(article['dateCreated']),
    author: namesOf(article['author']) ?? namesOf(article['creator']),
    publisher: namesOf(publisher) ?? firstString(objects.find((o) => /Organization/.test(typesOf(o)))?.['name']),
    articleBody: firstString(article['articleBody']) ?? firstString(article['text']),
    url: firstString(article['url']),
    inLanguage: firstString(article['inLanguage']),
  };
}
