import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

/** What every command gets: the database (migrated) and where to write. */
export interface CliContext {
  config: Config;
  db: Database;
  /** Data: keys, CSV, tables. */
  out: Writable;
  /** Progress and errors. */
  err: Writable;
}

/** Writes to a stream and waits while it is full, so large exports keep memory flat. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

/** A plain-text table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
