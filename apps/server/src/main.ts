import { type Config, checkServable, loadConfig } from './config.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

let config: Config;
try {
  config = loadConfig();
  checkServable(config);
} catch (error) {
  process.stderr.write(`placard: ${(error as Error).message}\n`);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const server = await startServer(config, { logger }).catch((error: unknown) => {
  // Another process on the PGlite folder is an operator's mix-up, not a bug: one line, no stack.
  if (error instanceof DataDirInUseError) process.stderr.write(`placard: ${error.message}\n`);
  else logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});

logger.info(
  {
    url: server.url,
    database: config.databaseUrl ? 'postgres' : `pglite (${config.dataDir})`,
    demo: `${server.url}/`,
    docs: `${server.url}/v1/docs`,
    console: `${server.url}/admin`,
    ...(config.smtpUrl ? {} : { devMailbox: `${server.url}/dev/mail` }),
  },
  `Placard is listening on ${server.url}`,
);

let stopping = false;
function stop(signal: string) {
  if (stopping) {
    logger.warn({ signal }, 'second signal: exiting now');
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
