// The layers of src/ import only downwards: core, then ingest, language, claims, the cross-article stages, the store,
// the pipeline and the exports, then the CLI. A stage never reaches into a later one (claims into corroboration, the
// analysis into the store or the CLI), so the pipeline stays one ordered list of pure stages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const src = new URL('../src', import.meta.url).pathname;

/** Each top-level folder of src/ and its rank: a module imports only from lower ranks or its own folder. */
const RANK: Readonly<Record<string, number>> = {
  core: 0,
  ingest: 1,
  language: 2,
  claims: 3,
  corroboration: 4,
  reliability: 4,
  store: 5,
  pipeline: 6,
  export: 6,
  cli: 7,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const layerOf = (file: string): string => relative(src, file).split('/')[0]!;

describe('layers of src/', () => {
  const files = sources(src);

  it('every folder of src/ has a rank', () => {
    for (const layer of new Set(files.map(layerOf))) if (!layer.endsWith('.ts')) assert.ok(layer in RANK, `src/${layer}/ has no rank in test/layers.test.ts`);
  });

  it('imports only go down (or stay in their folder)', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (!(from in RANK)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
        const to = layerOf(resolve(dirname(file), m[1]!));
        if (to === from) continue;
        if (!(to in RANK) || RANK[to]! >= RANK[from]!) wrong.push(`${relative(src, file)} imports ${m[1]} (${from} -> ${to})`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
