// Regenerates test/fixtures/examples.expected.json from the demo corpus. Review the diff before committing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/index.js';
import { summarise } from '../test/golden.js';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'recoupe-fixtures-'));
const store = await openStore({ backend: 'embedded', dir });
try {
  const { dossier } = await analyze({ inputs: [join(root, 'examples')], store });
  const path = join(root, 'test/fixtures/examples.expected.json');
  writeFileSync(path, `${JSON.stringify(summarise(dossier.articles), null, 1)}\n`);
  console.log(`wrote ${path} (${dossier.articles.length} articles)`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
