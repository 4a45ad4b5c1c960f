// The feed checker's command line (`npm run validate-feed`), run as editors run it, against files and
// a local server that misbehaves: it must print what it read safely, fail in one line, and give up.
// Run with: node --test test/scripts/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** C0 and C1 control characters and DEL, line ends aside: what a terminal may take for a command. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Runs the CLI with `args`; resolves with its exit code, output and time taken. */
function run(...args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['scripts/validate-feed.mjs', ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

let directory;
let server;
let origin;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'nsiw-validate-feed-'));
  server = createServer((request, response) => {
    const body = JSON.stringify({ version: 1, events: [{ id: 'e', title: 'Seminar', start: '2030-01-01' }] });
    if (request.url === '/latin-1.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(Buffer.from('{"version": 1,\n "events": [{"id": "e", "title": "Møte", "start": "2030-01-01"}]}', 'latin1'));
    } else if (request.url === '/cut-off.json') {
      // Announces the whole body, sends a tenth of it, then drops the connection.
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 1000 });
      response.write(body.slice(0, 40));
      setTimeout(() => response.socket.destroy(), 50);
    } else if (request.url === '/trickle.json') {
      // One byte a second, for ever.
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.flushHeaders();
      const timer = setInterval(() => response.write(' '), 1000);
      response.on('close', () => clearInterval(timer));
    } else {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

describe('validate-feed', () => {
  it('reads a feed at a URL and sums it up', async () => {
    const { code, stdout, stderr } = await run(`${origin}/feed.json`);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /1 event, 0 workshops and 0 tabs valid; 0 items skipped, 0 members ignored\./);
  });

  it('writes the control characters of a feed as escapes, never raw to the terminal', async () => {
    const path = join(directory, 'escapes.json');
    // U+009B is a one-character CSI in many terminals; JSON.stringify leaves it raw.
    await writeFile(
      path,
      JSON.stringify({ version: 1, events: [{ id: 'x\u009b2J', title: 'T', start: '2030-01-01', url: 'javascript:\u009b0m' }] }),
    );
    const valid = await run(path);
    assert.equal(valid.code, 0, valid.stderr);
    assert.doesNotMatch(valid.stdout, CONTROL);
    assert.match(valid.stdout, /\\u009b2J/);

    const broken = join(directory, 'broken.json');
    await writeFile(broken, '{"version": 1, "events": [\u001b]0;pwned\u0007\u001b[2J]}');
    const invalid = await run(broken);
    assert.equal(invalid.code, 1);
    assert.doesNotMatch(invalid.stderr, CONTROL);
    assert.match(invalid.stderr, /^error: .* is not valid JSON/);
  });

  it('says in words that a feed saved as Latin-1 is not UTF-8, from a file or a URL', async () => {
    const path = join(directory, 'latin-1.json');
    await writeFile(
      path,
      Buffer.from('{"version": 1,\n "events": [{"id": "e", "title": "Møte på Grønland", "start": "2030-01-01"}]}', 'latin1'),
    );
    for (const source of [path, `${origin}/latin-1.json`]) {
      const { code, stdout, stderr } = await run(source);
      assert.equal(code, 1, stdout);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(
        stderr,
        /^error: .*latin-1\.json is not UTF-8 text \(line 2\): saved as Latin-1 or Windows-1252, its æ, ø and å would show as/,
      );
    }
  });

  it('fails in one line, without a stack trace, on a body cut off mid-way', async () => {
    const { code, stdout, stderr } = await run(`${origin}/cut-off.json`);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^error: could not read the whole of http:\/\/127\.0\.0\.1:\d+\/cut-off\.json: /);
  });

  it('waits without a deadline with --timeout Infinity, or one longer than a timer holds', async () => {
    for (const timeout of ['Infinity', '1e10']) {
      const { code, stdout, stderr } = await run('--timeout', timeout, `${origin}/feed.json`);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /1 event, 0 workshops and 0 tabs valid/);
    }
  });

  it('gives up on a URL that trickles, after --timeout seconds', async () => {
    const { code, stderr, ms } = await run('--timeout', '1', `${origin}/trickle.json`);
    assert.equal(code, 1);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^error: could not read the whole of .*trickle\.json: no complete answer within 1 s$/m);
    assert.ok(ms < 15_000, `took ${ms} ms`);
  });
});
