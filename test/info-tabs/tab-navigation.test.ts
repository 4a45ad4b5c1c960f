import { expect } from '@open-wc/testing';
import { COLUMN_KEYS, navigationTarget, rowKeys } from '../../src/info-tabs/tab-navigation.js';

// The WAI-ARIA APG tabs (row) and accordion (column) keys, as a table: [keys, key, from, count, to].
const LEFT_TO_RIGHT = rowKeys(false);
const RIGHT_TO_LEFT = rowKeys(true);
const CASES: [string, typeof LEFT_TO_RIGHT, string, number, number, number | undefined][] = [
  ['row: Right moves on', LEFT_TO_RIGHT, 'ArrowRight', 0, 3, 1],
  ['row: Right wraps from the last to the first', LEFT_TO_RIGHT, 'ArrowRight', 2, 3, 0],
  ['row: Left moves back', LEFT_TO_RIGHT, 'ArrowLeft', 2, 3, 1],
  ['row: Left wraps from the first to the last', LEFT_TO_RIGHT, 'ArrowLeft', 0, 3, 2],
  ['row: Home goes to the first', LEFT_TO_RIGHT, 'Home', 2, 3, 0],
  ['row: End goes to the last', LEFT_TO_RIGHT, 'End', 0, 3, 2],
  ['row: Down moves nothing', LEFT_TO_RIGHT, 'ArrowDown', 0, 3, undefined],
  ['row: Up moves nothing', LEFT_TO_RIGHT, 'ArrowUp', 1, 3, undefined],
  ['row: Tab is left to the browser', LEFT_TO_RIGHT, 'Tab', 1, 3, undefined],
  ['row: a letter moves nothing', LEFT_TO_RIGHT, 'a', 1, 3, undefined],
  ['right-to-left row: Left moves on', RIGHT_TO_LEFT, 'ArrowLeft', 0, 3, 1],
  ['right-to-left row: Right moves back', RIGHT_TO_LEFT, 'ArrowRight', 0, 3, 2],
  ['right-to-left row: Home still goes to the first', RIGHT_TO_LEFT, 'Home', 1, 3, 0],
  ['column: Down moves on', COLUMN_KEYS, 'ArrowDown', 1, 3, 2],
  ['column: Down wraps', COLUMN_KEYS, 'ArrowDown', 2, 3, 0],
  ['column: Up wraps', COLUMN_KEYS, 'ArrowUp', 0, 3, 2],
  ['column: End goes to the last', COLUMN_KEYS, 'End', 0, 4, 3],
  ['column: Right moves nothing', COLUMN_KEYS, 'ArrowRight', 0, 3, undefined],
  ['one tab: Right stays on it', LEFT_TO_RIGHT, 'ArrowRight', 0, 1, 0],
  ['no tabs: nothing to move to', LEFT_TO_RIGHT, 'End', 0, 0, undefined],
];

describe('navigationTarget', () => {
  for (const [name, keys, key, from, count, to] of CASES) {
    it(`${name} (${key} from ${from} of ${count} → ${to})`, () => {
      expect(navigationTarget({ key }, from, count, keys)).to.equal(to);
    });
  }

  for (const modifier of ['altKey', 'ctrlKey', 'metaKey'] as const) {
    it(`leaves ${modifier.replace('Key', '')} + an arrow to the browser and the system`, () => {
      expect(navigationTarget({ key: 'ArrowRight', [modifier]: true }, 0, 3, LEFT_TO_RIGHT)).to.equal(undefined);
      expect(navigationTarget({ key: 'Home', [modifier]: true }, 2, 3, LEFT_TO_RIGHT)).to.equal(undefined);
    });
  }
});
