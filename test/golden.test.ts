// The demo corpus read as the reviewed golden summary says (regenerate with `npm run fixtures:update`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/index.js';
import { summarise } from './golden.js';

const root = new URL('..', import.meta.url).pathname;

describe('golden: the demo corpus', async () => {
  const expected = JSON.parse(readFileSync(join(root, 'test/fixtures/examples.expected.json'), 'utf8')) as Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-golden-'));
  const store = await openStore({ backend: 'embedded', dir });
  const { dossier } = await analyze({ inputs: [join(root, 'examples')], store });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const actual = summarise(dossier.articles);
  it('has the same articles', () => assert.deepEqual(Object.keys(actual), Object.keys(expected)));
  for (const name of Object.keys(expected)) {
    it(name, () => assert.deepEqual(actual[name], expected[name]));
  }
});
