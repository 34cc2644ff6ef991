import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildSnippet, escapeAttribute, LANGUAGES, type SnippetOptions, themeRule } from '../src/builder/snippet.js';

const base: SnippetOptions = {
  scriptUrl: 'https://widgets.example.org/embed.js',
  key: 'pk_test_demo',
  campaign: 'ban-chen-quanguo',
  widgets: ['petition-counter', 'campaign-timeline', 'mp-email-form'],
  language: 'en',
  theme: {},
};

describe('the embed snippet', () => {
  test('with the defaults it is the reserved-space stylesheet, the script tag and the three tags, nothing more', () => {
    assert.equal(
      buildSnippet(base),
      [
        '<link rel="stylesheet" href="https://widgets.example.org/embed.css">',
        '<script src="https://widgets.example.org/embed.js" data-key="pk_test_demo" async></script>',
        '',
        '<petition-counter campaign="ban-chen-quanguo"></petition-counter>',
        '<campaign-timeline campaign="ban-chen-quanguo"></campaign-timeline>',
        '<mp-email-form campaign="ban-chen-quanguo"></mp-email-form>',
        '',
      ].join('\n'),
    );
  });

  test('the stylesheet sits beside embed.js, wherever that is served from', () => {
    const snippet = buildSnippet({ ...base, scriptUrl: 'https://cdn.example.net/placard/0.1.0/embed.js' });
    assert.match(
      snippet,
      /^<link rel="stylesheet" href="https:\/\/cdn\.example\.net\/placard\/0\.1\.0\/embed\.css">\n/,
    );
  });

  test('only the chosen widgets are included', () => {
    const snippet = buildSnippet({ ...base, widgets: ['mp-email-form'] });
    assert.match(snippet, /<mp-email-form campaign="ban-chen-quanguo"><\/mp-email-form>/);
    assert.doesNotMatch(snippet, /petition-counter|campaign-timeline/);
  });

  test('Welsh adds lang="cy" to every tag', () => {
    const snippet = buildSnippet({ ...base, language: 'cy' });
    assert.equal(snippet.match(/ lang="cy"/g)?.length, 3);
  });

  test('pins a version: its immutable URLs, with integrity and crossorigin on both files', () => {
    const snippet = buildSnippet({
      ...base,
      pin: { version: '0.3.1', integrity: { 'embed.js': 'sha384-JS"x', 'embed.css': 'sha384-CSS' } },
    });
    assert.match(
      snippet,
      /^<link rel="stylesheet" href="https:\/\/widgets\.example\.org\/embed\/0\.3\.1\/embed\.css" integrity="sha384-CSS" crossorigin="anonymous">$/m,
    );
    assert.match(
      snippet,
      /^<script src="https:\/\/widgets\.example\.org\/embed\/0\.3\.1\/embed\.js" integrity="sha384-JS&quot;x" crossorigin="anonymous" data-key="pk_test_demo" async><\/script>$/m,
    );
  });

  test('offers every language the widgets speak, each as a lang attribute', () => {
    assert.equal(LANGUAGES.length, 14);
    const builderPage = readFileSync(new URL('../src/builder.html', import.meta.url), 'utf8');
    for (const language of LANGUAGES) {
      assert.match(builderPage, new RegExp(`<option value="${language}"`), language);
      if (language !== 'en') {
        assert.equal(buildSnippet({ ...base, language }).match(new RegExp(` lang="${language}"`, 'g'))?.length, 3);
      }
    }
  });

  test('changed colours become a rule of --placard-* properties on the chosen tags', () => {
    const snippet = buildSnippet({
      ...base,
      widgets: ['petition-counter'],
      theme: { '--placard-color-accent': '#8a1538' },
    });
    assert.match(snippet, /<style>\n {2}petition-counter \{\n {4}--placard-color-accent: #8a1538;\n {2}\}\n<\/style>/);
  });

  test('hostile form values cannot break out of an attribute or the style block', () => {
    const snippet = buildSnippet({
      ...base,
      campaign: '"><script>alert(1)</script>',
      key: 'pk_test_"&',
      theme: { '--placard-color-accent': 'red}</style><script>alert(1)</script>', color: '#000' },
    });
    assert.doesNotMatch(snippet, /<script>alert/);
    assert.doesNotMatch(snippet, /<style>/);
    assert.match(snippet, /campaign="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(snippet, /data-key="pk_test_&quot;&amp;"/);
  });

  test('escapeAttribute escapes &, ", < and >', () => {
    assert.equal(escapeAttribute(`a&b"c<d>e'f`), `a&amp;b&quot;c&lt;d&gt;e'f`);
  });

  test('the preview rule carries only safe custom properties', () => {
    assert.equal(
      themeRule('#preview', { '--placard-radius': '8px', '--placard-x': 'url(https://evil)', '--other': '#fff' }),
      '#preview { --placard-radius: 8px; }',
    );
  });
});
