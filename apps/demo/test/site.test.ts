import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const dist = join(import.meta.dirname, '..', 'dist');
const page = (name: string): string => readFileSync(join(dist, name), 'utf8');
const PAGES = ['index.html', 'builder.html'];

describe('the built partner site', () => {
  test('the campaign page embeds the widgets with exactly the README snippet', () => {
    const html = page('index.html');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script src="/embed.js" data-key="pk_test_demo" async>']);
    for (const tag of ['petition-counter', 'campaign-timeline', 'mp-email-form']) {
      const element = new RegExp(`<${tag} campaign="ban-chen-quanguo">([\\s\\S]*?)</${tag}>`).exec(html);
      assert.ok(element, `<${tag} campaign="ban-chen-quanguo"> is on the page`);
      // Light-DOM content is the no-JS fallback: a link or the timeline itself.
      assert.match(element[1] ?? '', /<a href="https:\/\/|<ol/, `<${tag}> has a no-JS fallback`);
    }
  });

  test('the campaign page has the seed page content and its further reading', () => {
    const html = page('index.html');
    assert.match(html, /<h1>Ban Chen Quanguo: Campaign Updates<\/h1>/);
    assert.match(html, /Email your local MP today and demand that action cannot wait\./);
    assert.equal(html.match(/<li><strong>\d+ \w+ 20\d\d:<\/strong>/g)?.length, 9, 'nine dated updates in the fallback');
    assert.match(html, /<h2 id="further-reading-heading">Further reading<\/h2>/);
    for (const title of ['Chen in Tibet', 'Chen in Xinjiang', 'Ban Chen Quanguo Campaign']) {
      assert.match(html, new RegExp(`<h3 class="card__title">${title}</h3>`));
    }
  });

  for (const name of PAGES) {
    test(`${name} runs under a strict CSP: no inline script, style or handler`, () => {
      const html = page(name);
      for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        assert.match(script, /^<script\b[^>]*\bsrc="/, `external script: ${script}`);
        assert.match(script, />\s*<\/script>$/, `no inline code: ${script}`);
      }
      assert.doesNotMatch(html, /<style\b/i);
      assert.doesNotMatch(html, /\sstyle=/i);
      assert.doesNotMatch(html, /\son[a-z]+=/i);
      assert.doesNotMatch(html, /javascript:/i);
    });

    test(`${name} refers only to files that were built`, () => {
      const html = page(name);
      const local = [...html.matchAll(/(?:src|href)="(\/[^"]*)"/g)]
        .map((match) => match[1] ?? '')
        // Served by the Placard server itself, not by the demo.
        .filter((path) => !/^\/(embed\.js|embed\.css|v1\/|dev\/)/.test(path));
      assert.ok(local.length > 0);
      for (const path of local) {
        const file = path === '/' ? 'index.html' : path.slice(1);
        assert.ok(existsSync(join(dist, file)), `${path} exists in dist/`);
      }
    });
  }
});
