/**
 * One tab that reads hundreds of feed URLs (a page that busts caches with a query string, a visitor who
 * browses long): the library keeps its feeds in `sessionStorage` under its cap, leaves the page room for
 * its own, and its memory stops growing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/info-tabs/nsiw-info-tabs.js';
import type { NsiwInfoTabs } from '../../../src/info-tabs/nsiw-info-tabs.js';
import { faultFeed } from '../../support/fault-feeds.js';
import { heapUsed } from '../../support/heap.js';

const KEY_PREFIX = 'nsiw-widgets.feed.v1 ';
/** The cap `docs/security.md` (Privacy) promises: characters of keys and feeds together. */
const DOCUMENTED_CAP = 1_000_000;
/** What the page stores of its own beside the library's feeds. */
const PAGE_OWN = 2 ** 20;

/** Characters the library keeps in sessionStorage, keys and values. */
function libraryCharacters(): number {
  let total = 0;
  for (let index = 0; index < sessionStorage.length; index++) {
    const key = sessionStorage.key(index)!;
    if (key.startsWith(KEY_PREFIX)) total += key.length + sessionStorage.getItem(key)!.length;
  }
  return total;
}

/** The loader's page-wide list of the feeds it fetched (a contract between copies of the library). */
function sharedRequests(): number {
  return (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('nsiw-widgets.feeds.v1')]?.size ?? 0;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe('500 feed URLs in one tab', () => {
  it('keep the library’s storage under its cap and leave the page 1 MB of its own, and memory flat after the first 50', async function () {
    this.timeout(100_000);
    const element = document.createElement('nsiw-info-tabs') as NsiwInfoTabs;
    document.body.append(element);
    const urls: string[] = [];
    let heapAt50: number | null = null;
    try {
      for (let index = 0; index < 500; index++) {
        const url = faultFeed({ cors: 1, events: 40, title: `Feed ${index}` }).url;
        urls.push(url);
        element.src = url;
        await element.updateComplete;
        await element.loaded;
        // The feed is stored after its load: in the tasks that follow (the first time, its chunk loads).
        if (index === 0) await waitUntil(() => sessionStorage.getItem(KEY_PREFIX + url) !== null, 'the first feed was not stored');
        else await new Promise((resolve) => setTimeout(resolve));
        if (index === 49) heapAt50 = await heapUsed();
      }
      expect(sessionStorage.getItem(KEY_PREFIX + urls.at(-1)!), 'the last feed is kept for the next page').not.to.equal(null);
      expect(libraryCharacters(), 'the library’s characters in sessionStorage').to.be.at.most(DOCUMENTED_CAP);
      expect(() => sessionStorage.setItem('the-page-own', 'x'.repeat(PAGE_OWN)), 'the page stores 1 MB').not.to.throw();
      expect(sharedRequests(), 'feeds the loader holds on to').to.be.at.most(50);
      const heapAt500 = await heapUsed();
      if (heapAt50 !== null && heapAt500 !== null) {
        // 450 more feeds of 40 events held on to would be megabytes; a clean run moves by some 100 KB.
        expect(heapAt500 - heapAt50, 'heap growth from the 50th feed to the 500th, bytes').to.be.below(1024 * 1024);
      }
    } finally {
      element.remove();
    }
  });
});
