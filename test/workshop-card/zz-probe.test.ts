import { expect, fixture, html } from '@open-wc/testing';
import '../../src/workshop-card/nsiw-workshop-card.js';
it('fails with an element', async () => {
  const el = await fixture(html`<nsiw-workshop-card></nsiw-workshop-card>`);
  expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
});
