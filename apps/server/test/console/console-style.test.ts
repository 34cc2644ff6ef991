import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONSOLE_CSS } from '../../src/console/console-style.js';
import { serverRoot } from '../../src/paths.js';

/** `--placard-color-text, #1c1b1f` pairs as the widgets' tokens write their defaults, in order. */
function widgetDefaults(css: string): string[][] {
  return [...css.matchAll(/var\((--placard-color-[a-z-]+), (#[0-9a-f]{6})\)/g)].map((m) => [m[1]!, m[2]!]);
}

/** `--placard-color-text: #1c1b1f;` pairs as the console sets them, in order. */
function consoleValues(css: string): string[][] {
  return [...css.matchAll(/(--placard-color-[a-z-]+): (#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!]);
}

describe('the console’s stylesheet', () => {
  it('uses the widgets’ design tokens: the same colours, light and dark', () => {
    const tokens = readFileSync(join(serverRoot, '../../packages/elements/src/styles/tokens.ts'), 'utf8');
    const dark = tokens.slice(tokens.indexOf('const darkDefaults'), tokens.indexOf('export const tokens'));
    const light = tokens.slice(tokens.indexOf('export const tokens'), tokens.indexOf('@media'));
    const inConsole = consoleValues(CONSOLE_CSS);
    const sort = (pairs: string[][]) => [...pairs].sort((a, b) => a[0]!.localeCompare(b[0]!));
    const consoleLight = inConsole.slice(0, widgetDefaults(light).length);
    const consoleDark = inConsole.slice(consoleLight.length);
    assert.ok(widgetDefaults(light).length >= 10);
    assert.deepEqual(sort(consoleLight), sort(widgetDefaults(light)));
    assert.deepEqual(sort(consoleDark), sort(widgetDefaults(dark)));
  });
});
