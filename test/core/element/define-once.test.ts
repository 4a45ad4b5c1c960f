import { expect } from '@open-wc/testing';

// Each element module registers its tag with a guarded `customElements.define` written in the module
// itself (so that the manifest analyzer sees it). A second copy of a module on the page (another version,
// the CDN build beside a bundled copy) must step back without throwing, and the first registration stays.
const ELEMENTS = ['events', 'info-tabs', 'language-toggle', 'workshop-card', 'workshop-series'];

describe('element registration', () => {
  for (const name of ELEMENTS) {
    it(`<nsiw-${name}>: a second copy of its module keeps the first registration, without throwing`, async () => {
      const url = `../../../src/${name}/nsiw-${name}.ts`;
      await import(/* @vite-ignore */ url);
      const first = customElements.get(`nsiw-${name}`);
      expect(first).to.be.a('function');
      // The query makes the browser evaluate the module again: a second class for the same tag.
      await import(/* @vite-ignore */ `${url}?second-copy`);
      expect(customElements.get(`nsiw-${name}`)).to.equal(first);
    });
  }
});
