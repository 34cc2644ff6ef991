import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staticClosure, staticImports } from '../lib/import-graph.mjs';

test('static imports of minified esbuild output, not lazy import()', () => {
  const code =
    'import{a as b}from"./chunk-A.js";import"./chunk-B.js";const l=()=>import("./cy-X.js");export{d}from"./chunk-C.js";';
  assert.deepEqual(staticImports(code), ['./chunk-A.js', './chunk-B.js', './chunk-C.js']);
});

test('the closure follows imports transitively, once each, relative to each file', () => {
  const files = {
    'embed/chunks/entry.js': 'import{x}from"./shared.js";import"./lit.js";import("./cy.js")',
    'embed/chunks/shared.js': 'import{y}from"./lit.js";',
    'embed/chunks/lit.js': 'import{z}from"./shared.js";',
  };
  const closure = staticClosure('/dist', 'embed/chunks/entry.js', (file) => files[file]);
  assert.deepEqual(closure.sort(), ['embed/chunks/entry.js', 'embed/chunks/lit.js', 'embed/chunks/shared.js']);
});
