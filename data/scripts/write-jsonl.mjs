// Writes a knowledge file: a header record (kind, source, licence, how it was made) then one record per line.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

/** The repository's data/ folder. */
export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `records` under data/<path> with `header` first; returns the line count. */
export function writeJsonl(path, header, records) {
  const file = join(dataDir, path);
  const lines = [JSON.stringify(header), ...records.map((r) => JSON.stringify(r))];
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${relative(join(dataDir, '..'), file)}: ${records.length} records`);
  return lines.length;
}

/** Sorted unique non-empty strings, in first-seen case. */
export function uniq(values) {
  const seen = new Set();
  const out = [];
  for (const v of values) {
    const s = typeof v === 'string' ? v.trim() : '';
    if (s === '' || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}
