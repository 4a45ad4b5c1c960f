// The shared tooling: the test orchestrator's expansion of package.json, the static server, the size module.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { STEPS, expand } from '../../scripts/test.mjs';
import { startStaticServer } from '../../scripts/support/static-server.mjs';
import { cdnGraph, measure } from '../../scripts/support/size.mjs';

test('npm test runs every step of the old chain, each build step once', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const steps = expand(scripts, STEPS);
  const commands = steps.map((step) => step.command);
  assert.equal(commands.filter((command) => command === 'lit-localize build').length, 1);
  assert.equal(commands.filter((command) => command === 'cem analyze').length, 1);
  assert.ok(commands.indexOf('lit-localize build') < commands.indexOf('tsc --noEmit -p tsconfig.test.json'));
  assert.ok(commands.indexOf('cem analyze') < commands.indexOf(scripts['postbuild']));
  assert.ok(commands.indexOf(scripts['postbuild']) < commands.indexOf(scripts['check:syntax']));
  for (const name of ['test:browsers', 'test:tz', 'check:leaks', 'size', 'test:scripts', 'build:examples:svelte']) {
    assert.ok(commands.includes(scripts[name]), `${name} is run`);
  }
});

test('expand keeps a script without `npm run` parts whole, and runs pre and post scripts around their script', () => {
  const scripts = { a: 'npm run b && npm run c && echo a', b: 'cd x && make', preb: 'echo pre', c: 'npm run b', postc: 'echo post' };
  assert.deepEqual(
    expand(scripts, ['a', 'b']).map((step) => [step.name, step.command]),
    [
      ['a › preb', 'echo pre'],
      ['a › b', 'cd x && make'],
      ['a › postc', 'echo post'],
      ['a › echo a', 'echo a'],
    ],
  );
  assert.throws(() => expand(scripts, ['missing']), /no script "missing"/);
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
