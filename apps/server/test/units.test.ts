import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGUAGES } from '@placard/contract';
import { textsFor } from '../src/i18n/texts-for.js';
import { isOriginPattern, originMatches } from '../src/keys/origin-pattern.js';
import { createLogger } from '../src/logger.js';
import { escapeHtml, html } from '../src/pages/html.js';
import { csvField } from '../src/signatures/csv.js';
import { isoTimestamp } from '../src/time.js';

describe('origin patterns', () => {
  test('match exact origins, any port, subdomains and nothing else', () => {
    const cases: Array<[string, string, boolean]> = [
      ['http://localhost:5173', 'http://localhost:*', true],
      ['http://localhost', 'http://localhost:*', true],
      ['https://localhost:5173', 'http://localhost:*', false],
      ['http://localhost.evil.example:80', 'http://localhost:*', false],
      ['https://partner.example', 'https://partner.example', true],
      ['https://partner.example:443', 'https://partner.example', true],
      ['https://partner.example:8443', 'https://partner.example', false],
      ['https://partner.example.evil.example', 'https://partner.example', false],
      ['https://act.partner.example', 'https://*.partner.example', true],
      ['https://partner.example', 'https://*.partner.example', false],
      ['https://evilpartner.example', 'https://*.partner.example', false],
      ['HTTPS://Partner.Example', 'https://partner.example', true],
      ['null', 'http://localhost:*', false],
      ['https://anything.example', '*', true],
    ];
    for (const [origin, pattern, expected] of cases) {
      assert.equal(originMatches(origin, pattern), expected, `${origin} vs ${pattern}`);
    }
    assert.ok(isOriginPattern('http://127.0.0.1:*'));
    assert.ok(!isOriginPattern('localhost'));
    assert.ok(!isOriginPattern('https://partner.example/path'));
  });
});

describe('CSV fields', () => {
  test('quote per RFC 4180 and keep formulas as text', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(null), '');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r', '\n'])
      assert.equal(csvField(`${start}1`)[0] === "'" || csvField(`${start}1`)[1] === "'", true);
  });

  test('see through whitespace, line breaks and invisible characters before a formula', () => {
    const prefixes = [
      ' ',
      '   ',
      '\t',
      '\r',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u200b',
      '\u2028',
      ' \n\t',
    ];
    for (const prefix of prefixes) {
      for (const start of ['=', '+', '-', '@']) {
        const cell = `${prefix}${start}HYPERLINK("http://x")`;
        const written = csvField(cell);
        const unquoted = written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written;
        assert.equal(unquoted, `'${cell}`, `unguarded: ${JSON.stringify(cell)}`);
      }
    }
    // Ordinary text that merely contains a sign or starts with a space is left alone.
    assert.equal(csvField(' Jane'), ' Jane');
    assert.equal(csvField('Jane = Doe'), 'Jane = Doe');
    assert.equal(csvField('O’Brien-Smith'), 'O’Brien-Smith');
  });
});

describe('small pieces', () => {
  test('html escapes every interpolated value', () => {
    assert.equal(escapeHtml(`<script>"'&`), '&lt;script&gt;&quot;&#39;&amp;');
    assert.equal(html`<p>${'<b>'}</p>`.value, '<p>&lt;b&gt;</p>');
  });

  test('timestamps drop zero milliseconds to match the fixtures', () => {
    assert.equal(isoTimestamp(new Date('2021-01-28T00:00:00Z')), '2021-01-28T00:00:00Z');
    assert.equal(isoTimestamp(new Date('2021-01-28T00:00:00.123Z')), '2021-01-28T00:00:00.123Z');
  });
});

describe('logs', () => {
  test('never keep emails, names, postcodes, authorization or the failing row of a database error', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const error = Object.assign(new Error('new row violates check constraint'), {
      code: '23514',
      severity: 'ERROR',
      constraint: 'signatures_status_check',
      detail: 'Failing row contains (tenzin@example.org, Tenzin Dolma).',
      // PGlite's errors carry the statement's values as `params`, node-postgres's as `parameters`.
      params: ['tenzin@example.org', 'Tenzin Dolma', 'SW1A 1AA'],
      parameters: ['tenzin@example.org'],
      query: 'INSERT INTO signatures …',
    });
    logger.error({ err: error, requestId: 'r1' }, 'unhandled error');
    // Messages of this class quote the value they failed on: only the class is logged.
    const cast = Object.assign(new Error('invalid input syntax for type uuid: "tenzin@example.org"'), {
      code: '22P02',
    });
    logger.error({ err: cast }, 'unhandled error');
    logger.error({ err: new SyntaxError('Unexpected token \'T\', "Tenzin Dolma" is not valid JSON') }, 'oops');
    logger.info({ signer: { email: 'tenzin@example.org', name: 'Tenzin Dolma', postcode: 'SW1A 1AA' } }, 'oops');
    logger.info({ headers: { authorization: 'Bearer sk_secret' } }, 'oops');
    const text = lines.join('');
    for (const secret of ['tenzin@example.org', 'Tenzin Dolma', 'SW1A 1AA', 'sk_secret'])
      assert.ok(!text.includes(secret), secret);
    assert.match(text, /"code":"23514"/);
    assert.match(text, /new row violates check constraint/);
    assert.match(text, /"constraint":"signatures_status_check"/);
    assert.match(text, /"code":"22P02","message":"database error: data exception/);
    // A field nobody listed is dropped, and named so that whoever added it sees why.
    assert.match(text, /"unlisted":\["signer"\]/);
    assert.match(text, /"unlisted":\["headers"\]/);
  });
});

describe('supporter texts', () => {
  test('every language the widgets speak has its mails and pages, matched as the widgets match tags', () => {
    for (const language of LANGUAGES) assert.equal(textsFor(language).language, language);
    const cases: Array<[string | undefined, string]> = [
      ['zh-TW', 'zh-Hant'],
      ['zh-CN', 'zh-Hans'],
      ['pt-BR', 'pt'],
      ['fr-CA', 'fr'],
      ['ar', 'en'],
      ['not a tag!', 'en'],
      [undefined, 'en'],
    ];
    for (const [tag, language] of cases) assert.equal(textsFor(tag).language, language, String(tag));
    assert.equal(textsFor('ug').dir, 'rtl');
  });

  test('a translated mail keeps the values passed in', () => {
    for (const language of LANGUAGES) {
      const texts = textsFor(language);
      assert.ok(texts.mail.signatureThanks.subject('Ban Chen Quanguo').includes('Ban Chen Quanguo'), language);
      assert.ok(
        texts.mail.letterConfirmation.open('Rachel Blake', 'Holborn', 'Ban').includes('Rachel Blake'),
        language,
      );
      assert.ok(texts.pages.linkWorksUntil('DATE').includes('DATE'), language);
    }
  });
});
