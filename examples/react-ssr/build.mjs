// Builds the server-rendered React example (`npm run build:examples`): type-checks the TSX, renders the
// app to dist/index.html with react-dom/server in Node (the package imported without a DOM, through its
// `exports`), and bundles client.tsx, which hydrates that HTML, into dist/client.js.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
// Chunk names carry a hash: without a clean start, the chunks of earlier builds would pile up beside them.
rmSync(`${here}dist`, { recursive: true, force: true });
const common = { bundle: true, format: 'esm', target: 'es2021', jsx: 'automatic', logLevel: 'warning' };

execFileSync(process.execPath, [new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', `${here}tsconfig.json`], {
  stdio: 'inherit',
});

// Node resolves `nsiw-widgets`, React and @lit/react itself (their `node` builds), as a server would.
await build({ ...common, entryPoints: [`${here}server.tsx`], outfile: `${here}dist/server.mjs`, platform: 'node', packages: 'external' });
const { renderPage } = await import(`${here}dist/server.mjs`);
writeFileSync(`${here}dist/index.html`, renderPage());

await build({
  ...common,
  entryPoints: [`${here}client.tsx`],
  outdir: `${here}dist`,
  entryNames: 'client',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  sourcemap: true,
});
