// The PostgreSQL backend: a `pg` pool on a URL, every table in one schema (default "public").
import pg from 'pg';
import type { SqlExecutor, SqlQuery } from './executor.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

// Connection errors that mean "nothing answers at that address".
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

const connectTimeoutMs = 10_000;

/** Opens the store in `schema` of the PostgreSQL database at `url`, creating the schema and tables if missing. */
export async function openPostgresStore(url: string, schema = 'public'): Promise<Store> {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(`store: "${url}" is not a PostgreSQL URL; use postgres://user:password@host:5432/database`);
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`store: invalid schema name "${schema}"; use lowercase letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: connectTimeoutMs,
    // Every connection of the pool works in our schema; the name was checked above, so it needs no quoting.
    options: `-c search_path=${schema}`,
  });
  // An idle connection that breaks (server restart) is dropped by the pool; the next query opens a new one.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
    await ensureSchema(pool, schema);
  } catch (error) {
    await pool.end().catch(() => {});
    throw describeConnectError(error, url);
  }
  return SqlStore.open('postgres', poolExecutor(pool));
}

// CREATE SCHEMA needs a privilege that users of an existing schema may lack, so create only when missing.
async function ensureSchema(pool: pg.Pool, schema: string): Promise<void> {
  const found = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (found.rowCount === 0) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
}

function describeConnectError(error: unknown, url: string): Error {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  // Node reports "localhost" refusals as an AggregateError of the IPv4 and IPv6 attempts.
  const code = e.code ?? e.errors?.[0]?.code ?? (/timeout/i.test(e.message ?? '') ? 'ETIMEDOUT' : undefined);
  const where = redactUrl(url);
  if (code !== undefined && unreachableCodes.has(code)) {
    return new Error(
      `store: cannot reach PostgreSQL at ${where} (${code}); start it or use the embedded store (omit --db)`,
      { cause: error },
    );
  }
  return new Error(
    `store: PostgreSQL at ${where} refused the connection: ${e.message ?? String(error)}; ` +
      'check the user, password and database name in the URL',
    { cause: error },
  );
}

/** The URL with its password replaced by ***, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** The SqlExecutor over a `pg` pool; a transaction holds one connection from BEGIN to COMMIT. */
export function poolExecutor(pool: pg.Pool): SqlExecutor {
  const on = (db: pg.Pool | pg.PoolClient): SqlQuery => ({
    query: async <R>(sql: string, params: readonly unknown[] = []) =>
      (await db.query(sql, [...params])).rows as R[],
    // Without parameters pg uses the simple protocol, which accepts several statements.
    exec: async (sql: string) => {
      await db.query(sql);
    },
  });
  return {
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let isBroken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          isBroken = true; // the connection itself failed: do not give it back to the pool
        });
        throw error;
      } finally {
        client.release(isBroken);
      }
    },
    close: () => pool.end(),
  };
}
