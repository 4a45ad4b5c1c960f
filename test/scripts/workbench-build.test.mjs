// The shipped workbench (dist/workbench/) as the build leaves it: its files beside each other,
// the integrity hash in its cdn.json equal to the sha384 of the dist/nsiw-widgets.js on disk (the test
// server in the browser tests recompiles JavaScript, so the real bytes are hashed here), and nothing of
// it in the CDN entry. Needs `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const WORKBENCH = join(DIST, 'workbench');
const read = (path) => readFileSync(join(DIST, path), 'utf8');

describe('dist/workbench/', () => {
  it('holds the page, the preview frame, their scripts and styles, and cdn.json', () => {
    for (const file of ['index.html', 'preview.html', 'workbench.js', 'preview.js', 'workbench.css', 'preview.css', 'cdn.json']) {
      assert.ok(existsSync(join(WORKBENCH, file)), `dist/workbench/${file} is missing: run \`npm run build\``);
    }
  });

  it('gives the CDN entry its real sha384 and its pinned jsDelivr URL, as the build summary does', () => {
    const cdn = JSON.parse(read('workbench/cdn.json'));
    const bytes = readFileSync(join(DIST, 'nsiw-widgets.js'));
    assert.equal(cdn.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(cdn.url, `https://cdn.jsdelivr.net/npm/nsiw-widgets@${version}/dist/nsiw-widgets.js`);
    assert.deepEqual(JSON.parse(read('build-summary.json')).cdnEntry, cdn);
  });

  it('previews with the shipped elements beside it, and adds nothing to the CDN entry', () => {
    assert.match(read('workbench/preview.js'), /from\s*"\.\.\/nsiw-widgets\.js"/);
    assert.doesNotMatch(read('nsiw-widgets.js'), /nsiw-workbench/);
    for (const page of ['index.html', 'preview.html']) {
      assert.match(read(`workbench/${page}`), /http-equiv="Content-Security-Policy"[\s\S]*require-trusted-types-for 'script'/);
      assert.doesNotMatch(read(`workbench/${page}`), /<script>|<style|style=/, `${page}: no inline script or style`);
    }
  });
});
