/**
 * Feeds that misbehave, served by the test runner itself (a Koa middleware registered in
 * web-test-runner.config.mjs), so that the fault tests meet real slow, broken and redirected responses
 * in real browsers instead of a fake `fetch`.
 *
 * GET /__faults/<any name>?id=<unique per test>&<options> answers with a feed, or fails, as the options say.
 * `status`, `delay`, `body` and `title` take a comma-separated list (`status=500,200`): one value per
 * request with that id, the last repeating, so that a retry meets another answer than the first attempt.
 *
 * - `status`   HTTP status (default 200); a non-2xx answer carries a small HTML error page.
 * - `delay`    milliseconds before the answer starts.
 * - `hang=1`   never answer: the request stays open until the browser gives up on it.
 * - `title`    the prefix of the titles (default `Event`): event `e<i>` is titled `<title> <i>`, the one
 *              workshop (`w1`) `<title> workshop`, the one tab (`about`) `<title> tab`.
 * - `events`   how many events the feed holds (default 2); their starts are one hour apart from
 *              2030-01-01T00:00Z, in a shuffled order (the i-th event starts (i * 7919 mod events) hours in).
 * - `body`     `feed` (the default), or `html` for an HTML page (as a CMS login page would be).
 * - `type`     the Content-Type (default `application/json; charset=utf-8`, or `text/html` for HTML).
 * - `truncate` send only this many bytes of the body, and end the response cleanly there.
 * - `drop`     announce the whole body, send this many bytes of it, then reset the connection.
 * - `trickle`  send the body in eight pieces, this many milliseconds apart.
 * - `cache`    the Cache-Control header (default `no-store`).
 * - `cors=1`   allow every origin to read the answer.
 * - `redirect` answer with this many 302 redirects first, each to `/__faults/moved/<n>/<name>`
 *              (on the origin `to`, when given).
 *
 * GET /__faults/log?id=<id> tells what became of every request with that id, in order: `{path, kind,
 * aborted, cacheControl}`; `kind` is `redirect` or `feed`, `aborted` says whether the connection closed
 * before the answer was complete (the browser gave up on the request, or `drop` cut it), and
 * `cacheControl` is the request's own Cache-Control header (how a browser asks to bypass its cache), or null.
 */

/** @type {Map<string, {path: string, kind: 'redirect' | 'feed', aborted: boolean, cacheControl: string | null}[]>} */
const logs = new Map();

const EVENT_START = Date.UTC(2030, 0, 1);
const HOUR_MS = 3_600_000;

/** The value of a list option for the `attempt`-th feed request (0-based); the last value repeats. */
function nth(params, name, attempt, fallback) {
  const value = params.get(name);
  if (value === null) return fallback;
  const values = value.split(',');
  return values[Math.min(attempt, values.length - 1)];
}

function feedBody(count, title) {
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    title: `${title} ${index}`,
    type: 'seminar',
    start: new Date(EVENT_START + ((index * 7919) % count) * HOUR_MS).toISOString().replace('.000Z', 'Z'),
    timeZone: 'Europe/Oslo',
    url: `events/e${index}.html`,
    location: { name: 'Fafo', city: 'Oslo', country: 'NO' },
    description: `About event ${index}: see [the programme](programme/e${index}.html).`,
  }));
  const workshops = [
    { id: 'w1', number: 1, title: `${title} workshop`, start: '2030-03-12', end: '2030-03-13', programUrl: 'programme.html' },
  ];
  const tabs = [{ id: 'about', title: `${title} tab`, body: `About ${title}: see [the network](network.html).` }];
  return JSON.stringify({ version: 1, updated: '2029-12-01T08:00:00Z', events, workshops, tabs });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('koa').Middleware} */
export async function faultServer(ctx, next) {
  if (!ctx.path.startsWith('/__faults/')) return next();
  const params = ctx.URL.searchParams;
  const id = params.get('id') ?? '';

  if (ctx.path === '/__faults/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logs.get(id) ?? []);
    return;
  }

  const log = logs.get(id) ?? [];
  logs.set(id, log);
  const redirects = Number(params.get('redirect') ?? 0);
  const entry = {
    path: ctx.path,
    kind: redirects > 0 ? 'redirect' : 'feed',
    aborted: false,
    cacheControl: ctx.get('Cache-Control') || null,
  };
  const attempt = log.filter((earlier) => earlier.kind === 'feed').length;
  log.push(entry);

  const { req, res } = ctx;
  // The answer is written here, by hand; the status only keeps the runner from logging a 404 meanwhile.
  ctx.status = 200;
  ctx.respond = false;
  let closed = false;
  const whenClosed = new Promise((resolve) =>
    res.on('close', () => {
      closed = true;
      entry.aborted = !res.writableFinished;
      resolve();
    }),
  );
  const headers = { 'Cache-Control': params.get('cache') ?? 'no-store' };
  if (params.get('cors') === '1') headers['Access-Control-Allow-Origin'] = '*';

  if (redirects > 0) {
    params.set('redirect', String(redirects - 1));
    const name = ctx.path.split('/').pop();
    res.writeHead(302, { ...headers, Location: `${params.get('to') ?? ''}/__faults/moved/${redirects - 1}/${name}?${params}` });
    res.end();
    return;
  }

  await Promise.race([sleep(Number(nth(params, 'delay', attempt, 0))), whenClosed]);
  if (params.get('hang') === '1') await whenClosed;
  if (closed) return;

  const status = Number(nth(params, 'status', attempt, 200));
  const ok = status >= 200 && status < 300;
  const html = !ok || nth(params, 'body', attempt, 'feed') === 'html';
  const heading = ok ? 'Please log in' : `Error ${status}`;
  const full = Buffer.from(
    html
      ? `<!DOCTYPE html><html lang="en"><title>${heading}</title><h1>${heading}</h1></html>`
      : feedBody(Number(params.get('events') ?? 2), nth(params, 'title', attempt, 'Event')),
  );
  const truncate = params.get('truncate');
  const drop = params.get('drop');
  const body = truncate !== null ? full.subarray(0, Number(truncate)) : full;
  res.writeHead(status, {
    ...headers,
    'Content-Type': params.get('type') ?? (html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8'),
    'Content-Length': String(body.length),
  });

  if (drop !== null) {
    res.write(body.subarray(0, Number(drop)));
    await sleep(50);
    req.socket.destroy();
    return;
  }
  const trickle = params.get('trickle');
  if (trickle !== null) {
    const piece = Math.ceil(body.length / 8);
    for (let offset = 0; offset < body.length && !closed; offset += piece) {
      res.write(body.subarray(offset, offset + piece));
      await Promise.race([sleep(Number(trickle)), whenClosed]);
    }
    if (closed) return;
  }
  res.end(trickle !== null ? undefined : body);
}
