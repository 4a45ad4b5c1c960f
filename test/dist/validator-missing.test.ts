import { expect, waitUntil } from '@open-wc/testing';

/**
 * The CDN build loads the feed's validator as a chunk of its own (rollup.config.mjs, `validatorOnDemand`).
 * When that file cannot be fetched (the test server answers 404 for it, see test/support/fault-server.mjs),
 * nothing of an unchecked feed may be shown: each element shows its usual error state instead.
 */
interface ValidatorMissingPage extends Window {
  feedErrors: string[];
}

const MISSING_FILES = 'nsiw-missing-files';

async function openPage(path: string): Promise<{ page: ValidatorMissingPage; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(path, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as ValidatorMissingPage, iframe };
}

const shownText = (element: Element, part: string): string | undefined =>
  element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('the CDN build when its validator chunk cannot be fetched', () => {
  before(() => {
    document.cookie = `${MISSING_FILES}=${encodeURIComponent('/dist/chunks/validator-module-')}; path=/`;
  });
  after(() => {
    document.cookie = `${MISSING_FILES}=; path=/; max-age=0`;
  });

  it('shows the error state, in the page language, and fires nsiw-error for an inline feed and a src feed', async () => {
    const { page, iframe } = await openPage('./validator-missing-page.html');
    const events = page.document.querySelector('nsiw-events')!;
    const tabs = page.document.querySelector('nsiw-info-tabs')!;
    for (const element of [events, tabs]) {
      await waitUntil(() => shownText(element, 'error')?.startsWith('Innholdet kunne ikke leses.'), `<${element.localName}> shows no error`, {
        timeout: 5000,
      });
      expect(shownText(element, 'error-detail')).to.equal(
        'The feed could not be checked: its validator, a file beside nsiw-widgets.js, could not be loaded',
      );
      expect(element.shadowRoot!.querySelector('[part~="list"], [role="tablist"]'), 'nothing of the unchecked feed').to.equal(null);
    }
    expect([...page.feedErrors].sort()).to.deep.equal([
      'nsiw-events: The feed could not be checked: its validator, a file beside nsiw-widgets.js, could not be loaded',
      'nsiw-info-tabs: The feed could not be checked: its validator, a file beside nsiw-widgets.js, could not be loaded',
    ]);
    iframe.remove();
  });

  it('shows a .workshop card as one that cannot be shown, saying why', async () => {
    const { page, iframe } = await openPage('./validator-missing-page.html');
    const card = page.document.querySelector('nsiw-workshop-card')!;
    await waitUntil(() => shownText(card, 'invalid'), 'the card shows no invalid state', { timeout: 5000 });
    expect(shownText(card, 'invalid')).to.equal(
      'Denne workshopen kan ikke vises. Its validator, a file beside nsiw-widgets.js, could not be loaded.',
    );
    expect(card.shadowRoot!.querySelector('[part~="card"]')).to.equal(null);
    iframe.remove();
  });

});
