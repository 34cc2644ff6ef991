/**
 * Builds the partner demo site into dist/ (served by the Placard server at `/`):
 * the static pages, stylesheets and images copied as they are, and the snippet
 * builder's script bundled. No inline scripts or styles anywhere, so the site
 * runs under a strict Content-Security-Policy.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(appDir, 'src');
const dist = join(appDir, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(src)) {
  if (/\.(html|css)$/.test(name)) cpSync(join(src, name), join(dist, name));
}
cpSync(join(src, 'images'), join(dist, 'images'), { recursive: true });

await build({
  absWorkingDir: appDir,
  entryPoints: [join(src, 'builder/builder.ts')],
  outfile: join(dist, 'builder.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  platform: 'browser',
  target: ['es2021'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('@placard/demo: built dist/');
