// The page of hydration.test.ts: elements rendered by Lit SSR from the package's npm modules, as a
// server renders them (scripts/check-ssr.mjs), then upgraded by the CDN build with Lit's hydration support.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html } from 'lit';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/language-toggle.js';

const markup = await collectResult(
  render(html`
    <nsiw-language-toggle locales="nb en"></nsiw-language-toggle>
    <nsiw-events src="/test/fixtures/events.json" show="all" limit="2"></nsiw-events>
  `),
);

// Lit's hydration support as a site ships it: bundled, in Lit's production build, whose property names
// are the ones the CDN build's Lit answers to.
const hydrateSupport = await build({
  entryPoints: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'],
  bundle: true,
  write: false,
  format: 'esm',
  conditions: ['production'],
});

process.stdout.write(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered elements hydrated by the CDN build</title>
    <script type="module">
      window.pageErrors = [];
      addEventListener('error', (event) => pageErrors.push(String(event.error ?? event.message)));
      addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
      // The server's nodes, to tell a hydrated shadow root from one rendered again.
      window.serverNodes = [...document.querySelectorAll('nsiw-language-toggle, nsiw-events')].map((element) =>
        element.shadowRoot.querySelector('[part~="base"]'),
      );
    </script>
    <script type="module">
      ${hydrateSupport.outputFiles[0].text}
    </script>
    <script type="module" src="/dist/nsiw-widgets.js"></script>
  </head>
  <body>
    ${markup}
  </body>
</html>
`);
