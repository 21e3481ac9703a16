// Articles and files made up for the store's tests, crash writer and benchmark: every field filled, French accents,
// emoji, quotes and backslashes in the text, some arrays empty.
import { createHash } from 'node:crypto';
import type { Article } from '../core/types.js';
import type { StoredFile } from './store.js';

const sentences = [
  'Selon le ministère, « les élections auraient été reportées » à l’automne.',
  'Le porte-parole a démenti : "aucune décision n’a été prise", a-t-il déclaré à l’AFP.',
  'Crédit : Al Arabiya — photo prise à Bagdad, le 3 mars 2024 🇮🇶.',
  'Un chemin C:\\Users\\öffentlich et une tabulation\tdans le texte.',
];

/** About `length` characters of French text, varied by `seed`. */
export function sampleText(length: number, seed = 0): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += `${sentences[i % sentences.length]} (${i}) `;
  return text.slice(0, length);
}

/** An id in Article's format: "a_" + 16 hex characters derived from `key`. */
export function sampleId(key: string): string {
  return `a_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** A complete article with the given id, source path and about `textLength` characters of text. */
export function sampleArticle(id: string, path: string, textLength = 600): Article {
  const text = sampleText(textLength, id.charCodeAt(id.length - 1));
  return {
    id,
    source: { path, url: `https://exemple.fr/actualité/${id}`, item: null },
    title: 'Élections : le scrutin « reporté » ?',
    titleEvidence: { from: 'json-ld:headline', raw: 'Élections : le scrutin « reporté » ?' },
    language: 'fr',
    published: '2024-09',
    publishedEvidence: { from: 'meta:article:published_time', raw: '2024-09-01T08:00:00+02:00' },
    outlet: 'Le Quotidien',
    author: null,
    encoding: 'utf-8',
    text,
    bodyStart: 0,
    removed: [{ kind: 'cookie', text: 'Nous utilisons des cookies 🍪', rule: 'cookie-banner' }],
    comments: [],
    credits: [{ text: 'Crédit : Al Arabiya', name: 'Al Arabiya', of: 'photo' }],
    duplicateOf: null,
    similarity: null,
    sharedPassages: [],
    signals: [
      {
        name: 'anonymous-source',
        score: 0.75,
        flag: true,
        explanation: 'cite « une source proche » sans la nommer',
        evidence: [{ start: 0, end: 6, text: text.slice(0, 6) }],
      },
    ],
  };
}

/** A file record for `path` listing `articleIds`, with a fake size, mtime and hash. */
export function sampleFile(path: string, articleIds: readonly string[]): StoredFile {
  return {
    path,
    size: 1234 + articleIds.length,
    mtimeMs: 1_726_000_000_123.456,
    ctimeMs: 1_726_000_000_124,
    mode: 0o644,
    analysis: 'ingest-test;max-bytes=52428800',
    sha256: createHash('sha256').update(path).digest('hex'),
    articleIds,
    rejection: null,
    notes: [],
  };
}
