// The server half: the app as HTML, rendered by react-dom/server in Node (no DOM), as Next.js renders a page.
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

/** The whole page: the server's HTML of the app, and the script that hydrates it. */
export function renderPage(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>nsiw-widgets in a server-rendered React app</title>
    <!-- Records uncaught errors for the test; React 19 reports hydration mismatches as such (reportError). -->
    <script src="../../page-check.js"></script>
    <script type="module" src="client.js"></script>
  </head>
  <body>
    <div id="root">${renderToString(<App />)}</div>
  </body>
</html>
`;
}
