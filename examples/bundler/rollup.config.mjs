// Builds the bundler example (`npm run build:examples`): examples/bundler/main.js into
// examples/bundler/dist/, resolving `nsiw-widgets/...` through the package's `exports` as an installed
// dependency would be (here the package resolves its own name), and Lit from node_modules.
import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const here = new URL('.', import.meta.url).pathname;
// Chunk names carry a hash: without a clean start, the chunks of earlier builds would pile up beside them.
rmSync(`${here}dist`, { recursive: true, force: true });

export default {
  input: `${here}main.js`,
  output: {
    dir: `${here}dist`,
    format: 'es',
    entryFileNames: 'app.js',
    // The translations the library loads lazily become chunks of the app's own.
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [nodeResolve({ browser: true }), terser({ ecma: 2021, module: true })],
};
