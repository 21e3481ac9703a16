// Reads one knowledge file: a header record, then one JSON record per line; "#" lines are notes, blank lines skipped.
import { readFileSync } from 'node:fs';
import { KnowledgeError } from './errors.js';
import { Fields } from './fields.js';
import type { KnowledgeFile } from './types.js';

/** A parsed file: its header and its records, each wrapped for checked reading. */
export interface ParsedFile {
  readonly header: KnowledgeFile;
  readonly records: readonly Fields[];
}

/** Reads `path` (shown as `file` in errors) and checks its header declares `kind`, a source and a licence. */
export function readJsonl(path: string, file: string, kind: string): ParsedFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KnowledgeError(file, null, `cannot be read (${(e as Error).message}); restore it from git or regenerate it (see data/README.md)`);
  }
  const lines = text.split('\n');
  let header: Fields | null = null;
  const records: Fields[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    const record: number | null = header === null ? null : records.length + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new KnowledgeError(file, line, `is not valid JSON (${(e as Error).message}); each line must hold one whole record`, record);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new KnowledgeError(file, line, 'must be a JSON object {...}', record);
    }
    const fields: Fields = new Fields(value as Record<string, unknown>, file, line, record);
    if (header === null) header = fields;
    else records.push(fields);
  }
  if (header === null) throw new KnowledgeError(file, null, 'is empty; its first line must be a header {"kind", "source", "licence"}');
  const declared = header.str('kind');
  if (declared !== kind) {
    throw new KnowledgeError(file, header.line, `header "kind" is "${declared}" but this file must hold "${kind}"`);
  }
  const source = header.str('source');
  const licence = header.str('licence');
  const generatedBy = header.optStr('generatedBy');
  const handWritten = header.optBool('handWritten') ?? false;
  if (generatedBy === null && !handWritten) {
    throw new KnowledgeError(file, header.line, 'header must say how the file was made: "generatedBy": "<script>" or "handWritten": true');
  }
  header.done();
  return { header: { file, kind, source, licence, generatedBy, records: records.length }, records };
}

/** A file to read: where it is on disk and how errors name it. */
export interface FileRef {
  readonly path: string;
  readonly file: string;
}

/** Records of one file, each with the Fields it came from (for errors found later, across files). */
export interface Read<T> {
  readonly header: KnowledgeFile;
  readonly rows: readonly { readonly at: Fields; readonly value: T }[];
}

/** Reads a file of `kind`, turning each record into a T with `read`; unread fields are errors. */
export function readRecords<T>(ref: FileRef, kind: string, read: (f: Fields) => T): Read<T> {
  const parsed = readJsonl(ref.path, ref.file, kind);
  const rows = parsed.records.map((at) => {
    const value = read(at);
    at.done();
    return { at, value };
  });
  return { header: parsed.header, rows };
}
