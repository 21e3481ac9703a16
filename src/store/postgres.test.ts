// The PostgreSQL backend against the conformance suite, in a throwaway schema dropped at the end.
// Skipped, with the reason shown, when no PostgreSQL answers at RECOUPE_TEST_DATABASE_URL (default below).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it, test } from 'node:test';
import pg from 'pg';
import { runStoreConformance } from './conformance.js';
import { openStore } from './index.js';
import { redactUrl } from './postgres.js';

const url = process.env['RECOUPE_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `recoupe_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

const unreachable = await checkReachable(url);
if (unreachable !== null) {
  test('PostgreSQL store', (t) => {
    t.skip(`PostgreSQL not reachable at ${redactUrl(url)}: ${unreachable}`);
  });
} else {
  after(async () => {
    const client = new pg.Client(url);
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  runStoreConformance('postgres', () => openStore({ backend: 'postgres', url, schema }));

  describe('PostgreSQL store: connection errors', () => {
    it('says how to fix an unreachable server', async () => {
      await assert.rejects(
        openStore({ backend: 'postgres', url: 'postgres://postgres:secret@127.0.0.1:1/test' }),
        /^Error: store: cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test \(ECONNREFUSED\); start it or use the embedded store \(omit --db\)$/,
      );
    });

    it('refuses a schema name that would need quoting', async () => {
      await assert.rejects(openStore({ backend: 'postgres', url, schema: 'x; drop' }), /^Error: store: invalid schema name/);
    });

    it('says when the database does not exist', async () => {
      const missing = new URL(url);
      missing.pathname = '/recoupe_no_such_database';
      await assert.rejects(openStore({ backend: 'postgres', url: missing.toString() }), /^Error: store: PostgreSQL at .* refused the connection: .*does not exist/);
    });
  });
}

async function checkReachable(target: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: target, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return e.code ?? e.message ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
