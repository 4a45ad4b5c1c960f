import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('nsiw-define-test-a', First);
    expect(customElements.get('nsiw-define-test-a')).to.equal(First);
  });

  it('keeps the first registration when a second copy defines the same tag, without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('nsiw-define-test-b', First);
    expect(() => defineElement('nsiw-define-test-b', Second)).not.to.throw();
    expect(customElements.get('nsiw-define-test-b')).to.equal(First);
  });
});
