// JSON and JSON Lines files -> raw documents (one per object carrying a body).
import type { RawDoc } from '../load.js';
import { FIELD_NAMES, looksLikeHtml, MAX_ITEMS_PER_FILE, pickField } from './fields.js';

/** Reads a JSON value (object, array of objects, or {articles|items|data: [...]}) or JSON Lines. */
export function parseJsonDocs(text: string, problems: string[]): RawDoc[] {
  let records: unknown[];
  try {
    const value: unknown = JSON.parse(text);
    if (isDossier(value)) {
      problems.push('a recoupe dossier, not an article (recoupe reads the articles a dossier was made from, not the dossier)');
      return [];
    }
    records = unwrap(value);
  } catch {
    records = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        problems.push(`line ${i + 1}: not valid JSON (${(error as Error).message})`);
        records.push(null);
      }
    });
  }
  if (records.length > MAX_ITEMS_PER_FILE) {
    problems.push(`${records.length} records: only the first ${MAX_ITEMS_PER_FILE} were read; split the file to read the rest`);
    records = records.slice(0, MAX_ITEMS_PER_FILE);
  }
  const docs: RawDoc[] = [];
  records.forEach((record, item) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) return;
    const r = record as Record<string, unknown>;
    const body = pickField(r, FIELD_NAMES.body);
    if (!body) {
      problems.push(`item ${item}: no text field (looked for ${FIELD_NAMES.body.slice(0, 5).join(', ')}...)`);
      return;
    }
    docs.push({
      format: 'json',
      item,
      body,
      bodyIsHtml: looksLikeHtml(body),
      title: pickField(r, FIELD_NAMES.title),
      published: pickField(r, FIELD_NAMES.published),
      url: pickField(r, FIELD_NAMES.url),
      author: pickField(r, FIELD_NAMES.author),
      outlet: pickField(r, FIELD_NAMES.outlet),
    });
  });
  return docs;
}

function isDossier(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as Record<string, unknown>).format === 'recoupe-dossier';
}

function unwrap(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['articles', 'items', 'data', 'results', 'documents']) {
      if (Array.isArray(o[key])) return o[key] as unknown[];
    }
    return [o];
  }
  return [];
}
