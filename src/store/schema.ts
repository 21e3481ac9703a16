// The one SQL schema, as an ordered list of migrations. It runs unchanged on PGlite (PostgreSQL 18 in wasm) and on
// PostgreSQL 15+, so it sticks to plain types: text, bigint, double precision, jsonb, timestamptz, serial.
import type { SqlQuery } from './executor.js';

/** One step of the schema; versions are 1, 2, 3... in order, and a released step is never edited. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, oldest first. Order here matters: append only. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'files, articles, corrections',
    sql: `
      CREATE TABLE files (
        path        text PRIMARY KEY,
        size        bigint NOT NULL,
        mtime_ms    double precision NOT NULL,
        sha256      text NOT NULL,
        article_ids jsonb NOT NULL,
        rejection   jsonb
      );
      CREATE TABLE articles (
        id         text PRIMARY KEY,
        record     jsonb NOT NULL,
        first_seen bigserial NOT NULL
      );
      CREATE TABLE corrections (
        id         serial PRIMARY KEY,
        kind       text NOT NULL,
        payload    jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 2,
    name: 'files: inode change time, permissions, analysis key, notes (stored results expire)',
    sql: `
      ALTER TABLE files ADD COLUMN ctime_ms double precision NOT NULL DEFAULT -1;
      ALTER TABLE files ADD COLUMN mode integer NOT NULL DEFAULT -1;
      ALTER TABLE files ADD COLUMN analysis text NOT NULL DEFAULT '';
      ALTER TABLE files ADD COLUMN notes jsonb NOT NULL DEFAULT '[]';`,
  },
  {
    version: 3,
    name: 'analyses: the analysed layers of a run, by the key of what shaped them (a rerun on the same inputs reuses them)',
    sql: `
      CREATE TABLE analyses (
        key        text PRIMARY KEY,
        layers     jsonb NOT NULL,
        used_at    bigserial NOT NULL
      );`,
  },
  {
    version: 4,
    name: 'article_results: per-article results (mentions, dates, claims, signals) by the key of their inputs, reused by later runs',
    sql: `
      CREATE TABLE article_results (
        article    text NOT NULL,
        kind       text NOT NULL,
        input_key  text NOT NULL,
        result     text NOT NULL,
        PRIMARY KEY (article, kind)
      );`,
  },
];

/** The schema version this code expects. */
export const schemaVersion = migrations.length;

/** Brings the schema in the current search_path up to date; safe when several processes open at once. */
export async function migrate(db: { transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T> }): Promise<void> {
  await db.transaction(async (tx) => {
    // Serialises concurrent openers on a shared PostgreSQL; the lock ends with the transaction.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('recoupe:migrate:' || current_schema()))`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
    const current = rows[0]?.version ?? 0;
    if (current > schemaVersion) {
      throw new Error(
        `store: the database schema is version ${current} but this recoupe knows only up to ${schemaVersion}; ` +
          'upgrade recoupe or use another --db',
      );
    }
    for (const m of migrations) {
      if (m.version <= current) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}
