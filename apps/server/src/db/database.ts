/** The one SQL dialect (PostgreSQL) over PGlite or a real server. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/**
 * Something that runs SQL: the database itself or an open transaction.
 * Values come back alike on both engines: `bigint` as a JS number, `date` as
 * `YYYY-MM-DD` text, `timestamptz` as a Date, `jsonb` parsed.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}
