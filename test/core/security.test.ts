import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/events/nsiw-events.js';
import '../../src/info-tabs/nsiw-info-tabs.js';
import '../../src/language-toggle/nsiw-language-toggle.js';
import '../../src/workshop-card/nsiw-workshop-card.js';
import '../../src/workshop-series/nsiw-workshop-series.js';
import { validateFeed } from '../../src/core/validator/validate.js';
import { placeJsonLd } from '../../src/core/structured-data/json-ld.js';
import type { LitElement } from 'lit';

/**
 * The threats of docs/security.md that no element's or module's own tests cover: keys that name
 * prototypes, deeply nested input, the host page's CSS, the shared Trusted Types policy, where links
 * open, and what a feed request carries (what the widgets store: test/dist/security.test.ts).
 */

const FEED_URL = 'https://feeds.example.org/feed.json';

/** An element of `tag` filled by an inline feed, on the page, once its feed has been read. */
async function withInlineFeed(tag: string, feed: object, attributes: Record<string, string> = {}): Promise<LitElement> {
  const element = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(feed) });
  element.append(script);
  await fixture(html`${element}`);
  await waitUntil(() => element.renderRoot.querySelector('[part="base"][aria-busy="false"]'), `<${tag}> did not settle`, {
    timeout: 5000,
  });
  // Elements inside it (a series' cards) render on their own updates.
  const inner = allRendered(element.renderRoot).filter((child): child is LitElement => 'updateComplete' in child);
  await Promise.all([element, ...inner].map((child) => child.updateComplete));
  return element;
}

/** Every element rendered in `root` and in the shadow roots inside it (a series holds cards). */
function allRendered(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allRendered(element.shadowRoot) : [])]);
}

/** Whether a feed's `polluted` member reached every object through Object.prototype. */
const isPolluted = () => 'polluted' in {};

describe('security: a hostile feed', () => {
  // As JSON text, because only JSON.parse makes `__proto__` an ordinary own member, as a fetched feed has it.
  const PROTOTYPE_KEYS = `{
    "version": 1,
    "__proto__": { "polluted": "feed" },
    "constructor": { "prototype": { "polluted": "constructor" } },
    "events": [
      { "id": "__proto__", "title": "Proto", "start": "2099-01-01",
        "__proto__": { "registrationUrl": "https://evil.example/", "polluted": "event" } },
      { "id": "constructor", "title": "Constructor", "start": "2099-01-02",
        "location": { "name": "Here", "__proto__": { "online": "https://evil.example/" } } },
      { "id": "hasOwnProperty", "title": "Own", "start": "2099-01-03" },
      { "id": "toString", "title": "String", "start": "2099-01-04",
        "organizer": { "en": "Fafo", "__proto__": { "polluted": "text" } } }
    ]
  }`;

  it('reads members named __proto__ and constructor as data: no prototype changes, no member inherited, no id taken', () => {
    const result = validateFeed(JSON.parse(PROTOTYPE_KEYS), FEED_URL);
    expect(isPolluted(), 'Object.prototype is untouched').to.equal(false);
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(result.skipped).to.deep.equal([]);
    const [proto, constructor, , toString] = result.feed.events;
    expect(proto.registrationUrl, 'nothing inherited from a feed-given __proto__').to.equal(undefined);
    expect(constructor.location).to.deep.equal({ name: 'Here' });
    expect(constructor.location!.online).to.equal(undefined);
    expect(toString.organizer, 'a Text keeps its languages, not a __proto__ key').to.deep.equal({ en: 'Fafo' });
    // Like every object of a validated feed, it inherits nothing, whatever the page does.
    expect('hasOwnProperty' in (toString.organizer as object), 'inherits nothing').to.equal(false);
    expect(result.dropped).to.deep.equal([]);
  });

  it('renders the events of a feed with such keys, with no link the feed did not give', async () => {
    const element = await withInlineFeed('nsiw-events', JSON.parse(PROTOTYPE_KEYS), { show: 'all' });
    const titles = [...element.renderRoot.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(['Proto', 'Constructor', 'Own', 'String']);
    const hrefs = [...element.renderRoot.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href);
    expect(hrefs.filter((href) => href.includes('evil.example'))).to.deep.equal([]);
    expect(isPolluted()).to.equal(false);
  });

  it('keeps every valid item when one member is nested 10 000 levels deep', () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const feed = JSON.parse(`{
      "version": 1,
      "events": [
        { "id": "fine", "title": "Fine", "start": "2099-01-01" },
        { "id": "deep-title", "title": ${deep}, "start": "2099-01-02" },
        { "id": "deep-place", "title": "Deep place", "start": "2099-01-03", "location": ${deep} },
        { "id": "deep-unknown", "title": "Deep unknown member", "start": "2099-01-04", "x-extra": ${deep} }
      ]
    }`);
    const result = validateFeed(feed, FEED_URL);
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['fine', 'deep-place', 'deep-unknown']);
    expect(result.skipped.map((problem) => problem.id)).to.deep.equal(['deep-title']);
    expect(result.dropped.map((problem) => `${problem.id} ${problem.member}`)).to.deep.equal(['deep-place location']);
  });
});

describe('security: an item that cannot be shown costs that item alone', () => {
  // What makes showing an item throw, once the feed is read: here the browser's country names, made to
  // fail for Sweden from the moment the feed is loaded (validation, which also asks, has run by then).
  const realOf = Intl.DisplayNames.prototype.of;
  const failForSweden = () => {
    Intl.DisplayNames.prototype.of = function of(this: Intl.DisplayNames, code: string) {
      if (code === 'SE') throw new Error('no name for SE');
      return realOf.call(this, code);
    };
  };
  let warnings: string[];
  const realWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    document.addEventListener('nsiw-load', failForSweden, { once: true });
  });
  afterEach(() => {
    document.removeEventListener('nsiw-load', failForSweden);
    Intl.DisplayNames.prototype.of = realOf;
    console.warn = realWarn;
  });

  it('leaves out an event whose rendering throws, shows the others and reports it', async () => {
    const element = await withInlineFeed('nsiw-events', {
      version: 1,
      events: [
        { id: 'oslo', title: 'In Oslo', start: '2099-01-01', location: { city: 'Oslo', country: 'NO' } },
        { id: 'stockholm', title: 'In Stockholm', start: '2099-01-02', location: { city: 'Stockholm', country: 'SE' } },
        { id: 'online', title: 'Online', start: '2099-01-03' },
      ],
    });
    const titles = [...element.renderRoot.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(['In Oslo', 'Online']);
    expect(element.renderRoot.querySelector('[role="alert"]')).to.equal(null);
    expect(warnings.filter((warning) => warning.includes('"stockholm"') && warning.includes('no name for SE'))).to.have.length(1);
  });

  it('shows the error state, and fires nsiw-error, when the one item of a card throws: never "loading" for ever', async () => {
    const element = document.createElement('nsiw-workshop-card');
    element.setAttribute('workshop-id', 'w');
    element.append(
      Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: JSON.stringify({ version: 1, workshops: [{ id: 'w', title: 'Workshop', start: '2099-01-01', country: 'SE' }] }),
      }),
    );
    const failed = oneEvent(element, 'nsiw-error');
    await fixture(html`${element}`);
    const { detail } = await failed;
    expect(detail.error.message).to.equal('no name for SE');
    await waitUntil(() => element.renderRoot.querySelector('[role="alert"]'), 'no error state');
    expect(element.renderRoot.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(element.renderRoot.querySelector('[part~="retry-button"]')).not.to.equal(null);
  });
});

describe('security: feed text keeps to itself (bidi)', () => {
  // U+202E (right-to-left override) left open at the end of every feed text: unisolated, it would turn
  // what follows on the line, the widget's own words included, backwards.
  const RLO = '\u202e';
  const feed = {
    version: 1,
    events: [
      {
        id: 'e',
        title: `Seminar${RLO}`,
        label: `Fafo seminar${RLO}`,
        start: '2099-01-01T12:00:00+01:00',
        organizer: `Fafo${RLO}`,
        location: { name: `Fafo${RLO}`, address: `Borggata 2B${RLO}`, city: `Oslo${RLO}`, country: 'NO' },
        url: 'https://example.org/seminar',
        registrationUrl: 'https://example.org/register',
      },
    ],
    workshops: [
      {
        id: 'w',
        number: 1,
        title: `Workshop${RLO}`,
        start: '2099-02-01',
        venue: `Fafo${RLO}`,
        city: `Oslo${RLO}`,
        country: 'NO',
        host: `Fafo${RLO}`,
        description: `About${RLO}`,
        programUrl: 'p.html',
      },
    ],
    tabs: [{ id: 'about', title: `About${RLO}`, body: `Body${RLO}` }],
  };

  /** The nearest element from `node` up whose content the bidi algorithm orders on its own. */
  function isolatingAncestor(node: Node): Element {
    let element = node.parentElement!;
    for (;;) {
      const style = getComputedStyle(element);
      if (style.display !== 'inline' || style.unicodeBidi.startsWith('isolate') || style.unicodeBidi === 'plaintext') return element;
      element = element.parentElement!;
    }
  }

  it('isolates every piece of feed text, in every element, from the text beside it', async () => {
    const elements = [
      await withInlineFeed('nsiw-events', feed),
      await withInlineFeed('nsiw-workshop-card', feed, { 'workshop-id': 'w' }),
      await withInlineFeed('nsiw-workshop-series', feed),
      await withInlineFeed('nsiw-info-tabs', feed),
    ];
    const roots = elements.flatMap((element) => [
      element.renderRoot,
      ...allRendered(element.renderRoot).flatMap((child) => child.shadowRoot ?? []),
    ]);
    const feedTexts = roots.flatMap((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: Text[] = [];
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(RLO)) found.push(walker.currentNode as Text);
      return found;
    });
    expect(feedTexts.length, 'the test sees the feed texts of every element').to.be.greaterThan(20);
    const mixed = feedTexts
      .map((node) => ({ text: node.data.trim(), around: isolatingAncestor(node).textContent!.trim() }))
      .filter(({ text, around }) => text !== around);
    expect(mixed, 'feed text sharing its bidi run with other text').to.deep.equal([]);
  });

  it('keeps the country the widget writes after a place name reading left to right', async () => {
    const element = await withInlineFeed('nsiw-events', feed);
    const place = element.renderRoot.querySelector('[part~="place"]')!;
    const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    let country: Text | undefined;
    while (walker.nextNode()) if ((walker.currentNode as Text).data === 'Norway') country = walker.currentNode as Text;
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(country!, offset);
      range.setEnd(country!, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(0), '"N" is left of "y"').to.be.below(left(5));
  });
});

describe("security: the page's own JavaScript", () => {
  const realParse = JSON.parse;
  const events = [
    { id: 'a', title: 'First', start: '2099-01-01T12:00:00+01:00' },
    { id: 'b', title: 'Second', start: '2099-01-02', end: '2099-01-03' },
  ];
  const titlesOf = (element: LitElement) =>
    [...element.renderRoot.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
  afterEach(() => {
    JSON.parse = realParse;
    for (const key of ['registrationUrl', 'status', 'en']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it("reads feeds with the engine's JSON parser, not a JSON.parse the page replaced with a date reviver", async () => {
    // What legacy frameworks install: every ISO date string becomes a Date.
    JSON.parse = (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) =>
      realParse(text, function revive(this: unknown, key, value) {
        const revived = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : value;
        return reviver ? reviver.call(this, key, revived) : revived;
      });
    const inline = await withInlineFeed('nsiw-events', { version: 1, events });
    expect(titlesOf(inline)).to.deep.equal(['First', 'Second']);
    const fetched = await fixture<LitElement>(html`<nsiw-events src="/test/fixtures/events.json?reviver" show="all"></nsiw-events>`);
    await waitUntil(() => fetched.renderRoot.querySelector('[part="base"][aria-busy="false"]'), 'the feed did not load', { timeout: 5000 });
    expect(titlesOf(fetched)).to.have.length(6);
  });

  it('reads own members only when the page polluted Object.prototype: no link it did not give, no endless loop', async () => {
    // A bug of the page's own: `target[key] = value` with a key of "__proto__" from somewhere.
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.registrationUrl = 'https://polluter.example/register';
    prototype.status = 'not a status'; // refused and dropped, again and again, were it read
    prototype.en = 'Polluted text';
    const result = validateFeed(JSON.parse(JSON.stringify({ version: 1, events })), FEED_URL);
    expect(result.feed.events.map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect([...result.skipped, ...result.dropped]).to.deep.equal([]);
    const element = await withInlineFeed('nsiw-events', { version: 1, events });
    expect(titlesOf(element)).to.deep.equal(['First', 'Second']);
    expect(element.renderRoot.querySelectorAll('[part~="registration-link"]')).to.have.length(0);
    expect(element.renderRoot.querySelectorAll('[part~="status"]'), 'no status the feed did not give').to.have.length(0);
  });
});

describe("security: the host page's CSS", () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    // What a CMS theme or a careless rule could hold: the widgets' own class names and plain element selectors.
    style = document.createElement('style');
    style.textContent = `
      .status, .title, .when, .place, .actions, .badge, .event, .card, .state, .error,
      p, li, a, span, time, button, [role='heading'], [part] { display: none !important; visibility: hidden !important; }
      li::before, p::after, .status::after { content: 'Injected by the page' !important; }
    `;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('does not reach inside a widget: a cancelled event still says so, and nothing is added to what it says', async () => {
    const element = await withInlineFeed('nsiw-events', {
      version: 1,
      events: [{ id: 'cancelled', title: 'Cancelled seminar', start: '2099-01-01', status: 'cancelled' }],
    });
    const status = element.renderRoot.querySelector<HTMLElement>('[part~="status"]')!;
    expect(status.textContent!.trim()).to.equal('Cancelled');
    expect(status.checkVisibility({ visibilityProperty: true }), 'the status is shown').to.equal(true);
    const title = element.renderRoot.querySelector<HTMLElement>('[part~="title"]')!;
    expect(title.checkVisibility({ visibilityProperty: true }), 'the title is shown').to.equal(true);
    for (const rendered of allRendered(element.renderRoot)) {
      for (const pseudo of ['::before', '::after']) {
        expect(getComputedStyle(rendered, pseudo).content, `${rendered.localName}${pseudo}`).to.be.oneOf(['none', 'normal']);
      }
    }
  });

  it('does not hide the status of a workshop or the language switch', async () => {
    const card = await withInlineFeed(
      'nsiw-workshop-card',
      { version: 1, workshops: [{ id: 'w', title: 'Workshop', start: '2000-01-01' }] },
      { 'workshop-id': 'w' },
    );
    const status = card.renderRoot.querySelector<HTMLElement>('[part~="status"]')!;
    expect(status.textContent!.trim()).to.equal('Past');
    expect(status.checkVisibility({ visibilityProperty: true })).to.equal(true);
    const toggle = await fixture<LitElement>(html`<nsiw-language-toggle></nsiw-language-toggle>`);
    await toggle.updateComplete;
    expect(toggle.renderRoot.querySelector('button')!.checkVisibility({ visibilityProperty: true })).to.equal(true);
  });
});

describe('security: a second copy of the library', () => {
  it('shares a Trusted Types policy that makes a script of JSON and of nothing else', function () {
    if (!('trustedTypes' in globalThis)) this.skip();
    placeJsonLd(document.createElement('div'), { name: 'Seminar' });
    const policy = (globalThis as unknown as Record<symbol, { createScript(input: string): unknown }>)[
      Symbol.for('nsiw-widgets.json-ld-policy.v1')
    ];
    expect(String(policy.createScript('{"@type": "Event"}'))).to.equal('{"@type": "Event"}');
    expect(() => policy.createScript("alert('another script on the page')")).to.throw(SyntaxError);
  });
});

describe('security: links', () => {
  let alternate: HTMLLinkElement;
  beforeEach(() => {
    alternate = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang: 'nb', href: '/nb/' });
    document.head.append(alternate);
  });
  afterEach(() => alternate.remove());

  it('opens every link the widgets render in the same tab, and frames nothing', async () => {
    const links = 'See [the programme](programme.html) and [write to us](mailto:post@example.org).';
    const feed = {
      version: 1,
      events: [
        {
          id: 'e',
          title: 'Seminar',
          start: '2099-01-01T12:00:00+01:00',
          url: 'https://example.org/seminar',
          registrationUrl: 'register.html',
          location: { name: 'Fafo', online: 'https://example.org/stream' },
          description: links,
        },
      ],
      workshops: [
        {
          id: 'w',
          number: 1,
          title: 'Workshop',
          start: '2099-02-01',
          programUrl: 'programme.html',
          registrationUrl: 'https://example.org/r',
          description: links,
        },
      ],
      tabs: [{ id: 'about', title: 'About', body: links }],
    };
    const elements = [
      await withInlineFeed('nsiw-events', feed),
      await withInlineFeed('nsiw-workshop-card', feed, { 'workshop-id': 'w' }),
      await withInlineFeed('nsiw-workshop-series', feed),
      await withInlineFeed('nsiw-info-tabs', feed),
      await fixture<LitElement>(html`<nsiw-language-toggle navigate></nsiw-language-toggle>`),
    ];
    const rendered = elements.flatMap((element) => allRendered(element.renderRoot));
    const anchors = rendered.filter((element): element is HTMLAnchorElement => element instanceof HTMLAnchorElement);
    expect(anchors.length, 'the test sees links of every kind').to.be.greaterThan(10);
    expect(anchors.filter((anchor) => anchor.hasAttribute('target')).map((anchor) => anchor.outerHTML)).to.deep.equal([]);
    for (const anchor of anchors.filter((link) => link.hasAttribute('download'))) {
      expect(anchor.href, 'only calendar files are downloads').to.match(/^(blob:|data:text\/calendar)/);
    }
    expect(rendered.filter((element) => element.matches('iframe, frame, object, embed'))).to.deep.equal([]);
  });
});

describe('security: privacy', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('shows nobody the user name and password of a feed URL: not the error state, nsiw-error nor the console', async () => {
    const logged: string[] = [];
    const { warn, error } = console;
    console.warn = console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      // Browsers refuse to fetch such a URL, naming it in their message; a server would answer 404.
      const src = `${location.protocol}//nsiw-user:s3cret-pass@${location.host}/no-such-feed.json`;
      const element = document.createElement('nsiw-events');
      element.setAttribute('src', src);
      const failed = oneEvent(element, 'nsiw-error');
      await fixture(html`${element}`);
      const { detail } = await failed;
      await waitUntil(() => element.renderRoot.querySelector('[role="alert"]'), 'no error state');
      const shown = element.renderRoot.querySelector('[role="alert"]')!.textContent!;
      expect(shown, 'the error state names the feed').to.contain(`${location.host}/no-such-feed.json`);
      for (const message of [shown, detail.error.message, String((detail.error as { feedUrl?: string }).feedUrl), ...logged]) {
        expect(message).not.to.match(/nsiw-user|s3cret-pass/);
      }
    } finally {
      Object.assign(console, { warn, error });
    }
  });

  it('sends no credentials with a feed from another site, and no headers beyond asking for JSON', async () => {
    const requests: Request[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      return Promise.resolve(new Response(JSON.stringify({ version: 1, events: [] })));
    };
    const element = await fixture<LitElement>(html`<nsiw-events src="https://feeds.example.org/privacy.json"></nsiw-events>`);
    await waitUntil(() => element.renderRoot.querySelector('[part~="empty"]'), 'the feed was not read', { timeout: 5000 });
    expect(requests).to.have.length(1);
    const [request] = requests;
    expect(request.credentials, 'cookies go to the page’s own origin only').to.equal('same-origin');
    expect(request.mode).to.equal('cors');
    expect([...request.headers.keys()]).to.deep.equal(['accept']);
  });
});
