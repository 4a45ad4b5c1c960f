import { expect, waitUntil } from '@open-wc/testing';
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import type { TemplateResult } from 'lit';

/**
 * Lit hydrates server-rendered markup only where the digest of a template's strings is the one the server
 * wrote. The page (hydration-page.server.mjs) holds a toggle and a list rendered by Lit SSR from the npm
 * modules, and loads the CDN build: each digest the server wrote must be one of a template the CDN build's
 * elements render, which fails if one build rewrites its templates (their white space) and the other not.
 */
interface HydrationPage extends Window {
  serverDigests: string[][];
  clientResults: unknown[];
}

/** The digests of `value`'s templates and of every template among its values, as Lit SSR writes them. */
function digestsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) digestsOf(item, found);
  else if (value && typeof value === 'object' && '_$litType$' in value) {
    found.add(digestForTemplateResult(value as TemplateResult));
    digestsOf((value as TemplateResult).values, found);
  }
  return found;
}

describe('elements a server rendered from the npm modules, on a page of the CDN build', () => {
  it("have the CDN build's templates, digest for digest, so that Lit's hydration would accept them", async () => {
    localStorage.removeItem('nsiw-widgets:locale');
    const iframe = document.createElement('iframe');
    iframe.src = new URL('./hydration-page.html', import.meta.url).href;
    document.body.append(iframe);
    const page = await waitUntil(() => (iframe.contentWindow as HydrationPage | null)?.clientResults, 'the CDN build did not run', {
      timeout: 5000,
    }).then(() => iframe.contentWindow as HydrationPage);
    const tags = ['nsiw-language-toggle', 'nsiw-events'];
    for (const [index, tag] of tags.entries()) {
      const server = page.serverDigests[index];
      expect(server.length, `<${tag}>: the server wrote its templates' digests`).to.be.greaterThan(1);
      const client = digestsOf(page.clientResults[index]);
      expect(server.filter((digest) => !client.has(digest)), `<${tag}>: digests of no template of the CDN build`).to.deep.equal([]);
    }
    iframe.remove();
  });
});
