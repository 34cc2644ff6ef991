/**
 * docs/partners.md tells partners how much space each widget keeps while it loads (to
 * reserve it in their own stylesheet, or to know what `--placard-min-height` replaces).
 * Those figures live in one table, `@placard/elements/reserved-space.js`: the docs must
 * quote that table and nothing else.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { NARROW_VIEWPORT, RESERVED_SPACE } from '@placard/elements/reserved-space.js';

const docs = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'partners.md'), 'utf8');

describe('docs/partners.md', () => {
  test('quotes every reserved block size of the elements’ table', () => {
    for (const { tag, attribute, wide, narrow } of RESERVED_SPACE) {
      const which = `<${tag}>${attribute ? `[${attribute}]` : ''}`;
      assert.ok(docs.includes(`\`${wide}em\``), `${which}: ${wide}em`);
      if (narrow !== wide) assert.ok(docs.includes(`\`${narrow}em\``), `${which} on a narrow screen: ${narrow}em`);
    }
    const counter = RESERVED_SPACE.find((entry) => entry.tag === 'petition-counter' && !entry.attribute);
    assert.ok(docs.includes(`min-height: ${counter?.wide}em;`), 'the stylesheet example uses the counter’s figure');
  });

  test('quotes no other size in em than the table’s and its narrow-screen breakpoint', () => {
    const known = new Set(RESERVED_SPACE.flatMap(({ wide, narrow }) => [`${wide}em`, `${narrow}em`]));
    known.add(/\(max-width: (.+)\)/.exec(NARROW_VIEWPORT)?.[1] ?? '');
    const quoted = [...docs.matchAll(/\b\d+(?:\.\d+)?em\b/g)].map(([figure]) => figure);
    assert.deepEqual(
      quoted.filter((figure) => !known.has(figure)),
      [],
    );
  });
});
