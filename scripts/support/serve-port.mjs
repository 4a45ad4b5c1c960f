// The port `npm start` serves on (web-dev-server.config.mjs): `PORT`, 8000 by default, or any free port
// when that one is taken or `PORT=0`, so that a second `npm start` serves instead of failing.
import { createServer } from 'node:net';

export const DEFAULT_PORT = 8000;

/** Listens on `port` on every interface, as the dev server does; resolves with the port, or rejects. */
function listenOn(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port }, () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

/**
 * The port to serve on for `requested` (the `PORT` variable's text; unset or empty: {@link DEFAULT_PORT}):
 * that port when it is free, else one the system has free, with one line saying so (`notice`). `0` asks
 * for any free port. Throws a one-line error for text that is no port number.
 * @param {string | undefined} requested
 * @returns {Promise<{ port: number, notice?: string }>}
 */
export async function servePort(requested) {
  const wanted = requested === undefined || requested.trim() === '' ? DEFAULT_PORT : Number(requested);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    throw new Error(`PORT must be a port number from 0 to 65535 (0: any free port), not "${requested}".`);
  }
  if (wanted === 0) return { port: await listenOn(0) };
  try {
    return { port: await listenOn(wanted) };
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    const port = await listenOn(0);
    return { port, notice: `Port ${wanted} is in use; serving on port ${port} instead (PORT=… picks another).` };
  }
}
