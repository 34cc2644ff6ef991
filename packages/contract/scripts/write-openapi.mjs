// Writes dist/openapi.json from the built contract, so the document ships with
// the package and is never a second hand-written copy.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../dist/openapi.js';

writeFileSync(new URL('../dist/openapi.json', import.meta.url), `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
