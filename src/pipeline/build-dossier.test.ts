// The pipeline's stages: layers a stage declares it releases are gone once it has run, so that the later stages do not
// carry them; everything a later stage needs is still there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticle, type RawDoc } from '../ingest/index.js';
import { runStages } from './build-dossier.js';

const doc = (body: string): RawDoc => ({ format: 'text', item: null, body, bodyIsHtml: false, title: null, published: null, url: null, author: null, outlet: null });
const origin = { path: '/in/a.txt', mtimeMs: 0, encoding: 'utf-8' };
const BODY = 'Un titre\n\nLe ministre Jean Dupont a déclaré mardi que la ville de Lyon recevrait une aide. Selon Reuters, la mairie aurait refusé.';

describe('runStages', () => {
  it('releases the raw mentions once the claims are found, and keeps the entities for the later stages', async () => {
    const article = await buildArticle(doc(BODY), origin);
    const layers = runStages([article]);
    assert.equal('mentions' in layers, false);
    assert.ok((layers.entities ?? []).some((e) => e.name === 'Jean Dupont'));
    assert.ok((layers.claims ?? []).length > 0);
    assert.equal(layers.signed?.length, 1);
  });

  it('keeps the raw mentions when it stops before the claims (recoupe entities)', async () => {
    const article = await buildArticle(doc(BODY), origin);
    const layers = runStages([article], [], { until: 'entities' });
    assert.ok((layers.mentions?.get(article.id) ?? []).some((m) => m.text === 'Lyon'));
  });
});
