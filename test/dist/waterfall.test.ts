import { expect, waitUntil } from '@open-wc/testing';
import { text } from '../support/dom.js';

/**
 * What a Norwegian page waits for before its first event, seen from the server
 * (test/support/waterfall-server.mjs holds the nb translations back until the feed is asked for).
 */
describe('the CDN build on a Norwegian page', () => {
  it('asks for the feed while its translations are still on the way', async () => {
    const id = `visit-${Math.random().toString(36).slice(2)}`;
    const iframe = document.createElement('iframe');
    iframe.src = `/__waterfall/${id}/page.html`;
    document.body.append(iframe);
    try {
      const log = async (): Promise<string[]> => (await fetch(`/__waterfall/${id}/log`)).json();
      await waitUntil(async () => (await log()).includes('nb sent'), 'the translations were never sent', { timeout: 8000 });
      const happened = await log();
      expect(happened).to.include.members(['nb requested', 'feed requested', 'nb sent']);
      expect(happened.indexOf('feed requested'), 'the feed asked for before the translations arrived').to.be.below(happened.indexOf('nb sent'));
      const events = () => iframe.contentDocument?.querySelector('nsiw-events')?.shadowRoot?.querySelector('[part~="list"]');
      await waitUntil(() => events(), 'the list never showed', { timeout: 8000 });
      expect(text(events()!)).to.contain('torsdag');
    } finally {
      iframe.remove();
    }
  });
});
