import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it stands, each as `rule (count: first targets)`.
 * The script is evaluated through the DevTools protocol, which the page's own CSP does
 * not govern, so strict pages are checked as they are served.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map(
      (v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target))})`,
    );
  });
}
