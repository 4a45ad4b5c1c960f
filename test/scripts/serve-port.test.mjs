// The port `npm start` serves on (scripts/support/serve-port.mjs, read by web-dev-server.config.mjs).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { DEFAULT_PORT, servePort } from '../../scripts/support/serve-port.mjs';

/** A server holding a free port, as another `npm start` would. */
async function occupiedPort() {
  const server = createServer();
  await new Promise((listening) => server.listen({ port: 0 }, listening));
  return { port: server.address().port, release: () => new Promise((closed) => server.close(closed)) };
}

test('serves on PORT when it is free, and on 8000 without PORT', async () => {
  const { port, release } = await occupiedPort();
  await release();
  assert.deepEqual(await servePort(String(port)), { port });
  assert.equal(DEFAULT_PORT, 8000);
});

test('a port in use is one line, and another free port is served instead', async () => {
  const { port, release } = await occupiedPort();
  try {
    const chosen = await servePort(String(port));
    assert.notEqual(chosen.port, port);
    assert.ok(chosen.port > 0);
    assert.equal(chosen.notice, `Port ${port} is in use; serving on port ${chosen.port} instead (PORT=… picks another).`);
  } finally {
    await release();
  }
});

test('PORT=0 is any free port, and PORT that is no port number is a one-line error', async () => {
  const { port, notice } = await servePort('0');
  assert.ok(port > 0);
  assert.equal(notice, undefined);
  for (const text of ['abc', '-1', '70000', '80.5']) {
    await assert.rejects(servePort(text), { message: `PORT must be a port number from 0 to 65535 (0: any free port), not "${text}".` });
  }
});
