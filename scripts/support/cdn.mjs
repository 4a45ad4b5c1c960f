// The CDN address and Subresource Integrity hash of a built file, in one place: the build summary
// (scripts/build-summary.mjs) prints them, and the workbench's build (rollup.config.mjs) writes them
// into dist/workbench/cdn.json for the snippet it shows.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './size.mjs';

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The pinned jsDelivr URL of a file of `dist/` (`nsiw-widgets.js`), as README and docs/embedding.md show it. */
export const cdnUrl = (path) => `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${path}`;

/** `sha384-…` of `bytes`, the `integrity` attribute's value. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
