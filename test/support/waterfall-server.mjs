/**
 * The CDN build served with its Norwegian translations held back, so that a test sees what a page waits
 * for (a Koa middleware registered in web-test-runner.config.mjs):
 *
 * GET /__waterfall/<id>/page.html   a Norwegian page with the CDN build and one `<nsiw-events src="feed.json">`
 * GET /__waterfall/<id>/dist/…      the built `dist/` file; the nb chunk (dist/chunks.json) is held until
 *                                   the page asks for its feed, or 5 s have passed
 * GET /__waterfall/<id>/feed.json   examples/feed.json
 * GET /__waterfall/<id>/log         what happened, in order: `nb requested`, `feed requested`, `nb sent`
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HOLD_MS = 5000;
const PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <script type="module" src="dist/nsiw-widgets.js"></script>
  </head>
  <body>
    <nsiw-events src="feed.json" limit="3"></nsiw-events>
  </body>
</html>
`;

/** @type {Map<string, { log: string[], feedAsked: Promise<void>, askFeed: () => void }>} */
const visits = new Map();

function visit(id) {
  if (!visits.has(id)) {
    let askFeed;
    const feedAsked = new Promise((resolve) => (askFeed = resolve));
    visits.set(id, { log: [], feedAsked, askFeed });
  }
  return visits.get(id);
}

/** @type {import('koa').Middleware} */
export async function waterfallServer(ctx, next) {
  const match = /^\/__waterfall\/([\w-]+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  const [, id, path] = match;
  const state = visit(id);
  ctx.set('Cache-Control', 'no-store');
  if (path === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(state.log);
  } else if (path === 'page.html') {
    ctx.type = 'html';
    ctx.body = PAGE;
  } else if (path === 'feed.json') {
    state.log.push('feed requested');
    state.askFeed();
    ctx.type = 'application/json';
    ctx.body = await readFile(join(root, 'examples/feed.json'));
  } else if (path.startsWith('dist/')) {
    const chunks = JSON.parse(await readFile(join(root, 'dist/chunks.json'), 'utf8'));
    if (path === `dist/${chunks['src/generated/locales/nb.ts']}`) {
      state.log.push('nb requested');
      await Promise.race([state.feedAsked, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
      state.log.push('nb sent');
    }
    ctx.type = 'application/javascript';
    ctx.body = await readFile(join(root, path));
  } else {
    return next();
  }
}
