#!/usr/bin/env node
// Build step after tsc: makes dist/store-template.tar, the data directory a new embedded store starts from (see
// src/store/template.ts), unless the one there was made by this PGlite for this schema. Takes about 6 s of CPU.
// A failure here does not fail the build: stores are then created with initdb, as slowly as before.
// Run: node scripts/make-store-template.mjs [--force]
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/store/template.js', import.meta.url);
if (!existsSync(compiled)) {
  console.error('make-store-template: dist/store/template.js is missing; run tsc -p tsconfig.build.json first');
  process.exit(2);
}
const { currentManifest, defaultTemplatePath, makeTemplate, readManifest } = await import(compiled.href);

const wanted = JSON.stringify(currentManifest());
if (!process.argv.includes('--force') && JSON.stringify(readManifest(defaultTemplatePath)) === wanted) {
  console.log(`make-store-template: ${defaultTemplatePath} is up to date`);
} else {
  try {
    const startMs = performance.now();
    await makeTemplate(defaultTemplatePath);
    console.log(`make-store-template: made ${defaultTemplatePath} in ${((performance.now() - startMs) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.warn(
      `make-store-template: could not make the store template (${error instanceof Error ? error.message : error}); ` +
        'recoupe still works, but creating a store will take several seconds more',
    );
  }
}
