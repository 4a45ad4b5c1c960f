/**
 * Serves the demo page (`npm start`): the repository root, so that the page can load the built CDN file
 * `/dist/nsiw-widgets.js` and the sample feed `/demo/feed.json` exactly as a partner site would; and the
 * editors' workbench at `/workbench/`, which is the built `dist/workbench/` (its preview loads
 * `../nsiw-widgets.js` beside it, as on a CDN), opened on the sample feed.
 *
 * The demo's pages are served rendered (`nsiw-widgets/render`), as a site that renders its pages sends
 * them: with JavaScript off they show every widget whose feed is here; with it on, the library takes over.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The policy docs/embedding.md ("Under a strict Content-Security-Policy") promises the widgets work under. The demo page sends it so that any inline
 * script, inline style or unsafe DOM sink in the build shows up as a console error on the page itself.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/** The policy for a page whose rendered content has inline styles: those styles allowed by their hashes. */
const policyAllowing = (styleHashes) =>
  styleHashes.length === 0
    ? CONTENT_SECURITY_POLICY
    : CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${styleHashes.join(' ')}`);

/** The parsed JSON of the repository's file that `url` names on this server, or `undefined` if there is none. */
async function localFeed(url, origin) {
  const { origin: feedOrigin, pathname } = new URL(url);
  const file = join(root, decodeURIComponent(pathname));
  if (feedOrigin !== origin || !file.startsWith(root)) return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    // The browser shows what is wrong with it, as the page's own error state.
    return undefined;
  }
}

/** The demo page a path names (`/demo/` is its index), or `undefined` for any other path. */
function demoPage(path) {
  const name = /^\/demo\/([\w-]+\.html)?$/.exec(path);
  return name ? join(root, 'demo', name[1] ?? 'index.html') : undefined;
}

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  port: Number(process.env.PORT) || 8000,
  open: false,
  // The page loads the self-contained CDN build, never bare module specifiers.
  nodeResolve: false,
  middleware: [
    // `appIndex` only answers paths under `demo/`; the address the server prints is the root.
    function rootToDemo(context, next) {
      if (context.path !== '/') return next();
      context.redirect('/demo/');
    },
    function workbench(context, next) {
      if (context.path !== '/workbench' && context.path !== '/workbench/') return next();
      // Opened on the network's sample feed, as the demo page shows it (until an editor's own text is kept).
      context.redirect('/dist/workbench/?feed=/demo/feed.json');
    },
    async function contentSecurityPolicy(context, next) {
      await next();
      if (context.response.is('html')) context.set('Content-Security-Policy', policyAllowing(context.state.styleHashes ?? []));
    },
    // The demo rendered on each request, from the repository's files as they are now and the time now. An
    // element whose feed is not here (the error example's missing file) is left to the browser.
    async function renderedDemo(context, next) {
      const file = context.method === 'GET' ? demoPage(context.path) : undefined;
      const page = file && (await readFile(file, 'utf8').catch(() => undefined));
      if (page === undefined) return next();
      const { renderPage, styleHashes } = await import('nsiw-widgets/render');
      try {
        const rendered = await renderPage(page, {
          feeds: (url) => localFeed(url, context.origin),
          url: context.href,
          name: relative(root, file),
        });
        context.state.styleHashes = styleHashes(rendered);
        context.body = rendered;
      } catch (error) {
        // The page as it is: each widget shows in the browser what is wrong, as it would on a partner's site.
        console.error(`nsiw-widgets render: ${error.message}`);
        context.body = page;
      }
      context.type = 'html';
    },
  ],
};
