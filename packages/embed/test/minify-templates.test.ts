// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Lit source text, holes included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../scripts/minify-templates.js';

describe('minifying Lit templates in the CDN build', () => {
  it('collapses CSS and drops comments, keeping quoted strings byte for byte', () => {
    const source = "const s = css`\n  /* why */\n  :host {\n    display: block;\n    content: '  a  :  b  ';\n  }\n`;";
    assert.equal(minifyTemplates(source), "const s = css`:host{display:block;content:'  a  :  b  '}`;");
  });

  it('collapses markup whitespace to one space and keeps every binding in order', () => {
    const source = 'const t = html`\n  <p class=${a}>\n    Hello   ${name}\n  </p>\n`;';
    const out = minifyTemplates(source);
    assert.equal(out, 'const t = html`<p class=${a}> Hello ${name} </p>`;');
    assert.deepEqual(out.match(/\$\{\w+\}/g), ['${a}', '${name}']);
  });

  it('leaves <pre> content, no-break spaces and untagged templates alone', () => {
    const pre = 'const p = html`<pre>  two  spaces\n  kept</pre>`;';
    assert.equal(minifyTemplates(pre), pre);
    const nbsp = 'const n = html`<span>a\u00a0\u00a0b</span>`;';
    assert.equal(minifyTemplates(nbsp), nbsp);
    const plain = 'const q = `  not   a   lit   template  `;';
    assert.equal(minifyTemplates(plain), plain);
  });
});
