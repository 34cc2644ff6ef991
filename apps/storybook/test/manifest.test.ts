/**
 * What the docs pages and the controls list for each element: the manifest the
 * preview hands Storybook (`publicManifest` of @placard/elements' custom-elements.json,
 * as `.storybook/preview.ts` does) has the documented attributes, properties and
 * events, and none of the internal members (the version stamp, the store, test hooks,
 * private, protected, static, `_` and `#` members).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type CustomElementsManifest, type ManifestDeclaration, publicManifest } from '../src/docs/public-manifest.js';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../packages/elements/custom-elements.json');

function shownManifest(): CustomElementsManifest {
  if (!existsSync(file)) throw new Error('packages/elements/custom-elements.json is missing: build @placard/elements.');
  return publicManifest(JSON.parse(readFileSync(file, 'utf8')) as CustomElementsManifest);
}

function element(manifest: CustomElementsManifest, tag: string): ManifestDeclaration {
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(found, `<${tag}> is not in the manifest`);
  return found;
}

const names = (items: unknown) => ((items as { name: string }[] | undefined) ?? []).map((item) => item.name).sort();

const COMMON = ['api', 'campaign', 'key'];
const WIDGET = [...COMMON, 'lang', 'theme'];

/** Per tag: the documented attributes, the public properties and events a partner uses. */
const PUBLIC_API: Record<string, { attributes: string[]; properties: string[]; events: string[] }> = {
  'petition-counter': {
    attributes: [...WIDGET, 'compact', 'display-only', 'goal', 'show-area-count'],
    properties: ['api', 'campaign', 'compact', 'displayOnly', 'goal', 'key', 'showAreaCount', 'theme'],
    events: ['placard-error', 'placard-signed'],
  },
  'campaign-timeline': {
    attributes: [...WIDGET, 'limit', 'order'],
    properties: ['api', 'campaign', 'key', 'limit', 'order', 'theme'],
    events: ['placard-error'],
  },
  'mp-email-form': {
    attributes: WIDGET,
    properties: ['api', 'campaign', 'key', 'theme'],
    events: ['placard-error', 'placard-message-sent'],
  },
  'placard-campaign': { attributes: COMMON, properties: COMMON, events: [] },
};

/** Internal members that once showed in Controls and the props tables. */
const INTERNAL = ['announceIntervalMs', 'localeReady', 'placardVersion', 'store'];

describe('the elements as the docs pages and controls show them', () => {
  const manifest = shownManifest();

  for (const [tag, api] of Object.entries(PUBLIC_API)) {
    it(`<${tag}>: the documented attributes, properties and events, nothing internal`, () => {
      const declaration = element(manifest, tag);
      const members = declaration.members ?? [];
      for (const name of api.attributes) {
        assert.ok(names(declaration.attributes).includes(name), `attribute ${name} is missing`);
      }
      assert.deepEqual(names(members.filter((member) => member.kind === 'field')), [...api.properties].sort());
      assert.deepEqual(names(declaration.events), api.events);
      for (const name of INTERNAL) {
        assert.ok(!names(members).includes(name), `internal member ${name} is shown`);
        assert.ok(!names(declaration.attributes).includes(name), `internal ${name} is shown as an attribute`);
      }
      for (const member of members) {
        assert.ok(!member.static, `static member ${member.name} is shown`);
        assert.ok((member.privacy ?? 'public') === 'public', `${member.privacy} member ${member.name} is shown`);
        assert.ok(!/^[_#]/.test(member.name), `private member ${member.name} is shown`);
      }
    });
  }

  it('leaves out @internal members even where they would pass as public fields', () => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as CustomElementsManifest;
    const counter = element(raw, 'petition-counter');
    assert.deepEqual(
      names(counter.members).filter((name) => INTERNAL.includes(name)),
      [],
      'the manifest still lists internal members: mark them @internal in their JSDoc',
    );
  });
});
