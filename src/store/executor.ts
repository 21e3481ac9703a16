// The tiny query executor both backends provide, so that every SQL statement lives in one place (sql-store.ts).

/** Runs statements; inside a transaction, on that transaction. */
export interface SqlQuery {
  /** One statement with $1, $2... parameters; returns the rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A connection to one database: statements, transactions, and the end of it all. */
export interface SqlExecutor extends SqlQuery {
  /** Runs fn in a transaction: committed when fn resolves, rolled back when it throws (the error is rethrown). */
  transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
