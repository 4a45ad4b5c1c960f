import { expect, waitUntil } from '@open-wc/testing';
import { text } from '../support/dom.js';

/**
 * The CDN build loads the feed's validator as a chunk of its own (rollup.config.mjs, `validatorOnDemand`).
 * When that file cannot be loaded (the page's Content-Security-Policy refuses it), nothing of an
 * unchecked feed may be shown: each element shows its usual error state instead.
 */
interface ValidatorMissingPage extends Window {
  feedErrors: string[];
  refusedScripts: string[];
}

async function openPage(path: string): Promise<{ page: ValidatorMissingPage; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(path, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as ValidatorMissingPage, iframe };
}

const shownText = (element: Element, part: string): string => text(element.shadowRoot?.querySelector(`[part~="${part}"]`));

describe('the CDN build when its validator chunk cannot be loaded', () => {
  it('shows the error state and fires nsiw-error for an inline feed and a src feed', async () => {
    const { page, iframe } = await openPage('./validator-missing-page.html');
    const events = page.document.querySelector('nsiw-events')!;
    const tabs = page.document.querySelector('nsiw-info-tabs')!;
    for (const element of [events, tabs]) {
      await waitUntil(() => shownText(element, 'error')?.startsWith('The feed could not be read.'), `<${element.localName}> shows no error`, {
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
    const chunks: Record<string, string> = await (await fetch('/dist/chunks.json')).json();
    const validatorChunk = chunks['src/core/validator/validator-chunk.ts'];
    expect(validatorChunk, 'dist/chunks.json names the validator chunk').to.be.a('string');
    expect(
      page.refusedScripts.some((url) => url.endsWith(`/dist/${validatorChunk}`)),
      'the validator chunk was refused',
    ).to.equal(true);
    iframe.remove();
  });

  it('shows a .workshop card as one that cannot be shown, saying why', async () => {
    const { page, iframe } = await openPage('./validator-missing-page.html');
    const card = page.document.querySelector('nsiw-workshop-card')!;
    await waitUntil(() => shownText(card, 'invalid'), 'the card shows no invalid state', { timeout: 5000 });
    expect(shownText(card, 'invalid')).to.equal(
      'This workshop cannot be shown. Its validator, a file beside nsiw-widgets.js, could not be loaded.',
    );
    expect(card.shadowRoot!.querySelector('[part~="card"]')).to.equal(null);
    iframe.remove();
  });

});
