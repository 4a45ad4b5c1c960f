// Section 8: what rendering a page on the server costs: `nsiw-widgets render` for the demo page and its
// feed, as a static build runs it (a new Node process per page), and `renderPage` in a process that has
// rendered before (a site generator rendering page after page), with the bytes the rendered page weighs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { ms, msCells, repositoryRoot, summarize, table } from './harness.mjs';

const PAGE = 'demo/index.html';
const FEED = 'demo/feed.json';
/** The demo's address under `npm start`, against which its absolute `src` resolve. */
const URL = 'http://localhost:8000/demo/';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const brotli = (text) => brotliCompressSync(text).length;

export async function serverRenderSection({ runs }) {
  const folder = mkdtempSync(join(tmpdir(), 'nsiw-bench-render-'));
  const out = join(folder, 'index.html');
  const command = ['bin/nsiw-widgets.js', 'render', PAGE, '--feed', FEED, '--url', URL, '--out', out];
  const cli = [];
  let rendered;
  try {
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      execFileSync(process.execPath, command, { cwd: repositoryRoot, stdio: 'ignore' });
      cli.push(performance.now() - start);
    }
    rendered = readFileSync(out, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const { renderPage } = await import('nsiw-widgets/render');
  const page = readFileSync(join(repositoryRoot, PAGE), 'utf8');
  const feed = JSON.parse(readFileSync(join(repositoryRoot, FEED), 'utf8'));
  // The first render in a process loads the renderer's modules and the locale; the next ones are the page's own cost.
  await renderPage(page, { feed, url: URL });
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await renderPage(page, { feed, url: URL });
    warm.push(performance.now() - start);
  }
  const [cliStats, warmStats] = [summarize(cli), summarize(warm)];
  const shadowRoots = (rendered.match(/shadowrootmode="open"/g) ?? []).length;
  console.log(`render: CLI ${ms(cliStats.median)} ms, renderPage warm ${ms(warmStats.median)} ms`);

  const markdown = `## 8. Rendering on the server

\`node ${command.join(' ').replace(out, 'OUT')}\` (the demo page with the demo feed: ${shadowRoots}
declarative shadow roots), timed from the process's start to its exit, ${runs} runs; then
\`renderPage\` for the same page in this process, after a first render (the modules and the locale
loaded): the cost per page of a site generator that renders page after page.

${table(
  ['render', 'median', 'IQR', 'min–max', 'runs'],
  [
    ['`nsiw-widgets render` (a new Node process)', ...msCells(cliStats)],
    ['`renderPage` in a process that has rendered before', ...msCells(warmStats)],
  ],
)}

The page: ${kib(Buffer.byteLength(page))} as written (${kib(brotli(page))} brotli), ${kib(Buffer.byteLength(rendered))} rendered
(${kib(brotli(rendered))} brotli); each element's styles travel in its declarative shadow root.
`;
  return { markdown, goals: [], results: { cli: cliStats, warm: warmStats } };
}
