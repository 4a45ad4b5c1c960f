/**
 * Serves the demo page (`npm start`): the repository root, so that the page can load the built CDN file
 * `/dist/nsiw-widgets.js` and the sample feed `/demo/feed.json` exactly as a partner site would; and the
 * editors' workbench at `/workbench/`, which is the built `dist/workbench/` (its preview loads
 * `../nsiw-widgets.js` beside it, as on a CDN), opened on the sample feed. On port `PORT` (8000), or any
 * free one when that is in use or `PORT=0`.
 */
import { CONTENT_SECURITY_POLICY } from './scripts/support/content-security-policy.mjs';
import { servePort } from './scripts/support/serve-port.mjs';

/** A port that is taken, or `PORT` that is no port, is one line, not the server's stack trace. */
async function port() {
  try {
    const { port: chosen, notice } = await servePort(process.env.PORT);
    if (notice) console.warn(notice);
    return chosen;
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  port: await port(),
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
