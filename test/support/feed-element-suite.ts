/**
 * What every element that reads a feed (`<nsiw-events>`, `<nsiw-info-tabs src>`, `<nsiw-workshop-card
 * src workshop-id>`, `<nsiw-workshop-series>`) does alike, as one suite each element's tests run with how
 * to make one: busy while its feed loads, the alert and its retry (which really asks again), leaving the
 * page while loading, a change of `src`, redirected feeds, `nsiw-load` / `nsiw-error` and `loaded`, and
 * heading levels. The feeds come from test/support/fault-server.mjs; every test also checks that no error
 * escapes and no feed request is left in flight once its elements left the page.
 *
 * As Shoelace and Web Awesome share their form-control tests: a function that registers `describe` and
 * `it` blocks for the element it is given. What only one element does stays in that element's own file.
 */
import { expect } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/core/element/feed-events.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { busy, nextOutcome, part, rendered, text } from './dom.js';
import { checkNothingEscapesOrStays, faultFeed } from './fault-feeds.js';

/** A feed element, as far as the suite uses it. */
export type FeedElement = LitElement & {
  src: string | null;
  headingLevel: number;
  readonly loaded: Promise<FeedLoadDetail> | undefined;
};

export interface FeedElementSuiteOptions<T extends FeedElement> {
  /** The element's tag, for the suite's name. */
  tag: string;
  /** The element reading the fault feed at `src`, as a page writes it (one element). */
  fixture: (src: string) => TemplateResult;
  /** What the element says while its feed loads (in English). */
  loadingText: string;
  /** The height it holds while its feed loads, as CSS (`18em`): its estimate of the content's. */
  loadingHeight: string;
  /** What the element lists of what it shows: its titles, as a visitor reads them. */
  shown: (element: T) => string[];
  /** What {@link shown} is for a fault feed whose titles begin with `title` (see fault-server.mjs). */
  shows: (title: string) => string[];
  /** A link the element renders from a relative URL in the fault feed, and that URL (`events/e0.html`). */
  relativeLink: { find: (element: T) => Element | null | undefined; path: string };
  /** The headings `heading-level` sets, after `prepare` (a layout that has headings) when given. */
  headings: { find: (element: T) => Element[]; prepare?: (element: T) => void };
}

/** The `detail` of every `nsiw-load` and `nsiw-error` the element fires, and whether each bubbled out of its shadow. */
interface Fired {
  load: FeedLoadDetail[];
  error: FeedErrorDetail[];
  /** False once an event did not bubble, or was not composed. */
  reachesThePage: boolean;
}

/**
 * Records what appears in the element, its shadow root and the shadow roots of what it renders (a
 * series' cards), at every change, until `stop()`, which returns the texts seen.
 */
function recordShown(element: Element): { stop(): string[] } {
  const shown: string[] = [];
  const observed = new WeakSet<Node>();
  const roots = (host: Element): ShadowRoot[] =>
    host.shadowRoot ? [host.shadowRoot, ...[...host.shadowRoot.querySelectorAll('*')].flatMap(roots)] : [];
  const observeNewRoots = () => {
    for (const root of roots(element)) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    }
  };
  const observer = new MutationObserver(() => {
    observeNewRoots();
    shown.push(roots(element).map(text).join(' '));
  });
  observeNewRoots();
  return {
    stop() {
      observer.disconnect();
      return shown;
    },
  };
}

/** Registers the shared feed-element tests for the element `options` make. */
export function feedElementSuite<T extends FeedElement>(options: FeedElementSuiteOptions<T>): void {
  const { tag, shown, shows } = options;

  describe(`<${tag}> as a feed element`, () => {
    const { add } = checkNothingEscapesOrStays();

    beforeEach(() => setLocale('en', { remember: false }));

    /** The element for `src`, not yet on the page, with the events it fires recorded. */
    function make(src: string): { element: T; fired: Fired } {
      const container = document.createElement('div');
      render(options.fixture(src), container);
      const element = container.firstElementChild as T;
      expect(element?.localName, 'the fixture makes the element').to.equal(tag);
      const fired: Fired = { load: [], error: [], reachesThePage: true };
      const record = (event: Event) => (fired.reachesThePage &&= event.bubbles && event.composed);
      element.addEventListener('nsiw-load', (event) => {
        fired.load.push((event as CustomEvent<FeedLoadDetail>).detail);
        record(event);
      });
      element.addEventListener('nsiw-error', (event) => {
        fired.error.push((event as CustomEvent<FeedErrorDetail>).detail);
        record(event);
      });
      return { element, fired };
    }

    /** The element for `src` on the page, once its first load ended. */
    async function outcomeFor(src: string): Promise<{ element: T; fired: Fired }> {
      const made = make(src);
      const outcome = nextOutcome(made.element);
      add(made.element);
      await outcome;
      return made;
    }

    async function clickRetry(element: T): Promise<void> {
      const outcome = nextOutcome(element);
      part(element, 'retry-button')!.click();
      await outcome;
    }

    it('is busy while a slow feed arrives, saying it loads, then shows the feed, firing nsiw-load once', async () => {
      const { element, fired } = make(faultFeed({ delay: 1200, trickle: 100 }).url);
      const outcome = nextOutcome(element);
      add(element);
      await element.updateComplete;
      expect(busy(element)).to.equal('true');
      expect(text(part(element, 'loading'))).to.equal(options.loadingText);
      await outcome;
      expect(busy(element)).to.equal('false');
      expect(part(element, 'loading')).to.equal(null);
      expect(shown(element)).to.deep.equal(shows('Event'));
      expect(fired.load).to.have.length(1);
      expect(fired.error).to.deep.equal([]);
      expect(fired.reachesThePage, 'nsiw-load bubbles out of the element and its shadow root').to.equal(true);
    });

    it('holds its loading height from its connection, before its first render, and lets it go once loaded', async () => {
      const { element } = make(faultFeed({ delay: 600 }).url);
      const outcome = nextOutcome(element);
      add(element);
      // Measured in the element's own font, where its `em` is.
      const probe = document.createElement('div');
      probe.style.blockSize = options.loadingHeight;
      element.after(probe);
      const expected = probe.getBoundingClientRect().height;
      probe.remove();
      expect(element.shadowRoot?.childElementCount, 'nothing rendered yet').to.equal(0);
      expect(element.matches(':state(loading)'), 'in its loading state').to.equal(true);
      expect(element.getBoundingClientRect().height).to.be.closeTo(expected, 0.5);
      await outcome;
      await element.updateComplete;
      expect(element.matches(':state(loading)'), 'out of its loading state').to.equal(false);
      const base = part(element, 'base')!;
      expect(element.getBoundingClientRect().height, 'the content alone sets its height').to.be.closeTo(
        base.getBoundingClientRect().height,
        0.5,
      );
    });

    it('has no axe violations while loading', async () => {
      const { element } = make(faultFeed({ hang: 1 }).url);
      add(element);
      await element.updateComplete;
      expect(busy(element)).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('shows an alert with the cause and a retry button, and fires nsiw-error, when the feed is missing', async () => {
      const { element, fired } = await outcomeFor(faultFeed({ status: 404 }).url);
      expect(fired.error).to.have.length(1);
      expect(fired.error[0].error.message).to.contain('404');
      expect(fired.load).to.deep.equal([]);
      expect(fired.reachesThePage, 'nsiw-error bubbles out of the element and its shadow root').to.equal(true);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert, 'the alert').to.exist;
      expect(text(alert)).to.contain('The feed could not be loaded (HTTP 404).');
      const retry = alert.querySelector('[part~="retry-button"]')!;
      expect(retry.localName).to.equal('button');
      expect(text(retry)).to.equal('Try again');
      expect(busy(element)).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it('shows HTTP 500 with a retry, and the feed when the retry gets 200', async () => {
      const feed = faultFeed({ status: '500,200' });
      const { element, fired } = await outcomeFor(feed.url);
      expect(text(part(element, 'error'))).to.contain('The feed could not be loaded (HTTP 500).');
      expect(fired.error[0].error.message).to.contain('500');
      await clickRetry(element);
      expect(shown(element)).to.deep.equal(shows('Event'));
      expect(part(element, 'error')).to.equal(null);
      expect(busy(element)).to.equal('false');
      expect(fired.load).to.have.length(1);
      expect(await feed.requests(), 'the retry asked the server again').to.have.length(2);
    });

    it('recovers on retry when the feed was fixed after the first attempt, past the HTTP cache', async () => {
      // The first answer is a login page, cacheable for an hour; then the real feed.
      const feed = faultFeed({ body: 'html,feed', cache: 'max-age=3600', title: 'Broken,Fixed' });
      const { element, fired } = await outcomeFor(feed.url);
      expect(text(part(element, 'error'))).to.contain('The feed is not valid JSON.');
      await clickRetry(element);
      expect(shown(element)).to.deep.equal(shows('Fixed'));
      expect(part(element, 'error')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(fired.error).to.have.length(1);
      expect(fired.load).to.have.length(1);
      expect(await feed.requests()).to.have.length(2);
    });

    it('resolves the links of a redirected feed against where it was found', async () => {
      const { element } = await outcomeFor(faultFeed({ redirect: 1 }).url);
      const link = options.relativeLink.find(element);
      expect(link, 'the link').to.exist;
      expect(link!.getAttribute('href')).to.equal(new URL(`/__faults/moved/0/${options.relativeLink.path}`, location.href).href);
    });

    it('leaves quietly when removed while its feed loads: no event, no error, the request aborted', async () => {
      const feed = faultFeed({ hang: 1 });
      const { element, fired } = make(feed.url);
      add(element);
      await feed.until((requests) => requests.length === 1, 'the request did not reach the server');
      element.remove();
      await feed.until((requests) => requests[0].aborted, 'the server saw no abort');
      expect(fired.load).to.deep.equal([]);
      expect(fired.error).to.deep.equal([]);
    });

    it('shows the last src when src changes while loading, never the old feed', async () => {
      const old = faultFeed({ delay: 1500, title: 'Old' });
      const { element, fired } = make(old.url);
      add(element);
      await element.updateComplete;
      const watch = recordShown(element);
      await old.until((requests) => requests.length === 1, 'the first request did not reach the server');
      const loaded = element.loaded;
      const outcome = nextOutcome(element);
      element.src = faultFeed({ delay: 300, title: 'New' }).url;
      await outcome;
      expect(shown(element)).to.deep.equal(shows('New'));
      await old.until((requests) => requests[0].aborted, 'the first request was not aborted');
      expect(watch.stop().filter((snapshot) => snapshot.includes('Old'))).to.deep.equal([]);
      expect(fired.load.map((detail) => detail.feed.events[0].title)).to.deep.equal(['New 0']);
      expect(fired.error).to.deep.equal([]);
      expect(await loaded, 'loaded, asked before the change, gives the newer load').to.equal(fired.load[0]);
    });

    it('resolves loaded with the nsiw-load detail, whether asked while loading or after the event fired', async () => {
      const { element, fired } = make(faultFeed({ delay: 300 }).url);
      const outcome = nextOutcome(element);
      add(element);
      // Info tabs and a card know they read a feed (and have `loaded`) from their first update on.
      await element.updateComplete;
      expect(busy(element)).to.equal('true');
      const asked = element.loaded;
      await outcome;
      expect(fired.load).to.have.length(1);
      expect(await asked).to.equal(fired.load[0]);
      expect(await element.loaded).to.equal(fired.load[0]);
      expect(fired.load[0].feed.events).to.have.length(2);
    });

    it('rejects loaded with the nsiw-error error, and a new src starts a new outcome', async () => {
      const { element, fired } = await outcomeFor(faultFeed({ status: 404 }).url);
      const error = await element.loaded!.then(
        () => undefined,
        (cause: unknown) => cause,
      );
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(/404/);
      expect(error).to.equal(fired.error[0].error);
      element.src = faultFeed().url;
      await element.updateComplete;
      expect((await element.loaded!).feed.events).to.have.length(2);
    });

    /** Each of the element's headings, with its role and level. */
    const levels = (element: T) =>
      options.headings.find(element).map((heading) => `${heading.getAttribute('role')} ${heading.getAttribute('aria-level')}`);

    it('uses the heading level asked for, from 2 to 6, and 3 without one', async () => {
      const { element } = await outcomeFor(faultFeed().url);
      options.headings.prepare?.(element);
      await rendered(element);
      expect(levels(element), 'no heading-level').to.have.length.greaterThan(0);
      expect(
        levels(element).every((level) => level === 'heading 3'),
        `no heading-level: ${levels(element)}`,
      ).to.equal(true);
      for (const level of [2, 3, 4, 5, 6]) {
        element.setAttribute('heading-level', String(level));
        await rendered(element);
        expect(levels(element), `heading-level="${level}"`).to.deep.equal(levels(element).map(() => `heading ${level}`));
      }
    });

    it('uses 3 for any other heading level', async () => {
      const { element } = await outcomeFor(faultFeed().url);
      options.headings.prepare?.(element);
      element.setAttribute('heading-level', '5');
      await rendered(element);
      for (const bad of ['1', '7', 'two', '', '2.5']) {
        element.setAttribute('heading-level', bad);
        await rendered(element);
        expect(levels(element), `heading-level="${bad}"`).to.deep.equal(levels(element).map(() => 'heading 3'));
        expect(levels(element)).to.have.length.greaterThan(0);
      }
      element.headingLevel = 9;
      await rendered(element);
      expect(levels(element), 'headingLevel = 9').to.deep.equal(levels(element).map(() => 'heading 3'));
      element.headingLevel = 4;
      await rendered(element);
      element.removeAttribute('heading-level');
      await rendered(element);
      expect(levels(element), 'the attribute removed').to.deep.equal(levels(element).map(() => 'heading 3'));
    });
  });
}
