// Writes dist/nsiw-feed.schema.json from the feed's one definition, src/core/feed/schema.ts, so that
// the JSON Schema editors validate against can never disagree with the widgets' own validator.
// Usage: node scripts/build-schema.mjs (part of `npm run build`).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/nsiw-widgets/dist/nsiw-feed.schema.json';

/**
 * Bundles one TypeScript module of the library (with its local imports; packages stay external) into
 * node_modules/.cache/nsiw/ and imports it, so that Node scripts run the very code the browser runs.
 * @param {string} sourcePath path from the repository root, e.g. `src/core/validator/validate.ts`
 */
export async function importSource(sourcePath) {
  const outfile = join(root, 'node_modules/.cache/nsiw', basename(sourcePath).replace(/\.ts$/, '.mjs'));
  const result = await build({
    entryPoints: [join(root, sourcePath)],
    outfile,
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  // Several commands may run at once and share the cache: each writes its own file and renames it into
  // place, in one step, so that no command ever imports a file another is still writing.
  const written = `${outfile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await mkdir(dirname(outfile), { recursive: true });
  await writeFile(written, result.outputFiles[0].contents);
  await rename(written, outfile);
  return import(pathToFileURL(outfile).href);
}

async function buildSchema() {
  const [{ createFeedSchema }, { toJsonSchema }] = await Promise.all([
    importSource('src/core/feed/schema.ts'),
    import('@valibot/to-json-schema'),
  ]);
  // The base URL only matters for resolving links at runtime; the JSON Schema describes the input.
  const { Feed, ...definitions } = createFeedSchema('https://example.org/feed.json');
  const { $schema, ...schema } = toJsonSchema(Feed, {
    target: 'draft-2020-12',
    // Describe what editors write: conversion stops before the transformation that resolves links.
    typeMode: 'input',
    // The checks that need a browser's Intl and URL parser (real dates, known zones and regions, a link's
    // real scheme, end not before start) have no JSON Schema form; the validator applies them.
    ignoreActions: ['check'],
    definitions,
  });
  const document = {
    $schema,
    $id: SCHEMA_ID,
    title: 'N-SIW feed, version 1',
    description:
      'The JSON feed the nsiw-widgets web components read: events, workshops and info tabs of the Nordic ' +
      'network for street-level integration work. Documentation: docs/feed.md in the nsiw-widgets package. ' +
      'Some rules are checked only by the validator (npm run validate-feed): real calendar dates, known time ' +
      'zones and country codes, link schemes after URL parsing, and end not before start.',
    ...schema,
  };
  const outfile = join(root, 'dist/nsiw-feed.schema.json');
  await mkdir(dirname(outfile), { recursive: true });
  await writeFile(outfile, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${outfile}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildSchema();
