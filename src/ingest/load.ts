// One input file -> raw documents: reads the bytes (bounded), gunzips, decodes, and splits feeds and JSON lines.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Rejection } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { parseFeed } from './formats/feed.js';
import { parseJsonDocs } from './formats/json.js';
import { articleExtension, errorText, type InputFile } from './walk.js';

/** The document formats recoupe reads. */
export type DocFormat = 'text' | 'markdown' | 'html' | 'json' | 'feed';

/** One article-to-be as found in a file, before cleaning. */
export interface RawDoc {
  readonly format: DocFormat;
  /** Position inside a multi-article file (feed item, JSON line), else null. */
  readonly item: number | null;
  /** The body: HTML when bodyIsHtml, else plain text. */
  readonly body: string;
  readonly bodyIsHtml: boolean;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
}

/** A file read into documents, or refused with a reason. */
export type LoadResult =
  | { readonly ok: true; readonly sha256: string; readonly encoding: string; readonly docs: RawDoc[]; readonly problems: string[] }
  | { readonly ok: false; readonly sha256: string | null; readonly rejection: Rejection };

/** Limits on what one file may cost. */
export interface LoadOptions {
  /** Largest file read, compressed or not, in bytes. */
  readonly maxBytes: number;
  /** Reads a file's bytes; replaceable in tests to simulate failures. */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
}

/** Default largest input: 50 MB, far above any article; larger files are refused, never loaded whole. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads one file into raw documents; never throws for bad input. */
export async function loadFile(file: InputFile, options: LoadOptions): Promise<LoadResult> {
  const { path } = file;
  const reject = (code: string, reason: string, sha256: string | null = null): LoadResult => ({
    ok: false,
    sha256,
    rejection: { path, code, reason },
  });
  if (file.size > options.maxBytes) {
    return reject('too-large', `${formatBytes(file.size)} is more than the limit of ${formatBytes(options.maxBytes)}; raise it with --max-bytes if this really is one article`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await (options.readBytes ?? readFile)(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const code = e.code === 'EACCES' || e.code === 'EPERM' ? 'unreadable' : 'read-error';
    return reject(code, `cannot read the file (${errorText(e)})`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ERR_BUFFER_TOO_LARGE' || /larger than|maxOutputLength/i.test(e.message)) {
        return reject('too-large', `decompresses to more than ${formatBytes(options.maxBytes)}; raise it with --max-bytes`, sha256);
      }
      const truncated = /unexpected end/i.test(e.message);
      return reject(truncated ? 'gzip-truncated' : 'gzip-corrupt', truncated ? 'the gzip file is truncated (unexpected end of file); download it again' : `the gzip data is corrupt (${e.message})`, sha256);
    }
  }
  const format = detectFormat(articleExtension(path), bytes);
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return reject(decoded.code, decoded.reason, sha256);
  const problems: string[] = [];
  const text = storableText(decoded.text);
  let docs: RawDoc[];
  switch (format) {
    case 'json':
      docs = parseJsonDocs(text, problems).map(storableDoc);
      break;
    case 'feed':
      docs = parseFeed(text, problems);
      break;
    default:
      docs = [plainDoc(format, text)];
  }
  if (docs.length === 0) {
    return reject('no-article', problems[0] ?? 'no article text found in the file', sha256);
  }
  return { ok: true, sha256, encoding: decoded.encoding, docs, problems };
}

/** Text that every store can hold: no U+0000 (PostgreSQL refuses it) and no unpaired surrogate. */
export function storableText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// JSON strings may carry "\u0000" escapes that the raw text did not show.
function storableDoc(doc: RawDoc): RawDoc {
  const clean = (v: string | null): string | null => (v === null ? null : storableText(v));
  return { ...doc, body: storableText(doc.body), title: clean(doc.title), published: clean(doc.published), url: clean(doc.url), author: clean(doc.author), outlet: clean(doc.outlet) };
}

function plainDoc(format: DocFormat, text: string): RawDoc {
  return { format, item: null, body: text, bodyIsHtml: format === 'html', title: null, published: null, url: null, author: null, outlet: null };
}

/** Chooses the format from the extension, then from the first bytes when the extension says nothing. */
export function detectFormat(extension: string, bytes: Uint8Array): DocFormat {
  switch (extension) {
    case '.html':
    case '.htm':
    case '.xhtml':
      return 'html';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.json':
    case '.jsonl':
    case '.ndjson':
      return 'json';
    case '.rss':
    case '.atom':
      return 'feed';
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(head) || /^<(rss|feed)\b/.test(head)) return 'feed';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (extension === '.xml' && /<html\b/.test(head))) return 'html';
  if (extension === '.xml') return 'feed';
  if (/^[[{]/.test(head) && extension === '') return 'json';
  if (/^<(head|body|meta|div|p|article)\b/.test(head)) return 'html';
  return 'text';
}

// <meta charset="windows-1252"> or http-equiv content-type, read from the ASCII prefix.
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}
