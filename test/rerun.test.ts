// Reruns do only new work: what was computed of each unchanged article (mentions, dates, claims, warning signs) is
// taken from the store, and the dossier is the one a first run on the same inputs makes.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Dossier } from '../src/core/dossier.js';
import { analyze } from '../src/pipeline/analyze.js';
import { openStore } from '../src/store/index.js';

const examples = new URL('../examples', import.meta.url).pathname;
const KINDS = 4; // mentions, dates, claims, signals

const withoutTime = (d: Dossier): Omit<Dossier, 'generatedAt'> => {
  const { generatedAt: _time, ...rest } = d;
  return rest;
};

describe('rerun with one more article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-rerun-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  const names = readdirSync(examples).filter((n) => /^\d\d-.*\.(txt|html)$/.test(n)).sort();
  const last = names.pop()!;
  for (const n of names) copyFileSync(join(examples, n), join(inputs, n));

  const store = await openStore({ backend: 'embedded', dir: join(dir, 'store') });
  const first = await analyze({ inputs: [inputs], store });
  copyFileSync(join(examples, last), join(inputs, last));
  const second = await analyze({ inputs: [inputs], store });
  await store.close();
  const fresh = await openStore({ backend: 'embedded', dir: join(dir, 'fresh') });
  const cold = await analyze({ inputs: [inputs], store: fresh });
  await fresh.close();

  it('computes every per-article result on the first run', () => {
    assert.deepEqual([first.stats.resultsReused, first.stats.resultsComputed], [0, KINDS * first.stats.articles]);
  });

  it('reuses the unchanged articles\' mentions and dates, and computes the new one\'s', () => {
    const old = first.stats.articles;
    assert.equal(second.stats.articles, old + 1);
    assert.equal(second.stats.analysisReused, false);
    // Mentions and dates depend on the article alone: all reused. Claims and signals also depend on the entities and
    // duplicates across articles, so an article the new one changes is computed again.
    assert.ok(second.stats.resultsReused! >= 2 * old, `reused ${second.stats.resultsReused}`);
    assert.equal(second.stats.resultsReused! + second.stats.resultsComputed!, KINDS * (old + 1));
    assert.ok(second.stats.resultsComputed! >= KINDS, 'the new article is analysed');
  });

  it('gives the dossier of a first run on the same inputs', () => {
    assert.deepEqual(withoutTime(second.dossier), withoutTime(cold.dossier));
  });
});
