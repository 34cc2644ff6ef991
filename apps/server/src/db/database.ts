/** The one SQL dialect (PostgreSQL) over PGlite or a real server. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * Keep the statement prepared under this name on each PostgreSQL connection,
   * so later runs skip parsing and (once PostgreSQL settles on a generic plan)
   * planning: worth it for hot statements only. One name, one text, always.
   * PGlite ignores it.
   */
  name?: string;
}

/**
 * Something that runs SQL: the database itself or an open transaction.
 * Values come back alike on both engines: `bigint` as a JS number, `date` as
 * `YYYY-MM-DD` text, `timestamptz` as a Date, `jsonb` parsed.
 */
export interface Sql {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<Row>>;
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
