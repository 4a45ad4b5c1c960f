import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/workshop-card/nsiw-workshop-card.js';
import type { NsiwWorkshopCard } from '../../../src/workshop-card/nsiw-workshop-card.js';

// `loaded`: a listener that arrives after `nsiw-load` / `nsiw-error` fired (a framework attaching its
// handlers after hydration, a late script) still learns the outcome. How it resolves and rejects for every
// feed element is in test/support/feed-element-suite.ts; here, the one element that may have no feed.
describe('loaded: the outcome of the feed for late listeners', () => {
  it('is undefined on a card given its workshop as an object: there is no feed to wait for', async () => {
    const card = await fixture<NsiwWorkshopCard>(html`<nsiw-workshop-card
      .workshop=${{ id: 'w', number: 1, title: 'Workshop', start: '2023-10-12', end: '2023-10-13' }}
    ></nsiw-workshop-card>`);
    expect(card.loaded).to.equal(undefined);
  });
});
