// What shaped a stored file record: the ingest code itself and the options given. A record made under another key
// is stale and the file is read again, so an upgrade of recoupe that fixes a cause, or a larger --max-bytes, counts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fingerprint of the code that turns bytes into articles (this folder and the data model), computed once. */
export const INGEST_VERSION: string = fingerprintCode([dirname(fileURLToPath(import.meta.url)), join(dirname(fileURLToPath(import.meta.url)), '../core')]);

/** The key stored with each file record: the ingest version and every option that changes what a file gives. */
export function ingestKey(options: { readonly maxBytes: number }): string {
  return `ingest-${INGEST_VERSION};max-bytes=${options.maxBytes}`;
}

/** Hash of every source and data file (tests excluded) under the folders, in path order: changes when any changes. */
export function fingerprintCode(folders: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true }).map((d) => (d.isDirectory() ? `${d.name}/` : d.name)).sort();
    } catch {
      return; // a folder missing from an install: the key still differs from any other code's
    }
    for (const name of names) {
      if (name.endsWith('/')) visit(join(folder, name));
      else if (/\.(ts|js|json|jsonl|tsv|txt|csv)$/.test(name) && !/\.test\.|\.d\.ts$/.test(name)) hash.update(name).update(readFileSync(join(folder, name)));
    }
  };
  for (const folder of folders) visit(folder);
  return hash.digest('hex').slice(0, 16);
}
