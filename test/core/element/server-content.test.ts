import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements.js';
import type { NsiwEvents } from '../../../src/events/nsiw-events.js';
import type { NsiwWorkshopCard } from '../../../src/workshop-card/nsiw-workshop-card.js';
import { faultFeed } from '../../support/fault-feeds.js';
import { nextOutcome, part, text } from '../../support/dom.js';

/**
 * An element whose shadow root a server rendered (declarative shadow DOM, as `nsiw-widgets/render` writes
 * it) keeps that content until it can show as much, then replaces it whole.
 */
function withServerContent<T extends HTMLElement>(markup: string): T {
  const container = document.createElement('div');
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  document.body.append(container);
  return container.firstElementChild as T;
}

const SERVER = '<template shadowrootmode="open"><p part="server">Rendered by the server</p></template>';

afterEach(() => {
  for (const container of document.querySelectorAll('body > div')) container.remove();
});

describe('content a server rendered', () => {
  it('stays while the feed loads, with no loading line over it, then gives way to the feed whole', async () => {
    const feed = faultFeed({ delay: 400, title: 'Fresh' });
    const events = withServerContent<NsiwEvents>(`<nsiw-events src="${feed.url}">${SERVER}</nsiw-events>`);
    const outcome = nextOutcome(events);
    await feed.until((requests) => requests.length === 1, 'the feed was not asked for');
    expect(text(part(events, 'server'))).to.equal('Rendered by the server');
    expect(part(events, 'loading'), 'no loading line').to.equal(null);
    expect(events.matches(':state(loading)'), 'no loading reservation over it').to.equal(false);
    await outcome;
    expect(part(events, 'server'), 'the server content is gone').to.equal(null);
    expect(text(part(events, 'list'))).to.contain('Fresh 0');
  });

  it('stays on a card until the page gives it what to show, then loads that', async () => {
    const feed = faultFeed({ title: 'Later' });
    const card = withServerContent<NsiwWorkshopCard>(`<nsiw-workshop-card>${SERVER}</nsiw-workshop-card>`);
    await card.updateComplete;
    expect(text(part(card, 'server'))).to.equal('Rendered by the server');
    // As React's wrappers do, after the element upgraded: properties, not attributes.
    card.src = feed.url;
    card.workshopId = 'w1';
    await waitUntil(() => part(card, 'title'), 'the card never showed its workshop', { timeout: 5000 });
    expect(text(part(card, 'title'))).to.equal('Later workshop');
    expect(part(card, 'server')).to.equal(null);
  });
});
