import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(import.meta.dirname, '../..');
const serverDist = join(repoRoot, 'apps/server/dist/server.js');

interface ServerModule {
  loadConfig(env: NodeJS.ProcessEnv): Record<string, unknown>;
  startServer(
    config: Record<string, unknown>,
    options: { onAdminKey?: (key: string) => void },
  ): Promise<{ url: string; close(): Promise<void> }>;
}

export interface PlacardServer {
  /** e.g. `http://127.0.0.1:41234` — the API, `/embed.js`, `/admin` and `/dev/…` all live here. */
  origin: string;
  /** The first staff key, made when the database was seeded (for the console's tests). */
  adminKey: string;
  close(): Promise<void>;
}

/**
 * The real reference server from its build (apps/server/dist), on a free port,
 * with a fresh embedded database in a temporary folder, serving `embedDir` as
 * the CDN files (and `demoDir` at `/`), and sending mail to `smtpUrl` (else
 * to its dev mailbox).
 */
export async function startPlacardServer(o: {
  embedDir: string;
  smtpUrl?: string;
  demoDir?: string;
}): Promise<PlacardServer> {
  const { loadConfig, startServer } = (await import(pathToFileURL(serverDist).href)) as ServerModule;
  const dataDir = mkdtempSync(join(tmpdir(), 'placard-embed-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PLACARD_DATA_DIR: dataDir,
    EMBED_DIR: o.embedDir,
    ...(o.smtpUrl ? { SMTP_URL: o.smtpUrl } : {}),
    ...(o.demoDir ? { DEMO_DIR: o.demoDir } : {}),
    LOG_LEVEL: 'silent',
    RATE_LIMITS: 'off',
    COUNT_COALESCE_MS: '50',
    MP_PROVIDER: 'bundled',
  });
  // Kept for tests that sign in to the console, and out of the test output.
  let adminKey = '';
  const server = await startServer(config, {
    onAdminKey: (key) => {
      adminKey = key;
    },
  });
  return {
    origin: new URL(server.url).origin,
    adminKey,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
