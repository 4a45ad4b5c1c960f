import { expect } from '@open-wc/testing';
import { createItemCache } from '../../../src/core/feed/item-cache.js';

describe('createItemCache', () => {
  it('computes once per item and key, and apart for other items and keys', () => {
    const cached = createItemCache<string>();
    const first = Object.freeze({ id: 'a' });
    const second = Object.freeze({ id: 'b' });
    let computed = 0;
    const compute = (value: string) => () => {
      computed += 1;
      return value;
    };
    expect(cached(first, 'nb', compute('a-nb'))).to.equal('a-nb');
    expect(cached(first, 'nb', compute('other'))).to.equal('a-nb');
    expect(cached(first, 'en', compute('a-en'))).to.equal('a-en');
    expect(cached(second, 'nb', compute('b-nb'))).to.equal('b-nb');
    expect(computed).to.equal(3);
  });
});
