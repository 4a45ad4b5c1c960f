import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/events/nsiw-events.js';
import '../../../src/workshop-card/nsiw-workshop-card.js';
import type { NsiwEvents } from '../../../src/events/nsiw-events.js';
import type { NsiwWorkshopCard } from '../../../src/workshop-card/nsiw-workshop-card.js';

// `loaded`: a listener that arrives after `nsiw-load` / `nsiw-error` fired (a framework attaching its
// handlers after hydration, a late script) still learns the outcome.
const FEED_URL = new URL('../../fixtures/events.json', import.meta.url).href;
const MISSING_URL = new URL('../../fixtures/no-such-feed.json', import.meta.url).href;

describe('loaded: the outcome of the feed for late listeners', () => {
  it('resolves with the nsiw-load detail, also when asked after the event fired', async () => {
    const element = document.createElement('nsiw-events') as NsiwEvents;
    element.src = FEED_URL;
    const fired = oneEvent(element, 'nsiw-load');
    document.body.append(element);
    const event = await fired;
    const detail = await element.loaded;
    expect(detail).to.equal(event.detail);
    expect(detail.feed.events.length).to.be.greaterThan(0);
    element.remove();
  });

  it('rejects with the nsiw-error error, and a new src starts a new outcome', async () => {
    const element = await fixture<NsiwEvents>(html`<nsiw-events src=${MISSING_URL}></nsiw-events>`);
    const error = await element.loaded.then(
      () => undefined,
      (cause: unknown) => cause,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/404/);
    element.src = FEED_URL;
    await element.updateComplete;
    expect((await element.loaded).feed.events.length).to.be.greaterThan(0);
  });

  it('is undefined on a card given its workshop as an object: there is no feed to wait for', async () => {
    const card = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card
      .workshop=${{ id: 'w', number: 1, title: 'Workshop', start: '2023-10-12', end: '2023-10-13' }}
    ></nsiw-workshop-card>`);
    expect(card.loaded).to.equal(undefined);
  });
});
