import { expect, waitUntil } from '@open-wc/testing';
import { part, text } from '../support/dom.js';

/**
 * The built CDN file (`npm run build` first; `npm test` does) on a plain HTML page, as a webmaster
 * would paste it, pointed at a feed full of hostile strings.
 */
interface PlainPage extends Window {
  capturedWarnings: string[];
  scriptRan: boolean;
  policyViolations: string[];
}

async function openPage(path: string): Promise<{ page: PlainPage; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(path, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as PlainPage, iframe };
}

describe('the CDN build on a plain page', () => {
  it('renders every valid item of a hostile feed as text, runs no script and warns by index and id', async () => {
    const { page, iframe } = await openPage('./hostile-page.html');
    const element = page.document.querySelector('nsiw-events')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="list"]'), 'the list did not render', {
      timeout: 5000,
    });
    const root = element.shadowRoot!;
    const titles = [...root.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal([
      `<img src=x onerror="alert('title')"><b>Bold?</b>`,
      'Obfuscated links',
      'A safe event',
    ]);
    expect(root.querySelector('img, b, script, iframe, svg'), 'feed markup never becomes elements').to.equal(null);
    const hrefs = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href);
    expect(hrefs.filter((href) => !/^(https?:|mailto:|data:text\/calendar)/.test(href))).to.deep.equal([]);
    expect(page.scriptRan, 'no feed string ran as script').to.equal(false);
    expect(page.capturedWarnings.some((line) => /events\[2\].*missing-title/.test(line))).to.equal(true);
    expect(page.capturedWarnings.some((line) => /events\[0\].*hostile-markup.*url/.test(line))).to.equal(true);
    iframe.remove();
  });
});

describe('the CDN build under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element, switches language, and the policy refuses nothing', async () => {
    const { page, iframe } = await openPage('./strict-csp-page.html');
    const rendered = (selector: string, name: string) =>
      page.document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${name}"]`);
    await waitUntil(
      () =>
        rendered('nsiw-events', 'list') &&
        rendered('nsiw-info-tabs', 'tablist') &&
        rendered('nsiw-info-tabs[src]', 'tablist') &&
        rendered('nsiw-workshop-card', 'title') &&
        rendered('nsiw-language-toggle', 'button'),
      'not every element rendered',
      { timeout: 5000 },
    );
    const english = [...page.document.querySelector('nsiw-language-toggle')!.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.lang === 'en',
    )!;
    english.click();
    const events = page.document.querySelector('nsiw-events')!;
    await waitUntil(() => events.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === 'en', 'no switch', {
      timeout: 5000,
    });
    expect(page.policyViolations).to.deep.equal([]);
    expect(page.scriptRan).to.equal(false);
    page.localStorage.removeItem('nsiw-widgets:locale');
    iframe.remove();
  });

  it('writes structured data as JSON-LD through its own policy, which the page is not asked to trust in vain', async () => {
    const { page, iframe } = await openPage('./strict-csp-page.html');
    const jsonLd = (selector: string) =>
      page.document.querySelector(selector)!.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await waitUntil(
      () => jsonLd('nsiw-events') && jsonLd('nsiw-workshop-card') && jsonLd('nsiw-workshop-series'),
      'not every element wrote its JSON-LD',
      { timeout: 5000 },
    );
    const events = JSON.parse(jsonLd('nsiw-events')!.text) as { '@type': string; name: string }[];
    expect(events.map((event) => event['@type'])).to.include('Event');
    expect(events.length).to.equal(page.document.querySelector('nsiw-events')!.shadowRoot!.querySelectorAll('[part~="event"]').length);
    const workshop = JSON.parse(jsonLd('nsiw-workshop-card')!.text) as Record<string, unknown>;
    expect(workshop.name, 'hostile markup stays text inside the JSON').to.contain('<script>');
    expect(workshop.url, 'a refused URL is not described either').to.equal(undefined);
    const series = JSON.parse(jsonLd('nsiw-workshop-series')!.text) as { name: string }[];
    expect(series.map((event) => event.name)).to.have.length(4);
    expect(page.policyViolations, 'Trusted Types and the CSP refused nothing').to.deep.equal([]);
    expect(page.scriptRan).to.equal(false);
    iframe.remove();
  });

  it('leaves structured data out, says why and keeps working, when the page allows only other policies', async () => {
    const { page, iframe } = await openPage('./trusted-types-refused-page.html');
    const card = page.document.querySelector('nsiw-workshop-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the card did not render', { timeout: 5000 });
    await waitUntil(
      () => page.capturedWarnings.some((line) => line.includes('structured data left out')),
      'no warning about the refused policy',
      { timeout: 5000 },
    );
    expect(page.document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    expect(page.capturedWarnings.filter((line) => line.includes('structured data left out')), 'said once').to.have.length(1);
    // The violation is reported in a task of its own, which may come after the warning.
    await waitUntil(() => page.policyViolations.length > 0, 'the refused policy was not reported', { timeout: 5000 });
    expect(page.policyViolations, 'only the refused policy creation').to.deep.equal(['trusted-types: trusted-types-policy']);
    iframe.remove();
  });
});

describe('the CDN build on a Norwegian page', () => {
  it('renders in Norwegian from the first render, not in English until the translations arrive', async () => {
    localStorage.removeItem('nsiw-widgets:locale');
    const { page, iframe } = await openPage('./norwegian-page.html');
    const first = await waitUntil(() => (page as PlainPage & { firstRender?: object }).firstRender, 'no render', {
      timeout: 5000,
    }).then(() => (page as PlainPage & { firstRender: { lang: string; text: string } }).firstRender);
    expect(first.lang).to.equal('nb');
    expect(first.text).to.match(/^Laster inn arrangementer/);
    iframe.remove();
  });
});

describe('the CDN build and a .workshop card', () => {
  it('shows the workshop once the validator chunk has read it', async () => {
    const { page, iframe } = await openPage('./workshop-property-page.html');
    const card = page.document.querySelector('nsiw-workshop-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the card shows no workshop', { timeout: 5000 });
    expect(text(part(card, 'title'))).to.equal('Workshop in Oslo');
    expect(text(part(card, 'number'))).to.equal('Workshop 1 of 3');
    expect(part(card, 'loading')).to.equal(null);
    iframe.remove();
  });
});
