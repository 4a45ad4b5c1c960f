/**
 * Pages rendered by `nsiw-widgets/render` (the built `dist/render/`), served by the test runner itself (a
 * Koa middleware registered in web-test-runner.config.mjs), so that the rendered-page tests open what a
 * server would send.
 *
 * GET /__render/<path of a page in the repository>?<options> answers with that page rendered:
 * - `locale`, `now`  as `renderPage` takes them;
 * - `feed`           a feed file of the repository that every element with `src` is rendered from (the
 *                    page still loads its own `src` once the library arrives); without it, each `src`
 *                    is rendered from the repository file its URL names;
 * - `csp=1`          the strict Content-Security-Policy of docs/security.md, with the `style-src` hashes of
 *                    the rendered styles (`styleHashes`) and nothing else allowed inline.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = '/__render/';

const readJson = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));

/** @type {import('@web/dev-server-core').Middleware} */
export async function renderServer(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  // Imported when first asked for: `npm run build` comes before the browser tests.
  const { renderPage, styleHashes } = await import('../../dist/render/render-page.js');
  const pagePath = context.path.slice(PREFIX.length);
  const { locale, now, feed, csp } = context.query;
  const page = await readFile(join(root, pagePath), 'utf8');
  const rendered = await renderPage(page, {
    url: `${context.origin}/${pagePath}`,
    locale: locale || undefined,
    now: now || undefined,
    ...(feed ? { feed: await readJson(feed) } : { feeds: (url) => readJson(new URL(url).pathname.slice(1)).catch(() => undefined) }),
  });
  if (csp) {
    context.set(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self'; style-src 'self' ${styleHashes(rendered).join(' ')}; object-src 'none'; require-trusted-types-for 'script'`,
    );
  }
  context.type = 'html';
  context.body = rendered;
}
