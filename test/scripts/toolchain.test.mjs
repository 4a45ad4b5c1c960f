// The shared tooling: the steps of `npm test`, the static server, the size module.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { STEPS, select } from '../../scripts/test.mjs';
import { startStaticServer } from '../../scripts/support/static-server.mjs';
import { cdnGraph, measure } from '../../scripts/support/size.mjs';

test('npm test runs every check, the build before what reads it, the browsers after the fast checks', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const names = STEPS.map(([name]) => name);
  assert.deepEqual(names, [...new Set(names)], 'each step once');
  for (const [name, command] of STEPS) {
    for (const [, script] of command.matchAll(/npm run ([\w:.-]+)/g))
      assert.ok(script in scripts, `${name}: package.json has no script "${script}"`);
  }
  const after = (step) => names.slice(names.indexOf(step) + 1);
  const readers = ['api-docs', 'syntax', 'package', 'editor-data', 'ssr', 'types', 'examples', 'size', 'browsers', 'leaks', 'storybook'];
  assert.deepEqual(
    readers.filter((step) => !after('build').includes(step)),
    [],
    'these read dist/: after the build',
  );
  assert.deepEqual(names.slice(-4), ['browsers', 'new-york', 'leaks', 'storybook'], 'the browsers last, after every fast check');
  assert.equal(names[0], 'check');
});

test('npm test -- NAME… runs those steps in the list order; --from runs the rest from one; a wrong name fails', () => {
  const steps = [
    ['a', 'echo a'],
    ['b', 'echo b'],
    ['c', 'echo c'],
  ];
  assert.deepEqual(select(steps), steps);
  assert.deepEqual(select(steps, { names: ['c', 'a'] }), [steps[0], steps[2]]);
  assert.deepEqual(select(steps, { from: 'b' }), [steps[1], steps[2]]);
  assert.throws(() => select(steps, { names: ['d'] }), /no step "d"/);
  assert.throws(() => select(steps, { from: 'd' }), /no step "d"/);
});

test('the static server serves its folders, lets the handler answer first and refuses paths outside', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'nsiw-static-'));
  mkdirSync(join(folder, 'sub'));
  writeFileSync(join(folder, 'sub/index.html'), '<p>hi</p>');
  writeFileSync(join(folder, 'a.js'), 'export {};');
  const server = await startStaticServer({
    folders: { '/files/': folder },
    index: true,
    headers: { 'cache-control': 'no-store' },
    handle: ({ path, send }) => (path === '/page' ? send('text/plain', 'page') : false),
  });
  try {
    const get = (path) => fetch(`${server.origin}${path}`);
    const script = await get('/files/a.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /^text\/javascript/);
    assert.equal(script.headers.get('cache-control'), 'no-store');
    assert.equal(await (await get('/files/sub/')).text(), '<p>hi</p>');
    assert.equal(await (await get('/page')).text(), 'page');
    assert.equal((await get('/files/%2e%2e/%2e%2e/etc/passwd')).status, 404);
    assert.equal((await get('/elsewhere')).status, 404);
    assert.equal((await get('/favicon.ico')).status, 204);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('size: gzip level 9 and brotli quality 11, and the files a page loads before the first render', () => {
  const bytes = Buffer.from('export const x = 1;'.repeat(100));
  assert.deepEqual(measure(bytes), {
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
  const folder = mkdtempSync(join(tmpdir(), 'nsiw-size-'));
  try {
    mkdirSync(join(folder, 'chunks'));
    writeFileSync(join(folder, 'entry.js'), 'import"./chunks/a.js";const l=()=>import("./chunks/lazy.js");');
    writeFileSync(join(folder, 'chunks/a.js'), 'export{b}from"./b.js";');
    writeFileSync(join(folder, 'chunks/b.js'), 'export const b=1;');
    writeFileSync(join(folder, 'chunks/lazy.js'), 'import"./a.js";import"./more.js";');
    writeFileSync(join(folder, 'chunks/more.js'), '');
    assert.deepEqual(cdnGraph(folder, 'entry.js'), {
      eager: ['entry.js', 'chunks/a.js', 'chunks/b.js'],
      lazy: ['chunks/lazy.js', 'chunks/more.js'],
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
