/**
 * Serves the demo page (`npm start`): the repository root, so that the page can load the built CDN file
 * `/dist/nsiw-widgets.js` and the sample feed `/demo/feed.json` exactly as a partner site would; and the
 * editors' workbench at `/workbench/`, which is the built `dist/workbench/` (its preview loads
 * `../nsiw-widgets.js` beside it, as on a CDN), opened on the sample feed.
 */

/**
 * The policy docs/embedding.md ("Under a strict Content-Security-Policy") promises the widgets work under. The demo page sends it so that any inline
 * script, inline style or unsafe DOM sink in the build shows up as a console error on the page itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

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
      if (context.response.is('html')) context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    },
  ],
};
