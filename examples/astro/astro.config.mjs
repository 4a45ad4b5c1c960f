// The Astro example (`npm run build:examples`): one page, rendered to static HTML at build time
// (`output: 'static'`, into examples/astro/dist), the widgets' content rendered in by src/middleware.ts.
// `nsiw-widgets` resolves, as in the other examples, to the repository's own package (its `exports` and
// the built dist/), as from node_modules in a partner's site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  outDir: './dist',
  // The test server serves the repository root, so the page lives at /examples/astro/dist/; a partner's
  // site leaves `base` out (or sets its own).
  base: '/examples/astro/dist',
  build: { format: 'directory' },
  // No dev toolbar, no prefetch: a static page and its one bundled script.
  devToolbar: { enabled: false },
  // On the server, the package loads from its built files as Node imports it, as it does from a site's
  // node_modules (Vite bundles only the repository's own files; this package is one here).
  vite: { logLevel: 'warn', ssr: { external: ['nsiw-widgets'] } },
});
