// The one implementation of Store, written once in SQL that PGlite and PostgreSQL both run (see schema.ts).
import type { Article } from '../core/types.js';
import type { SqlExecutor, SqlQuery } from './executor.js';
import { migrate } from './schema.js';
import type { ArticleResult, Correction, Store, StoredCorrection, StoredFile } from './store.js';

// Analyses kept (a store used for a few different piles of articles keeps each one's latest analysis).
const KEPT_ANALYSES = 4;
/** Articles per query when reading per-article results, and characters of results per insert. */
const RESULT_IDS_PER_QUERY = 5000;
const RESULT_BATCH_CHARS = 8 * 1024 * 1024;

// Articles go to the database in JSON arrays of this many, so one statement stays a few MB at most.
const articlesPerStatement = 500;

// created_at as ISO 8601 in UTC, formatted by the database so both backends give the same string.
const createdAtIso = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;

const fileColumns = 'path, size::float8 AS size, mtime_ms, ctime_ms, mode, analysis, sha256, article_ids, rejection, notes';

interface FileRow {
  path: string;
  size: number;
  mtime_ms: number;
  ctime_ms: number;
  mode: number;
  analysis: string;
  sha256: string;
  article_ids: string[];
  rejection: StoredFile['rejection'];
  notes: string[];
}

interface CorrectionRow {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  created_at: string;
}

/** A Store over any SqlExecutor; `release` runs once the executor is closed (the embedded lock file). */
export class SqlStore implements Store {
  private isClosed = false;

  private constructor(
    readonly backend: Store['backend'],
    private readonly db: SqlExecutor,
    private readonly release: () => void,
  ) {}

  /** Migrates the schema, then returns the store; closes the executor if migrating fails. */
  static async open(backend: Store['backend'], db: SqlExecutor, release: () => void = () => {}): Promise<SqlStore> {
    try {
      await migrate(db);
    } catch (error) {
      await db.close().catch(() => {});
      throw error;
    }
    return new SqlStore(backend, db, release);
  }

  async getFile(path: string): Promise<StoredFile | null> {
    const rows = await this.sql().query<FileRow>(`SELECT ${fileColumns} FROM files WHERE path = $1`, [path]);
    return rows[0] === undefined ? null : toStoredFile(rows[0]);
  }

  async putFile(file: StoredFile, articles: readonly Article[]): Promise<void> {
    // A feed may carry the same article twice; one row per id, the last copy wins as it does across files.
    const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
    const db = this.sql();
    try {
      await db.transaction(async (tx) => {
        for (let start = 0; start < unique.length; start += articlesPerStatement) {
          await insertArticles(tx, unique.slice(start, start + articlesPerStatement));
        }
        await tx.query(
          `INSERT INTO files (path, size, mtime_ms, ctime_ms, mode, analysis, sha256, article_ids, rejection, notes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb)
           ON CONFLICT (path) DO UPDATE SET size = EXCLUDED.size, mtime_ms = EXCLUDED.mtime_ms,
             ctime_ms = EXCLUDED.ctime_ms, mode = EXCLUDED.mode, analysis = EXCLUDED.analysis,
             sha256 = EXCLUDED.sha256, article_ids = EXCLUDED.article_ids, rejection = EXCLUDED.rejection,
             notes = EXCLUDED.notes`,
          [
            file.path,
            file.size,
            file.mtimeMs,
            file.ctimeMs,
            file.mode,
            file.analysis,
            file.sha256,
            JSON.stringify(file.articleIds),
            file.rejection === null ? null : JSON.stringify(file.rejection),
            JSON.stringify(file.notes),
          ],
        );
      });
    } catch (error) {
      // e.g. PostgreSQL's "unsupported Unicode escape sequence" for a U+0000 inside a text
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`store: could not record ${file.path} (nothing of it was kept): ${reason}`, { cause: error });
    }
  }

  async listFiles(): Promise<StoredFile[]> {
    // COLLATE "C": code-point order whatever the database's locale, so both backends agree
    const rows = await this.sql().query<FileRow>(`SELECT ${fileColumns} FROM files ORDER BY path COLLATE "C"`);
    return rows.map(toStoredFile);
  }

  async getArticle(id: string): Promise<Article | null> {
    const rows = await this.sql().query<{ record: Article }>('SELECT record FROM articles WHERE id = $1', [id]);
    return rows[0]?.record ?? null;
  }

  async getArticles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql().query<{ record: Article }>(
      `SELECT a.record FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS wanted(id, n)
       JOIN articles a ON a.id = wanted.id ORDER BY wanted.n`,
      [JSON.stringify(ids)],
    );
    return rows.map((r) => r.record);
  }

  async countArticles(): Promise<number> {
    const rows = await this.sql().query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
    return rows[0]?.n ?? 0;
  }

  async addCorrection(correction: Correction): Promise<StoredCorrection> {
    const rows = await this.sql().query<CorrectionRow>(
      `INSERT INTO corrections (kind, payload) VALUES ($1, $2::jsonb) RETURNING id, kind, payload, ${createdAtIso}`,
      [correction.kind, JSON.stringify(correction.payload)],
    );
    return toStoredCorrection(rows[0] as CorrectionRow);
  }

  async listCorrections(): Promise<StoredCorrection[]> {
    const rows = await this.sql().query<CorrectionRow>(
      `SELECT id, kind, payload, ${createdAtIso} FROM corrections ORDER BY id`,
    );
    return rows.map(toStoredCorrection);
  }

  async removeCorrection(id: number): Promise<boolean> {
    const rows = await this.sql().query('DELETE FROM corrections WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  }

  async getAnalysis(key: string): Promise<unknown> {
    const rows = await this.sql().query<{ layers: unknown }>('SELECT layers FROM analyses WHERE key = $1', [key]);
    return rows[0]?.layers ?? null;
  }

  async putAnalysis(key: string, layers: unknown): Promise<void> {
    await this.sql().transaction(async (tx) => {
      await tx.query(
        `INSERT INTO analyses (key, layers) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET layers = EXCLUDED.layers, used_at = nextval(pg_get_serial_sequence('analyses', 'used_at'))`,
        [key, jsonbText(JSON.stringify(layers))],
      );
      // The latest few only: each is a whole corpus's analysis.
      await tx.query(`DELETE FROM analyses WHERE key NOT IN (SELECT key FROM analyses ORDER BY used_at DESC LIMIT ${KEPT_ANALYSES})`);
    });
  }

  async getArticleResults(articles: readonly string[]): Promise<ArticleResult[]> {
    const out: ArticleResult[] = [];
    for (let i = 0; i < articles.length; i += RESULT_IDS_PER_QUERY) {
      const rows = await this.sql().query<{ article: string; kind: string; key: string; value: string }>(
        `SELECT r.article, r.kind, r.input_key AS key, r.result AS value
         FROM jsonb_array_elements_text($1::jsonb) AS wanted(id) JOIN article_results r ON r.article = wanted.id`,
        [JSON.stringify(articles.slice(i, i + RESULT_IDS_PER_QUERY))],
      );
      out.push(...rows);
    }
    return out;
  }

  async putArticleResults(results: readonly ArticleResult[]): Promise<void> {
    // In batches of a few megabytes, each one statement: the rows travel as one JSON array.
    let batch: ArticleResult[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await this.sql().query(
        `INSERT INTO article_results (article, kind, input_key, result)
         SELECT r.article, r.kind, r.key, r.value FROM jsonb_to_recordset($1::jsonb) AS r(article text, kind text, key text, value text)
         ON CONFLICT (article, kind) DO UPDATE SET input_key = EXCLUDED.input_key, result = EXCLUDED.result`,
        [JSON.stringify(batch.map(({ article, kind, key, value }) => ({ article, kind, key, value })))],
      );
      [batch, size] = [[], 0];
    };
    for (const r of results) {
      batch.push(r);
      size += r.value.length;
      if (size >= RESULT_BATCH_CHARS) await flush();
    }
    await flush();
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    try {
      await this.db.close();
    } finally {
      this.release();
    }
  }

  private sql(): SqlExecutor {
    if (this.isClosed) throw new Error(`store: this ${this.backend} store is closed; open it again with openStore()`);
    return this.db;
  }
}

// Upserts articles by id; the record is replaced (the latest reading wins) and first_seen keeps the first insert.
async function insertArticles(tx: SqlQuery, articles: readonly Article[]): Promise<void> {
  await tx.query(
    `INSERT INTO articles (id, record)
     SELECT e.value ->> 'id', e.value FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, n)
     ORDER BY e.n
     ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record`,
    [JSON.stringify(articles)],
  );
}

function toStoredFile(row: FileRow): StoredFile {
  return {
    path: row.path,
    size: row.size,
    mtimeMs: row.mtime_ms,
    ctimeMs: row.ctime_ms,
    mode: row.mode,
    analysis: row.analysis,
    sha256: row.sha256,
    articleIds: row.article_ids,
    rejection: row.rejection,
    notes: row.notes,
  };
}

function toStoredCorrection(row: CorrectionRow): StoredCorrection {
  return { id: row.id, kind: row.kind, payload: row.payload, createdAt: row.created_at };
}

/**
 * JSON text that PostgreSQL's jsonb accepts: JSON.stringify writes a lone surrogate (a span cut inside an emoji) and
 * U+0000 as escapes that jsonb refuses ("invalid input syntax for type json"); they become U+FFFD.
 */
export function jsonbText(json: string): string {
  return json.replace(/\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/gi, '\\ufffd');
}
