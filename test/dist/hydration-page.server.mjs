// The page of hydration.test.ts: elements rendered by Lit SSR from the package's npm modules, as a
// server renders them (scripts/check-ssr.mjs, docs/frameworks.md), with Lit's hydration markers; then
// the CDN build. A script records the digests the server wrote before the CDN build's elements replace
// that content, and, once they are defined, what each element's own `render()` gives.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/language-toggle.js';

const markup = await collectResult(
  render(html`
    <nsiw-language-toggle locales="nb en sv"></nsiw-language-toggle>
    <nsiw-events src="/test/fixtures/events.json" show="all" limit="2"></nsiw-events>
  `),
);

process.stdout.write(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Elements a server rendered from the npm modules, then the CDN build</title>
    <script type="module">
      const elements = () => [...document.querySelectorAll('nsiw-language-toggle, nsiw-events')];
      window.serverDigests = elements().map((element) => {
        const comments = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_COMMENT);
        const digests = [];
        while (comments.nextNode()) digests.push(/^lit-part (\\S+)$/.exec(comments.currentNode.data)?.[1]);
        return digests.filter(Boolean);
      });
    </script>
    <script type="module" src="/dist/nsiw-widgets.js"></script>
    <script type="module">
      // Defined and connected, the feed not yet loaded: the state the server rendered.
      window.clientResults = [...document.querySelectorAll('nsiw-language-toggle, nsiw-events')].map((element) => element.render());
    </script>
  </head>
  <body>
    ${markup}
  </body>
</html>
`);
