// Which store a --db value and the environment choose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storeOptionsFrom } from './index.js';
import type { StoreOptions } from './store.js';

const url = 'postgres://me@db.example:5432/recoupe';

describe('storeOptionsFrom', () => {
  const rows: [string | undefined, NodeJS.ProcessEnv, StoreOptions][] = [
    [undefined, {}, { backend: 'embedded', dir: '.recoupe' }],
    ['.recoupe-demo', {}, { backend: 'embedded', dir: '.recoupe-demo' }],
    [url, {}, { backend: 'postgres', url }],
    ['postgresql://me@host/db', {}, { backend: 'postgres', url: 'postgresql://me@host/db' }],
    [undefined, { RECOUPE_DATABASE_URL: url }, { backend: 'postgres', url }],
    ['data', { RECOUPE_DATABASE_URL: url }, { backend: 'embedded', dir: 'data' }], // --db wins over the environment
  ];
  for (const [db, env, expected] of rows) {
    it(`--db ${db ?? '(none)'} with ${JSON.stringify(env)}`, () => assert.deepEqual(storeOptionsFrom(db, env), expected));
  }
});
