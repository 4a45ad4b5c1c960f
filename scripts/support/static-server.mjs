// The small loopback HTTP server of the scripts and benchmarks: files from folders, plus whatever a caller
// answers itself (pages, feeds, delays, requests left open), on 127.0.0.1 and a free port.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file, by its extension. */
export const contentType = (file) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Starts a server on 127.0.0.1 and a free port.
 *
 * - `handle({ path, url, request, response, send })`, when given, sees each request first (`path` is the
 *   decoded, normalized pathname): it answers it itself (`send(type, body)` answers 200 with `headers`),
 *   or returns `false` (or nothing, without answering) to leave it to the folders.
 * - `folders` maps a URL prefix (`'/dist/'`, or `'/'`) to a folder served below it; a path outside its
 *   folder is refused. With `index`, a folder's URL serves its `index.html`.
 * - `headers` go on every 200 response (`cache-control` …).
 *
 * `/favicon.ico` answers 204 unless `handle` serves it; anything else is 404.
 * @returns {Promise<{ server: import('node:http').Server, origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ handle, folders = {}, headers = {}, index = false } = {}) {
  const mounts = Object.entries(folders).map(([prefix, folder]) => [prefix, resolve(folder)]);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const send = (type, body) => response.writeHead(200, { 'content-type': type, ...headers }).end(body);
    try {
      const path = normalize(decodeURIComponent(url.pathname));
      if (handle) {
        const handled = await handle({ path, url, request, response, send });
        if (handled !== false && (handled || response.headersSent || response.writableEnded)) return;
      }
      if (path === '/favicon.ico') return response.writeHead(204).end();
      const [prefix, folder] = mounts.find(([prefix]) => path.startsWith(prefix)) ?? [];
      if (!folder) throw new Error('not served');
      let file = resolve(folder, `.${sep}${path.slice(prefix.length)}`);
      if (file !== folder && !file.startsWith(folder + sep)) throw new Error('outside the folder');
      if (statSync(file).isDirectory()) {
        if (!index) throw new Error('a folder');
        file = join(file, 'index.html');
      }
      statSync(file);
      response.writeHead(200, { 'content-type': contentType(file), ...headers });
      createReadStream(file).pipe(response);
    } catch {
      if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
