import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

// Pinned embeds: every version of embed.js this server has ever served is kept
// in an archive folder, one sub-folder per version, and served from
// /embed/<version>/ for ever. A partner who pinned 0.3.1 last year keeps getting
// exactly those bytes after the server moves on to 0.4.0 (which Subresource
// Integrity requires: one changed byte and the browser refuses the script).

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const INTEGRITY_FILE = 'integrity.json';

/** SRI hashes (`sha384-…`) of one version's scripts and stylesheets, by path inside the version. */
export type VersionIntegrity = Record<string, string>;

export interface EmbedArchive {
  /** Archived versions, newest first. */
  versions: string[];
  /** The folder a version's files are in. */
  folder(version: string): string;
  integrity(version: string): Promise<VersionIntegrity>;
}

export const isEmbedVersion = (text: string) => VERSION.test(text);

/** Newest first by semver precedence (a release after its pre-releases). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { parts: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i += 1) if (x.parts[i] !== y.parts[i]) return (y.parts[i] ?? 0) - (x.parts[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return -1;
  if (y.pre === undefined) return 1;
  return y.pre.localeCompare(x.pre, 'en', { numeric: true });
}

async function computeIntegrity(folder: string): Promise<VersionIntegrity> {
  const integrity: VersionIntegrity = {};
  const files = (await readdir(folder, { recursive: true })).filter((file) => /\.(js|css)$/.test(file)).sort();
  for (const file of files) {
    const digest = createHash('sha384')
      .update(await readFile(join(folder, file)))
      .digest('base64');
    integrity[file.split(sep).join('/')] = `sha384-${digest}`;
  }
  return integrity;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Adds the current build (`embedDir`, whose manifest names its version) to the
 * archive unless that version is there already; a version's files never change
 * afterwards. Returns the archive, and whether the current build differs from
 * what its version was first archived with (a rebuild without a version bump).
 */
export async function openEmbedArchive(
  embedDir: string,
  archiveDir: string,
): Promise<{ archive: EmbedArchive; current?: string; stale: boolean; error?: unknown }> {
  try {
    return await archiveCurrent(embedDir, archiveDir);
  } catch (error) {
    // A read-only or missing folder costs the pinned URLs, never the server or /embed.js.
    return {
      archive: { versions: [], folder: (v) => join(archiveDir, v), integrity: async () => ({}) },
      stale: false,
      error,
    };
  }
}

async function archiveCurrent(
  embedDir: string,
  archiveDir: string,
): Promise<{ archive: EmbedArchive; current?: string; stale: boolean }> {
  await mkdir(archiveDir, { recursive: true });
  let current: string | undefined;
  let stale = false;
  const manifest = await readFile(join(embedDir, 'embed', 'manifest.json'), 'utf8').catch(() => null);
  if (manifest) {
    const version = (JSON.parse(manifest) as { version?: string }).version;
    if (version && isEmbedVersion(version)) {
      current = version;
      const target = join(archiveDir, version);
      if (!(await exists(join(target, INTEGRITY_FILE)))) {
        // Copied aside, then renamed: a crash never leaves a half-copied version to serve.
        const partial = `${target}.partial-${process.pid}`;
        await rm(partial, { recursive: true, force: true });
        await cp(embedDir, partial, { recursive: true, filter: (source) => !source.endsWith('.map') });
        await writeFile(join(partial, INTEGRITY_FILE), `${JSON.stringify(await computeIntegrity(partial), null, 2)}\n`);
        await rm(target, { recursive: true, force: true });
        await rename(partial, target);
      } else {
        const archived = JSON.parse(await readFile(join(target, INTEGRITY_FILE), 'utf8')) as VersionIntegrity;
        const built = await computeIntegrity(embedDir);
        stale = archived['embed.js'] !== built['embed.js'];
      }
    }
  }
  const versions = (await readdir(archiveDir)).filter(isEmbedVersion).sort(compareVersions);
  const integrities = new Map<string, Promise<VersionIntegrity>>();
  return {
    current,
    stale,
    archive: {
      versions,
      folder: (version) => join(archiveDir, version),
      integrity(version) {
        let known = integrities.get(version);
        if (!known) {
          known = readFile(join(archiveDir, version, INTEGRITY_FILE), 'utf8').then((text) => JSON.parse(text));
          integrities.set(version, known);
        }
        return known;
      },
    },
  };
}
