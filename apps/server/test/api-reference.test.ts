import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANY_ROUTE_ERRORS, ERROR_CODES, type RouteDefinition, routes } from '@placard/contract';
import { apiReferencePage, type OpenApiDocument } from '../src/pages/api-reference.js';
import { docsRoutes } from '../src/pages/docs-routes.js';
import { markdown, markdownInline, safeHref } from '../src/pages/markdown.js';

const md = (text: string) => markdown(text).value;
const inline = (text: string) => markdownInline(text).value;

describe('the Markdown of descriptions', () => {
  test('paragraphs, code, bold, links and lists', () => {
    assert.equal(
      md('Reads are **public**; use `pk_…` keys.\nSee [the document](/v1/openapi.json).\n\nSecond paragraph.'),
      '<p>Reads are <strong>public</strong>; use <code>pk_…</code> keys. See <a href="/v1/openapi.json">the document</a>.</p>\n<p>Second paragraph.</p>',
    );
    assert.equal(
      md('Three kinds:\n\n- **Public**: reads\n- `pk_…`: writes,\n  from allowed origins\n\n1. one\n2. two'),
      '<p>Three kinds:</p>\n<ul><li><strong>Public</strong>: reads</li><li><code>pk_…</code>: writes, from allowed origins</li></ul>\n<ol><li>one</li><li>two</li></ol>',
    );
    assert.equal(
      inline('[docs](https://example.org/a?b=1&c=2)'),
      '<a href="https://example.org/a?b=1&amp;c=2">docs</a>',
    );
    assert.equal(inline('double ``code with ` tick`` here'), 'double <code>code with ` tick</code> here');
    assert.equal(inline('an \\*\\*escaped\\*\\* star and a \\` tick'), 'an **escaped** star and a ` tick');
  });

  test('what is not closed stays text, escaped', () => {
    assert.equal(inline('a lone ` tick and **half bold'), 'a lone ` tick and **half bold');
    assert.equal(inline('[no target] and [empty]()'), '[no target] and empty');
    assert.equal(inline('2 * 3 ** 4'), '2 * 3 ** 4');
  });

  test('raw HTML is text: tags, attributes and entities are escaped', () => {
    assert.equal(
      md('<script>alert(1)</script> & <img src=x onerror="alert(1)">'),
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>',
    );
    assert.equal(inline('`<b>not bold</b>`'), '<code>&lt;b&gt;not bold&lt;/b&gt;</code>');
    assert.equal(inline('**<i>x</i>**'), '<strong>&lt;i&gt;x&lt;/i&gt;</strong>');
    assert.equal(inline('&lt;already&gt;'), '&amp;lt;already&amp;gt;');
  });

  test('links go only to http(s) and relative addresses; anything else keeps its text and loses the link', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/\\evil.example',
      'mailto:someone@example.org',
      'https:evil.example',
      'a:b/c',
    ]) {
      assert.equal(safeHref(href), null, href);
    }
    for (const href of [
      'https://example.org/x',
      'http://localhost:8080/',
      '/v1/openapi.json',
      '#errors',
      'page.html?a=1',
    ]) {
      assert.equal(safeHref(href), href, href);
    }
    assert.equal(inline('[click](javascript:alert(1))'), '[click](javascript:alert(1))');
    assert.equal(inline('[click](javascript:alert)'), 'click');
    assert.equal(inline('[**bold** `code`](data:text/html,x)'), '<strong>bold</strong> <code>code</code>');
    assert.equal(
      inline('[x](https://e.example/"onmouseover="alert(1))'),
      '[x](https://e.example/&quot;onmouseover=&quot;alert(1))',
    );
    assert.equal(inline('[x](https://e.example/"q")'), '<a href="https://e.example/&quot;q&quot;">x</a>');
  });

  test('nested markup: bold and code inside links, links inside bold, no link inside a link', () => {
    assert.equal(
      inline('**see [the `doc`](/v1/docs)**'),
      '<strong>see <a href="/v1/docs">the <code>doc</code></a></strong>',
    );
    assert.equal(inline('[outer [inner](/a) text](/b)'), '<a href="/b">outer [inner](/a) text</a>');
    assert.equal(inline('**a `**` b**'), '<strong>a <code>**</code> b</strong>');
    assert.equal(inline('`**not bold**`'), '<code>**not bold**</code>');
    // Deep nesting stops being markup rather than recursing without end.
    const deep = `${'**['.repeat(50)}x${'](/a)**'.repeat(50)}`;
    assert.doesNotMatch(inline(deep), /<script/);
  });
});

describe('the API reference page', () => {
  const hostile: OpenApiDocument = {
    info: {
      title: 'Test <API>',
      version: '1',
      description: 'Hello <script>alert(1)</script> [x](javascript:alert(1)) **<img src=x onerror=alert(1)>**',
    },
    paths: {
      '/v1/things/{id}': {
        get: {
          operationId: 'getThing',
          summary: 'A thing',
          description: 'Gets `<b>` and **[a link](https://example.org)** "quoted" <iframe src="//evil">',
          security: [],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: '"><script>x</script>' },
          ],
          responses: {
            '200': {
              description: 'Success with `<code>`',
              content: {
                'application/json': { schema: { type: 'string' }, example: '</code></pre><script>1</script>' },
              },
            },
            '404': {
              description: '- `not_found`: gone',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/ErrorEnvelope' },
                  examples: { not_found: { summary: 'not_found', description: 'Gone <script>', value: {} } },
                },
              },
            },
          },
          'x-codeSamples': [{ lang: 'http', source: 'GET /v1/things/<script> HTTP/1.1' }],
        },
      },
    },
    components: { schemas: {} },
  };

  test('hostile text in the document is escaped, and unsafe links dropped', () => {
    const page = apiReferencePage(hostile);
    assert.doesNotMatch(page, /<script|<img|<iframe|<b>|href="javascript/i);
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(page.includes('<code>&lt;b&gt;</code>'));
    assert.ok(page.includes('<strong><a href="https://example.org">a link</a></strong>'));
    assert.ok(page.includes('&lt;iframe src=&quot;//evil&quot;&gt;'));
    assert.ok(page.includes('GET /v1/things/&lt;script&gt; HTTP/1.1'));
    assert.ok(page.includes('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;1&lt;/script&gt;'));
    assert.ok(page.includes('<title>Test &lt;API&gt; reference</title>'));
  });

  test('/v1/docs: Markdown rendered, an example request and response for every route, its error codes and access', async () => {
    const response = await docsRoutes().request('/v1/docs');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const page = await response.text();
    assert.doesNotMatch(page, /<script/i);

    // Descriptions are rendered: no Markdown backticks or ** left outside the examples' text.
    const prose = page.replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '');
    assert.doesNotMatch(prose, /`/);
    assert.doesNotMatch(prose, /\*\*/);
    assert.ok((page.match(/<code>/g)?.length ?? 0) > 100);
    assert.ok(page.includes('<strong>Publishable key</strong>'), 'the intro renders its Markdown list');

    // A contents list linking each route, and one headed section per route.
    const contents = /<nav aria-labelledby="contents">([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
    for (const [name, route] of Object.entries(routes) as [string, RouteDefinition][]) {
      assert.ok(contents.includes(`href="#op-${name}"`), `${name} in the contents`);
      const section = new RegExp(`<section class="op" id="op-${name}"[\\s\\S]*?</section>`).exec(page)?.[0] ?? '';
      assert.ok(section.includes(`<h3 id="op-${name}-title">`), `${name} heading`);

      const request = /aria-label="Example request: [^"]*"><code>([\s\S]*?)<\/code>/.exec(section)?.[1] ?? '';
      assert.ok(request.startsWith(`${route.method} /v1/`), `${name}: example request`);
      assert.doesNotMatch(request.split('\n')[0] ?? '', /\{\w+\}/, `${name}: path parameters filled in`);
      if (route.body) assert.match(request, /Content-Type: application\/json\n\n\{/, `${name}: example body`);
      if (route.auth !== 'public') assert.match(request, /Authorization: Bearer (pk|sk)_/, name);
      const answer = /aria-label="Example response: [^"]*"><code>([\s\S]*?)<\/code>/.exec(section)?.[1] ?? '';
      assert.ok(answer.startsWith(`HTTP/1.1 ${route.status}`), `${name}: example response`);
      if (route.response) assert.match(answer, /Content-Type: application\/json\n\n[{[]/, `${name}: example body`);
      if (route.stream) assert.match(answer, /event: count\ndata: \{/, name);

      for (const code of new Set([...route.errors, ...ANY_ROUTE_ERRORS])) {
        assert.ok(section.includes(`<a href="#error-${code}"><code>${code}</code></a>`), `${name}: ${code}`);
      }
      const access = { public: 'none; anyone may call it', publishable: 'a publishable key', secret: 'a secret key' };
      assert.ok(section.includes(`<strong>Authentication:</strong> ${access[route.auth]}`), `${name}: access`);
    }

    // Every error code, with its status and meaning, in one table the routes link to.
    for (const code of ERROR_CODES) {
      assert.match(
        page,
        new RegExp(`<tr id="error-${code}"><th scope="row"><code>${code}</code></th><td>\\d{3}</td><td>[^<]`),
      );
    }
    // Tables say what they are.
    assert.equal(page.match(/<table>/g)?.length, page.match(/<table><caption>/g)?.length);
  });
});
