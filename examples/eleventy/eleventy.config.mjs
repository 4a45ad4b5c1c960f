// The Eleventy example (`npm run build:examples`, run from this folder): one page written with
// the bare tags, built to static HTML (into examples/eleventy/dist), and a transform that renders the
// widgets' content into every HTML page it writes, with `renderPage` of `nsiw-widgets/render`. Visitors
// without JavaScript, crawlers and link previews read the events; the CDN build loaded by the page takes
// them over. `nsiw-widgets` resolves, as in the other examples, to the repository's own package.
import { readFile } from 'node:fs/promises';
import { renderPage } from 'nsiw-widgets/render';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addTransform('nsiw-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    // The feed the pages' `src` names, read at build time: from the site's own files here; a URL works as
    // well (`await (await fetch(url)).json()`).
    const feed = JSON.parse(await readFile(new URL('../feed.json', import.meta.url), 'utf8'));
    return renderPage(content, { feed, name: this.page.inputPath });
  });
}

export const config = { dir: { input: 'pages', output: 'dist' } };
