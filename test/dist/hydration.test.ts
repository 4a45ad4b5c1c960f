import { expect, waitUntil } from '@open-wc/testing';

/**
 * Server-rendered markup hydrated by the CDN build: the shells come from Lit SSR and the package's npm
 * modules (hydration-page.server.mjs), the page loads Lit's hydration support and `nsiw-widgets.js`. Lit
 * hydrates a template only when the digest of its strings is the one the server wrote, so this fails
 * when the CDN build's templates differ from the npm modules' by a single character.
 */
interface HydrationPage extends Window {
  pageErrors: string[];
  serverNodes: Element[];
}

describe('server-rendered elements on a page of the CDN build', () => {
  it('are hydrated where the server rendered them, then work as rendered in the browser', async () => {
    localStorage.removeItem('nsiw-widgets:locale');
    const iframe = document.createElement('iframe');
    iframe.src = new URL('./hydration-page.html', import.meta.url).href;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    const page = iframe.contentWindow as HydrationPage;
    const toggle = page.document.querySelector('nsiw-language-toggle')!;
    const events = page.document.querySelector('nsiw-events')!;
    await waitUntil(() => events.shadowRoot!.querySelectorAll('[part~="event"]').length === 2, 'the events did not load', {
      timeout: 5000,
    });
    expect(page.pageErrors, 'no hydration mismatch').to.deep.equal([]);
    for (const [index, element] of [toggle, events].entries()) {
      const bases = element.shadowRoot!.querySelectorAll('[part~="base"]');
      expect(bases.length, `<${element.localName}> has one copy of its content`).to.equal(1);
      expect(bases[0], `<${element.localName}> kept the server's nodes`).to.equal(page.serverNodes[index]);
    }
    toggle.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => events.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'nb', 'no switch to nb', {
      timeout: 5000,
    });
    expect(page.pageErrors).to.deep.equal([]);
    page.localStorage.removeItem('nsiw-widgets:locale');
    iframe.remove();
  });
});
