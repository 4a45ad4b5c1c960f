import { expect } from '@open-wc/testing';
import { DEFAULT_HEADING_LEVEL, resolveHeadingLevel } from '../../../src/core/element/heading-level.js';

describe('resolveHeadingLevel', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`keeps ${level}`, () => {
      expect(resolveHeadingLevel(level)).to.equal(level);
    });
  }

  for (const requested of [1, 7, 0, -3, 2.5, NaN, Infinity, '4', null, undefined]) {
    it(`reads ${String(requested)} as 3`, () => {
      expect(resolveHeadingLevel(requested)).to.equal(3);
    });
  }

  it('names 3 as the default', () => {
    expect(DEFAULT_HEADING_LEVEL).to.equal(3);
  });
});
