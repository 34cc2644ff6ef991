import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverRoot } from '../paths.js';
import { type HexLayout, parseHexLayout } from './hex-map.js';

let bundled: HexLayout | undefined;

/** The bundled 2024 constituency layout (data/uk-constituencies-2024.hexjson), read once per process. */
export function loadHexLayout(): HexLayout {
  bundled ??= parseHexLayout(readFileSync(join(serverRoot, 'data', 'uk-constituencies-2024.hexjson'), 'utf8'));
  return bundled;
}
