// Builds the React example (`npm run build:examples`): app.jsx, React and the widgets' per-element entries
// into one module, examples/react/dist/app.js. `nsiw-widgets/...` resolves through the package's `exports`.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
// Chunk names carry a hash: without a clean start, the chunks of earlier builds would pile up beside them.
rmSync(`${here}dist`, { recursive: true, force: true });

await build({
  entryPoints: [`${here}app.jsx`],
  outdir: `${here}dist`,
  entryNames: 'app',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  // The library loads its translations lazily; splitting keeps them in chunks of their own.
  splitting: true,
  format: 'esm',
  target: 'es2021',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
