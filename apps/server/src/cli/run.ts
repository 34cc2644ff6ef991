import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { CliError, describeFailure } from './cli-error.js';
import { type Command, checkFlags, commands } from './commands.js';
import { write } from './context.js';

export interface CliIo {
  out: Writable;
  err: Writable;
  env: NodeJS.ProcessEnv;
  /** An already open database to use (and leave open) instead of the one the environment names. */
  db?: Database;
}

function usage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: placard <command> [flags]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "placard <command> --help" for its flags.',
    '',
    "The database is the server's: DATABASE_URL (PostgreSQL) or else the PGlite folder PLACARD_DATA_DIR.",
    'PGlite allows one process at a time: while a server holds the folder the CLI refuses and changes nothing;',
    "stop the server first, or use the running server's admin API.",
    'Data goes to stdout; progress and errors to stderr; a failure exits with status 1.',
    '',
  ].join('\n');
}

function commandUsage(command: Command): string {
  return [
    `Usage: placard ${command.name}${command.flags.length > 0 ? ' [flags]' : ''}`,
    '',
    command.summary,
    ...(command.flags.length > 0 ? ['', 'Flags:', ...command.flags.map((flag) => `  ${flag}`)] : []),
    '',
  ].join('\n');
}

/** Finds the command named by the first one or two words. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  const two = commands.find((command) => command.name === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, rest: argv.slice(2) };
  const one = commands.find((command) => command.name === argv[0]);
  return one ? { command: one, rest: argv.slice(1) } : null;
}

function parseFlags(command: Command, rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // Node's messages run on about "--" and positionals; the first sentence is the useful part.
    const first = (error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '');
    throw new CliError(`${first} for "placard ${command.name}" (see placard ${command.name} --help).`);
  }
}

/** Runs one CLI invocation; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0) {
    await write(io.err, usage());
    return 1;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    await write(io.out, usage());
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    const words = argv
      .filter((word) => !word.startsWith('-'))
      .slice(0, 2)
      .join(' ');
    await write(io.err, `placard: unknown command "${words}". Run "placard --help" for the list.\n`);
    return 1;
  }
  const { command, rest } = found;
  let db: Database | undefined;
  let opened = false;
  try {
    const values = parseFlags(command, rest);
    if (values.help) {
      await write(io.out, commandUsage(command));
      return 0;
    }
    checkFlags(command, values);
    const config: Config = loadConfig(io.env);
    db = io.db;
    if (!db) {
      db = await openDatabase(config, { owner: 'placard CLI' });
      opened = true;
    }
    if (command.migrates !== false) {
      // Like the server on start: a fresh database gets its schema first.
      const applied = await migrate(db);
      if (applied.length > 0) await write(io.err, `Applied ${applied.join(', ')}.\n`);
    }
    return (await command.run({ config, db, out: io.out, err: io.err }, values)) ?? 0;
  } catch (error) {
    await write(io.err, `placard ${command.name}: ${describeFailure(error, command.flagFor)}\n`);
    return 1;
  } finally {
    if (opened) await db?.close();
  }
}
