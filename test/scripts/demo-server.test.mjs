// The demo as `npm start` serves it (web-dev-server.config.mjs): rendered on each request, so that it reads
// without JavaScript, under its strict Content-Security-Policy, and still taken over by the library. Needs
// `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { launchChromium } from '../../scripts/support/browser.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a visitor's browser finds of each widget: its `src` and the texts of its rendered titles and dates. */
function widgetsOnPage() {
  return [...document.querySelectorAll('nsiw-events, nsiw-info-tabs, nsiw-workshop-card, nsiw-workshop-series, nsiw-language-toggle')].map(
    (element) => ({
      tag: element.localName,
      src: element.getAttribute('src'),
      rendered: (element.shadowRoot?.childNodes.length ?? 0) > 0,
      height: element.getBoundingClientRect().height,
      titles: [...(element.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((title) => title.textContent.trim()),
      dates: [...(element.shadowRoot?.querySelectorAll('time[datetime]') ?? [])].length,
    }),
  );
}

describe('the demo served by `npm start`', () => {
  let server;
  let origin;
  let browser;
  /** The widgets as the page showed them without JavaScript. */
  let withoutScript;

  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/render/render-page.js')), 'dist/ is missing: run `npm run build`');
    const { default: config } = await import('../../web-dev-server.config.mjs');
    server = await startDevServer({
      config: { ...config, port: 0 },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    origin = `http://localhost:${server.server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends the page rendered, with the hashes of its inline styles in its policy', async () => {
    const response = await fetch(`${origin}/demo/`);
    const html = await response.text();
    assert.match(html, /<template [^>]*shadowrootmode="open"/);
    assert.match(html, /<script type="module" src="\/dist\/nsiw-widgets.js">/, 'the page still loads the library');
    const policy = response.headers.get('content-security-policy');
    assert.match(policy, /script-src 'self';/, 'no inline script allowed');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => createHash('sha256').update(css).digest('base64'));
    assert.ok(styles.length > 0);
    for (const hash of styles) assert.ok(policy.includes(`'sha256-${hash}'`), `style-src allows the style sha256-${hash}`);
  });

  it('shows every widget whose feed the repository holds without JavaScript; the missing feed stays to the browser', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/demo/`);
    const widgets = await page.evaluate(widgetsOnPage);
    withoutScript = widgets;
    await page.close();
    const fromFeeds = widgets.filter((widget) => widget.src);
    const missing = fromFeeds.filter((widget) => !existsSync(join(ROOT, widget.src)));
    assert.ok(missing.length > 0, 'the demo keeps its example of a feed that is not there');
    for (const widget of missing) assert.equal(widget.rendered, false, `<${widget.tag} src="${widget.src}"> is left to the browser`);
    for (const widget of fromFeeds.filter((candidate) => !missing.includes(candidate))) {
      const name = `<${widget.tag} src="${widget.src}">`;
      assert.ok(widget.rendered && widget.height > 0, `${name} shows its content`);
    }
    const lists = fromFeeds.filter((widget) => widget.tag === 'nsiw-events' && !missing.includes(widget));
    assert.ok(
      lists.some((list) => list.titles.length > 0 && list.titles.every(Boolean) && list.dates >= list.titles.length),
      'a list shows its events: titles and dates',
    );
  });

  it('with JavaScript on, the library takes the rendered content over under the policy, and shows what was rendered once', async () => {
    const page = await browser.newPage();
    const refused = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${origin}/demo/`);
    // Taken over: the elements are defined and each list has rendered itself (its own `loaded`, settled).
    await page.waitForFunction(
      () =>
        customElements.get('nsiw-events') !== undefined &&
        [...document.querySelectorAll('nsiw-events:not([src*="missing"])')].every(
          (list) => list.hasUpdated && !list.matches(':state(loading)'),
        ),
    );
    const widgets = await page.evaluate(widgetsOnPage);
    await page.close();
    assert.deepEqual(refused, []);
    assert.deepEqual(
      widgets.filter((widget) => widget.tag === 'nsiw-events').map((list) => list.titles),
      withoutScript.filter((widget) => widget.tag === 'nsiw-events').map((list) => list.titles),
    );
  });
});
