import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * Two copies of the built library on one page, as partners will have them: the CDN bundle (Lit and
 * @lit/localize inside) beside the per-module build a bundler would take (its own Lit and @lit/localize,
 * resolved from node_modules by the test server). These need `npm run build` first; `npm test` runs it.
 */
// Absolute URLs: WebKit resolves a module specifier in an `srcdoc` page against `about:srcdoc`, where
// `/dist/…` is no URL at all (the import is refused), instead of against the embedding page.
const CDN_BUILD = new URL('/dist/nsiw-widgets.js', location.href).href;
const BUNDLER_BUILD = new URL('/dist/index.js', location.href).href;

/** What this test uses of the package's public API. */
interface Library {
  NsiwEvents: CustomElementConstructor;
  NsiwLanguageToggle: CustomElementConstructor;
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}
interface PageWindow extends Window {
  copies?: [Library, Library];
  problems: string[];
}

const FEED = JSON.stringify({
  version: 1,
  events: [{ id: 'seminar', title: 'N-SIW seminar', type: 'seminar', start: '2030-10-10T12:30:00+02:00' }],
});

/** A Norwegian page that loads both copies, and records every uncaught error and rejection. */
const PAGE = `<!doctype html>
  <html lang="nb"><head><meta charset="utf-8"><title>Two copies</title>
  <script>
    window.problems = [];
    addEventListener('error', (event) => problems.push(String(event.message)));
    addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
  </script>
  <script type="module">
    window.copies = await Promise.all([import('${CDN_BUILD}'), import('${BUNDLER_BUILD}')]);
  </script>
  </head><body>
  <nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>
  <nsiw-events><script type="application/json">${FEED}</script></nsiw-events>
  </body></html>`;

async function openPage(): Promise<PageWindow> {
  for (const build of [CDN_BUILD, BUNDLER_BUILD]) {
    const response = await fetch(build, { method: 'HEAD' });
    expect(response.ok, `${build} is missing: run \`npm run build\` first`).to.equal(true);
  }
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A page with two copies" srcdoc=${PAGE}></iframe>`);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.copies, 'the two copies did not load', {
    timeout: 5000,
  });
  return frame.contentWindow as PageWindow;
}

/** The rendered language of the page's event list and the pressed button of its toggle, once settled there. */
async function renderedIn(page: PageWindow, locale: string): Promise<{ type: string }> {
  const events = page.document.querySelector('nsiw-events')!;
  await waitUntil(
    () => events.shadowRoot?.querySelector(`[part~="base"][lang="${locale}"][aria-busy="false"]`),
    `the event list did not switch to ${locale}`,
    { timeout: 5000 },
  );
  const toggle = page.document.querySelector('nsiw-language-toggle')!;
  await waitUntil(
    () => toggle.shadowRoot?.querySelector(`[aria-pressed="true"][lang="${locale}"]`),
    `the toggle did not switch to ${locale}`,
    { timeout: 5000 },
  );
  return { type: events.shadowRoot!.querySelector('[part~="type"]')!.textContent!.trim() };
}

afterEach(() => localStorage.removeItem('nsiw-widgets:locale'));

describe('two copies of the library on one page', () => {
  it('load without an error, the first registration winning', async () => {
    const page = await openPage();
    const [cdn, bundled] = page.copies!;
    expect(cdn.NsiwEvents).not.to.equal(bundled.NsiwEvents);
    expect(page.customElements.get('nsiw-events')).to.equal(cdn.NsiwEvents);
    expect(page.customElements.get('nsiw-language-toggle')).to.equal(cdn.NsiwLanguageToggle);
    await renderedIn(page, 'nb');
    expect(page.problems).to.deep.equal([]);
  });

  it('share one locale, whichever copy or control sets it', async () => {
    const page = await openPage();
    const [cdn, bundled] = page.copies!;
    expect([cdn.getLocale(), bundled.getLocale()]).to.deep.equal(['nb', 'nb']);

    let announced = 0;
    page.document.addEventListener('nsiw-locale-change', () => announced++);

    // The bundled copy drives the elements the CDN copy registered.
    await bundled.setLocale('sv');
    expect(await renderedIn(page, 'sv')).to.deep.equal({ type: 'Seminarium' });
    expect(cdn.getLocale()).to.equal('sv');

    // The toggle (the CDN copy's) drives the bundled copy.
    page.document.querySelector('nsiw-language-toggle')!.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="da"]')!.click();
    expect(await renderedIn(page, 'da')).to.deep.equal({ type: 'Seminar' });
    expect(bundled.getLocale()).to.equal('da');

    expect(announced).to.equal(2);
    expect(page.problems).to.deep.equal([]);
  });
});
