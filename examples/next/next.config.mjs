// The Next.js example (`npm run build:examples`): App Router pages rendered on the server at build
// time and written as static files (`output: 'export'`, into examples/next/out), which the browser test
// opens without a Node server. `nsiw-widgets` resolves, as in the other examples, to the repository's own
// package (its `exports` and the built dist/), as it would from node_modules in a partner's app.
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  output: 'export',
  // The test server serves the repository root, so the exported page lives at /examples/next/out/; a
  // partner's app leaves basePath out (or sets its own).
  basePath: '/examples/next/out',
  trailingSlash: true,
  // The app's node_modules, and the package itself, are those of the repository root.
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  // No image optimization server in a static export.
  images: { unoptimized: true },
  reactStrictMode: true,
};
