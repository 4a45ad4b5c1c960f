import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/info-tabs/nsiw-info-tabs.js';
import type { NsiwInfoTabs, TabChangeDetail } from '../../src/info-tabs/nsiw-info-tabs.js';
import type { FeedLoadDetail } from '../../src/core/element/feed-events.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { pressKeys } from '../support/keyboard.js';
import { settled, text } from '../support/dom.js';
import { feedElementSuite } from '../support/feed-element-suite.js';

const FEED_URL = new URL('./tabs-feed.json', import.meta.url).href;
const EMPTY_FEED_URL = new URL('./empty-feed.json', import.meta.url).href;
const ELEMENT_SCRIPT_URL = new URL('../../src/info-tabs/nsiw-info-tabs.ts', import.meta.url).href;

/** The page's own sections, as a webmaster writes them. The last one starts with a link. */
const SECTIONS = html`
  <details id="workshop"><summary>Workshop</summary><p>12–13 October 2023 at Fafo, Oslo.</p></details>
  <details id="sisp">
    <summary> SISP <em>conference</em> </summary>
    <p>Panel 9.6 on street-level bureaucracy.</p>
  </details>
  <details id="contact"><summary>Contact</summary><a href="#write" class="contact-link">Write to us</a> any time.</details>
`;
const IDS = ['workshop', 'sisp', 'contact'];

function root(element: NsiwInfoTabs): ShadowRoot {
  return element.shadowRoot!;
}

function tabs(element: NsiwInfoTabs): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('[role="tab"]')];
}

function sectionButtons(element: NsiwInfoTabs): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('[part~="section-button"]')];
}

/** Whether the visitor can see `node`: rendered, and not inside a closed `<details>` or a hidden panel. */
function isShown(node: Element): boolean {
  return node.checkVisibility();
}

/** The element's focused control inside its shadow root, or the focused element of the page. */
function focused(element: NsiwInfoTabs): Element | null {
  return root(element).activeElement ?? document.activeElement;
}

/**
 * Checks everything the APG tabs pattern fixes, for every tab: role, `aria-selected`, roving tabindex,
 * `aria-controls` and `aria-labelledby` resolvable in the same root, and only the selected panel shown.
 */
function expectSelected(element: NsiwInfoTabs, selectedIndex: number, ids: readonly string[] = IDS): void {
  const shadow = root(element);
  const tablist = shadow.querySelector('[role="tablist"]')!;
  expect(tablist, 'tablist').to.exist;
  const all = tabs(element);
  expect(all).to.have.length(ids.length);
  all.forEach((tab, index) => {
    const selected = index === selectedIndex;
    expect(tab.parentElement, 'tab in the tablist').to.equal(tablist);
    expect(tab.getAttribute('aria-selected'), `aria-selected of tab ${index}`).to.equal(String(selected));
    expect(tab.getAttribute('tabindex'), `tabindex of tab ${index}`).to.equal(selected ? '0' : '-1');
    const panel = shadow.getElementById(tab.getAttribute('aria-controls') ?? '')!;
    expect(panel?.getAttribute('role'), `panel of tab ${index}`).to.equal('tabpanel');
    expect(shadow.getElementById(panel.getAttribute('aria-labelledby') ?? ''), `label of panel ${index}`).to.equal(tab);
    expect(isShown(panel), `panel ${index} shown`).to.equal(selected);
  });
  expect(element.getAttribute('selected')).to.equal(ids[selectedIndex]);
  expect(element.selected).to.equal(ids[selectedIndex]);
}

/** Records the ids of every `nsiw-tab-change` the element fires. */
function tabChanges(element: NsiwInfoTabs): string[] {
  const ids: string[] = [];
  element.addEventListener('nsiw-tab-change', (event) => ids.push((event as CustomEvent<TabChangeDetail>).detail.id));
  return ids;
}

/** Presses a key (or a chord such as `Shift+Tab`) as the visitor does, then lets the element update. */
async function press(element: NsiwInfoTabs, keys: string): Promise<void> {
  await pressKeys(keys);
  await element.updateComplete;
}

/**
 * Adds, on top of the element's own styles, what they say for `prefers-reduced-motion: reduce`, as if
 * the visitor asked for it; returns how to take it away again.
 */
function applyReducedMotionRules(shadow: ShadowRoot): () => void {
  const queries = shadow.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('prefers-reduced-motion: reduce'),
    );
  expect(queries, 'the element has rules for reduced motion').to.have.length.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(queries.flatMap((query) => [...query.cssRules].map((rule) => rule.cssText)).join('\n'));
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

async function declarative(template: TemplateResult = html`<nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs>`) {
  const host = await fixture<HTMLElement>(template);
  const element = host.localName === 'nsiw-info-tabs' ? (host as NsiwInfoTabs) : host.querySelector('nsiw-info-tabs')!;
  await element.updateComplete;
  return { host, element };
}

async function clickAt(target: Element): Promise<void> {
  const rect = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await setLocale('en', { remember: false });
  await resetMouse();
});

describe('<nsiw-info-tabs> from <details> children', () => {
  it('turns each <details> into a tab named by its summary, the first selected', async () => {
    const { element } = await declarative();
    expect(tabs(element).map(text)).to.deep.equal(['Workshop', 'SISP conference', 'Contact']);
    expectSelected(element, 0);
    expect(root(element).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('More about the project');
  });

  it("shows the page's own <details> in the panel, open, without its summary", async () => {
    const { element } = await declarative();
    const details = element.querySelector<HTMLDetailsElement>('#workshop')!;
    expect(details.parentElement, 'still a child of the element').to.equal(element);
    expect(details.assignedSlot!.closest('[role="tabpanel"]')!.id).to.equal(tabs(element)[0].getAttribute('aria-controls'));
    expect(details.open).to.equal(true);
    expect(isShown(details.querySelector('p')!)).to.equal(true);
    expect(isShown(details.querySelector('summary')!)).to.equal(false);
    expect(isShown(element.querySelector('#sisp p')!), 'the other sections are hidden').to.equal(false);
  });

  it('hides the summary even when the page styles summaries with !important', async () => {
    const style = document.createElement('style');
    style.textContent = 'summary { display: flex !important; }';
    document.head.append(style);
    try {
      const { element } = await declarative();
      expect(isShown(element.querySelector('#workshop summary')!)).to.equal(false);
    } finally {
      style.remove();
    }
  });

  it('drives the keyboard exactly as the APG table says, checking every ARIA attribute after each key', async () => {
    const { host, element } = await declarative(html`<div>
      <button id="before">Before</button>
      <nsiw-info-tabs selected="sisp">${SECTIONS}</nsiw-info-tabs>
      <button id="after">After</button>
    </div>`);
    const changes = tabChanges(element);
    host.querySelector<HTMLElement>('#before')!.focus();

    await press(element, 'Tab');
    expect(focused(element), 'Tab into the tablist focuses the active tab').to.equal(tabs(element)[1]);
    expectSelected(element, 1);

    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['ArrowRight', 0],
      ['ArrowLeft', 2],
      ['ArrowLeft', 1],
      ['Home', 0],
      ['End', 2],
      ['ArrowLeft', 1],
    ];
    for (const [key, index] of steps) {
      await press(element, key);
      expect(focused(element), `focus after ${key}`).to.equal(tabs(element)[index]);
      expectSelected(element, index);
    }
    expect(changes).to.deep.equal(['contact', 'workshop', 'contact', 'sisp', 'workshop', 'contact', 'sisp']);

    await press(element, 'Tab');
    const panel = root(element).getElementById('panel-1')!;
    expect(focused(element), 'Tab moves from the tab to its panel, which has no focusable content').to.equal(panel);
    await press(element, 'Shift+Tab');
    expect(focused(element), 'Shift+Tab goes back to the active tab').to.equal(tabs(element)[1]);
    await press(element, 'Tab');
    await press(element, 'Tab');
    expect(document.activeElement, 'the other tabs are not in the tab order').to.equal(host.querySelector('#after'));
    expectSelected(element, 1);
  });

  it('moves Tab from the tab straight to the content when the panel begins with a link', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs selected="contact">${SECTIONS}</nsiw-info-tabs>`);
    const panel = root(element).getElementById('panel-2')!;
    expect(panel.hasAttribute('tabindex'), 'a panel that begins with a link is not itself focusable').to.equal(false);
    expect(root(element).getElementById('panel-0')!.getAttribute('tabindex')).to.equal('0');
    const empty = document.createElement('details');
    empty.innerHTML = '<summary>Nothing yet</summary> <!-- to come -->';
    element.append(empty);
    await waitUntil(() => root(element).getElementById('panel-3'), 'the empty section became no tab');
    expect(root(element).getElementById('panel-3')!.getAttribute('tabindex'), 'an empty panel is focusable').to.equal('0');
    tabs(element)[2].focus();
    await press(element, 'Tab');
    expect(document.activeElement).to.equal(element.querySelector('.contact-link'));
  });

  it('ignores arrow keys pressed with a modifier', async () => {
    const { element } = await declarative();
    tabs(element)[0].focus();
    await press(element, 'Control+ArrowRight');
    expectSelected(element, 0);
  });

  it('reverses Left and Right when its tab row is laid out right to left (dir="rtl" on the element)', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs dir="rtl">${SECTIONS}</nsiw-info-tabs>`);
    tabs(element)[0].focus();
    await press(element, 'ArrowLeft');
    expect(focused(element)).to.equal(tabs(element)[1]);
    expectSelected(element, 1);
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(focused(element)).to.equal(tabs(element)[2]);
    expectSelected(element, 2);
  });

  it('selects a tab on click and fires nsiw-tab-change with its id', async () => {
    const { element } = await declarative();
    const change = oneEvent(element, 'nsiw-tab-change');
    await clickAt(tabs(element)[2]);
    const event = (await change) as CustomEvent<TabChangeDetail>;
    expect(event.detail.id).to.equal('contact');
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expectSelected(element, 2);
    expect(isShown(element.querySelector('.contact-link')!)).to.equal(true);
  });

  it('fires nothing when the visitor clicks the tab already selected', async () => {
    const { element } = await declarative();
    const changes = tabChanges(element);
    tabs(element)[0].click();
    await element.updateComplete;
    expect(changes).to.deep.equal([]);
  });

  it('follows the selected attribute and property, without firing nsiw-tab-change', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs selected="contact">${SECTIONS}</nsiw-info-tabs>`);
    const changes = tabChanges(element);
    expectSelected(element, 2);
    element.selected = 'sisp';
    await element.updateComplete;
    expectSelected(element, 1);
    element.setAttribute('selected', 'workshop');
    await element.updateComplete;
    expectSelected(element, 0);
    expect(changes).to.deep.equal([]);
  });

  it('selects the first tab when selected names no tab', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs selected="nothing-here">${SECTIONS}</nsiw-info-tabs>`);
    expectSelected(element, 0);
  });

  it('selects the tab named by the URL fragment on load, over the selected attribute', async () => {
    history.replaceState(null, '', '#contact');
    const { element } = await declarative(html`<nsiw-info-tabs selected="sisp">${SECTIONS}</nsiw-info-tabs>`);
    expectSelected(element, 2);
  });

  it('selects the tab named by a new URL fragment, and ignores fragments that name none', async () => {
    const { element } = await declarative();
    const change = oneEvent(element, 'nsiw-tab-change');
    location.hash = '#sisp';
    expect(((await change) as CustomEvent<TabChangeDetail>).detail.id).to.equal('sisp');
    await element.updateComplete;
    expectSelected(element, 1);

    const changes = tabChanges(element);
    location.hash = '#somewhere-else';
    await oneEvent(window, 'hashchange');
    await element.updateComplete;
    location.hash = '#%E0%A4%A';
    await oneEvent(window, 'hashchange');
    await element.updateComplete;
    expectSelected(element, 1);
    expect(changes).to.deep.equal([]);
  });

  it("keeps the page's own content working: listeners, styles, form state, identity", async () => {
    const style = document.createElement('style');
    style.textContent = '.host-styled { color: rgb(10, 20, 30); }';
    document.head.append(style);
    // Parsed and given a listener before the element upgrades, as on a real page.
    const container = document.createElement('div');
    container.innerHTML = `<nsiw-info-tabs>
      <details id="one"><summary>One</summary><p class="host-styled">Read <a href="#nowhere" id="host-link">more</a>.</p></details>
      <details id="two"><summary>Two</summary><label>Name <input id="host-input"></label></details>
    </nsiw-info-tabs>`;
    const link = container.querySelector<HTMLAnchorElement>('#host-link')!;
    const input = container.querySelector<HTMLInputElement>('#host-input')!;
    const clicks: Event[] = [];
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clicks.push(event);
    });
    document.body.append(container);
    try {
      const element = container.querySelector<NsiwInfoTabs>('nsiw-info-tabs')!;
      await element.updateComplete;
      expect(root(element).querySelector('[role="tablist"]'), 'upgraded').to.exist;
      expect(getComputedStyle(container.querySelector('.host-styled')!).color).to.equal('rgb(10, 20, 30)');

      await clickAt(link);
      expect(clicks).to.have.length(1);
      expect(container.querySelector('#host-link')).to.equal(link);

      tabs(element)[1].click();
      await element.updateComplete;
      input.focus();
      await sendKeys({ type: 'Fafo' });
      tabs(element)[0].click();
      await element.updateComplete;
      tabs(element)[1].click();
      await element.updateComplete;
      expect(container.querySelector('#host-input')).to.equal(input);
      expect(input.value).to.equal('Fafo');
    } finally {
      container.remove();
      style.remove();
    }
  });

  it('picks up sections added and removed later, and gives a removed one back as it was', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs selected="contact">${SECTIONS}</nsiw-info-tabs>`);
    const added = document.createElement('details');
    added.id = 'later';
    added.innerHTML = '<summary>Later</summary><p>Added by a script.</p>';
    element.append(added);
    await waitUntil(() => tabs(element).length === 4, 'the added section became no tab');
    expect(text(tabs(element)[3])).to.equal('Later');
    expectSelected(element, 2, [...IDS, 'later']);

    const removed = element.querySelector<HTMLDetailsElement>('#contact')!;
    removed.remove();
    await waitUntil(() => tabs(element).length === 3, 'the removed section is still a tab');
    expectSelected(element, 0, ['workshop', 'sisp', 'later']);
    expect(removed.open).to.equal(false);
    expect(removed.querySelector('summary')!.hasAttribute('style')).to.equal(false);

    element.querySelector('#sisp summary')!.textContent = 'Renamed';
    await waitUntil(() => text(tabs(element)[1]) === 'Renamed', 'the new summary text did not reach the tab');
  });

  it('gives every section back as it was when the element leaves the page, and takes them again when it returns', async () => {
    const { host, element } = await declarative(html`<div>
      <nsiw-info-tabs>
        <details id="a"><summary style="color: red">A</summary>One</details>
        <details id="b" open><summary>B</summary>Two</details>
      </nsiw-info-tabs>
    </div>`);
    const [a, b] = element.querySelectorAll('details');
    element.remove();
    expect([a.open, b.open]).to.deep.equal([false, true]);
    expect(a.querySelector('summary')!.getAttribute('style')).to.equal('color: red;');
    expect(b.querySelector('summary')!.hasAttribute('style')).to.equal(false);
    host.append(element);
    await element.updateComplete;
    expect(a.open).to.equal(true);
    expect(isShown(a.querySelector('summary')!)).to.equal(false);
  });

  it('shows every section of an exclusive group (<details name>), and gives the group back', async () => {
    const { host, element } = await declarative(html`<div>
      <nsiw-info-tabs>
        <details id="a" name="info"><summary>A</summary><p>One</p></details>
        <details id="b" name="info" open><summary>B</summary><p>Two</p></details>
      </nsiw-info-tabs>
    </div>`);
    const [a, b] = element.querySelectorAll('details');
    expect([a.open, b.open], 'opening one section of the group no longer closes the other').to.deep.equal([true, true]);
    expect(isShown(a.querySelector('p')!)).to.equal(true);
    tabs(element)[1].click();
    await element.updateComplete;
    expect(isShown(b.querySelector('p')!)).to.equal(true);
    element.remove();
    expect([a.open, b.open]).to.deep.equal([false, true]);
    expect([a.getAttribute('name'), b.getAttribute('name')]).to.deep.equal(['info', 'info']);
    host.append(element);
    await element.updateComplete;
    expect([a.open, b.open]).to.deep.equal([true, true]);
  });

  it('keeps a section open when a page script closes it', async () => {
    const { element } = await declarative();
    const details = element.querySelector<HTMLDetailsElement>('#workshop')!;
    details.open = false;
    await waitUntil(() => details.open, 'the section stayed closed');
    expect(isShown(details.querySelector('p')!)).to.equal(true);
  });

  it('shows other children above the tabs, and names sections without an id or summary', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs>
      <p id="intro">Click the tab titles for more information</p>
      <details><summary>First</summary>One</details>
      <details>Two</details>
    </nsiw-info-tabs>`);
    const intro = element.querySelector('#intro')!;
    expect(isShown(intro)).to.equal(true);
    expect(intro.assignedSlot!.compareDocumentPosition(root(element).querySelector('[role="tablist"]')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(tabs(element).map(text)).to.deep.equal(['First', 'Details']);
    expect(element.selected).to.equal('nsiw-tab-1');
  });

  it('names its tablist with the label attribute and marks each tab with the language of its summary', async () => {
    const { element } = await declarative(html`<div lang="nb">
      <nsiw-info-tabs label="Mer om prosjektet">
        <details id="a"><summary>Om nettverket</summary>Tekst</details>
        <details id="b" lang="en"><summary>About the network</summary>Text</details>
      </nsiw-info-tabs>
    </div>`);
    expect(root(element).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Mer om prosjektet');
    expect(tabs(element).map((tab) => tab.getAttribute('lang'))).to.deep.equal(['nb', 'en']);
  });

  it('marks its own content with the widget locale', async () => {
    await setLocale('nb', { remember: false });
    const { element } = await declarative();
    expect(root(element).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nb');
  });

  it('honours reduced motion', async () => {
    const { element } = await declarative();
    const durations = () => getComputedStyle(tabs(element)[0]).transitionDuration.split(', ');
    const reduced = (values: string[]) => values.every((duration) => duration === '0s');
    expect(reduced(durations()), 'the tabs move without the request').to.equal(false);
    // Only Chromium's driver can emulate the media feature: Firefox is driven over WebDriver BiDi and
    // WebKit over WebDriver, neither of which has it. There the rules the element gives for
    // `prefers-reduced-motion: reduce` are applied unconditionally instead: the same styles, in the same
    // cascade, with the engine deciding only that the query matches.
    const undo = /Chrome\//.test(navigator.userAgent)
      ? await emulateMedia({ reducedMotion: 'reduce' }).then(() => () => emulateMedia({ reducedMotion: 'no-preference' }))
      : applyReducedMotionRules(root(element));
    try {
      expect(reduced(durations()), 'the tabs do not move under reduced motion').to.equal(true);
    } finally {
      await undo();
    }
    expect(reduced(durations())).to.equal(false);
  });

  it('has no axe violations', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs selected="contact">${SECTIONS}</nsiw-info-tabs>`);
    await expect(element).to.be.accessible();
  });
});

describe('<nsiw-info-tabs> without JavaScript', () => {
  it('shows working disclosure sections', async () => {
    const frame = document.createElement('iframe');
    // No allow-scripts: the element's script is there but does not run.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 600px; height: 300px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="${ELEMENT_SCRIPT_URL}"></script></head>
      <body><nsiw-info-tabs>
        <details id="workshop"><summary>Workshop</summary><p id="workshop-text">12–13 October 2023</p></details>
        <details id="sisp" open><summary>SISP conference</summary><p id="sisp-text">Panel 9.6</p></details>
      </nsiw-info-tabs></body></html>`;
    const frameLoaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await frameLoaded;
      const page = frame.contentDocument!;
      const element = page.querySelector('nsiw-info-tabs')!;
      expect(element.shadowRoot, 'the element never upgraded').to.equal(null);
      expect(frame.contentWindow!.customElements.get('nsiw-info-tabs')).to.equal(undefined);
      const workshop = page.querySelector<HTMLDetailsElement>('#workshop')!;
      expect(isShown(page.querySelector('#workshop summary')!)).to.equal(true);
      expect(isShown(page.querySelector('#workshop-text')!)).to.equal(false);
      expect(isShown(page.querySelector('#sisp-text')!)).to.equal(true);

      const summary = page.querySelector('#workshop summary')!.getBoundingClientRect();
      const frameBox = frame.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(frameBox.x + summary.x + 20), Math.round(frameBox.y + summary.y + summary.height / 2)],
      });
      // Waits for the state itself, not the toggle event: WebKit runs no listener, not even one added
      // from outside, in a frame whose scripts are off.
      await waitUntil(() => workshop.open, 'the click did not open the section');
      expect(isShown(page.querySelector('#workshop-text')!)).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('<nsiw-info-tabs> as an accordion', () => {
  it('shows buttons with aria-expanded in headings, one section open', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs layout="accordion" selected="sisp">${SECTIONS}</nsiw-info-tabs>`);
    expect(root(element).querySelector('[role="tablist"], [role="tab"], [role="tabpanel"]')).to.equal(null);
    const buttons = sectionButtons(element);
    expect(buttons.map(text)).to.deep.equal(['Workshop', 'SISP conference', 'Contact']);
    buttons.forEach((button, index) => {
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal(String(index === 1));
      const heading = button.parentElement!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '3']);
      const region = root(element).getElementById(button.getAttribute('aria-controls')!)!;
      expect(root(element).getElementById(region.getAttribute('aria-labelledby')!)).to.equal(button);
      expect(isShown(region)).to.equal(index === 1);
    });
    expect(isShown(element.querySelector('#sisp p')!)).to.equal(true);
  });

  it('opens a section on click (selecting it) and closes it on a second click', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs layout="accordion">${SECTIONS}</nsiw-info-tabs>`);
    const changes = tabChanges(element);
    sectionButtons(element)[2].click();
    await element.updateComplete;
    expect(sectionButtons(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
    expect(element.selected).to.equal('contact');
    sectionButtons(element)[2].click();
    await element.updateComplete;
    expect(sectionButtons(element).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
    expect(isShown(element.querySelector('.contact-link')!)).to.equal(false);
    sectionButtons(element)[2].click();
    await element.updateComplete;
    expect(sectionButtons(element)[2].getAttribute('aria-expanded')).to.equal('true');
    expect(changes).to.deep.equal(['contact']);
  });

  it('moves between section buttons with Up, Down, Home and End, and toggles with Enter and Space', async () => {
    // Something focusable after the element: a Tab past the page's last control would move focus out of
    // the page, to the browser's own controls.
    const { host, element } = await declarative(
      html`<div><nsiw-info-tabs layout="accordion">${SECTIONS}</nsiw-info-tabs><button type="button" id="after">after</button></div>`,
    );
    sectionButtons(element)[0].focus();
    const steps: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowDown', 2],
      ['ArrowDown', 0],
      ['ArrowUp', 2],
      ['Home', 0],
      ['End', 2],
    ];
    for (const [key, index] of steps) {
      await press(element, key);
      expect(focused(element), `focus after ${key}`).to.equal(sectionButtons(element)[index]);
    }
    expect(element.selected, 'moving focus selects nothing').to.equal('workshop');
    await press(element, 'Enter');
    expect(sectionButtons(element)[2].getAttribute('aria-expanded')).to.equal('true');
    expect(element.selected).to.equal('contact');
    await press(element, ' ');
    expect(sectionButtons(element)[2].getAttribute('aria-expanded')).to.equal('false');
    await press(element, 'Tab');
    expect(document.activeElement, 'Tab leaves a closed section for the page').to.equal(host.querySelector('#after'));
  });

  it("switches between tabs and accordion with its own width, not the window's, keeping focus", async () => {
    const { host, element } = await declarative(html`<div style="width: 900px">
      <nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs>
    </div>`);
    expectSelected(element, 0);
    tabs(element)[1].click();
    tabs(element)[1].focus();
    host.style.width = '160px';
    await waitUntil(() => sectionButtons(element).length === 3, 'no accordion in a narrow container');
    expect(root(element).querySelector('[role="tablist"]')).to.equal(null);
    expect(focused(element), "focus moves to the same section's button").to.equal(sectionButtons(element)[1]);
    expect(sectionButtons(element)[1].getAttribute('aria-expanded')).to.equal('true');

    host.style.width = '900px';
    await waitUntil(() => tabs(element).length === 3, 'no tabs in a wide container');
    expectSelected(element, 1);
    expect(focused(element)).to.equal(tabs(element)[1]);
  });

  it('starts as an accordion in a narrow container, and stays tabs when told to', async () => {
    const { host } = await declarative(html`<div style="width: 160px">
      <nsiw-info-tabs id="auto">${SECTIONS}</nsiw-info-tabs>
      <nsiw-info-tabs id="tabs" layout="tabs">${SECTIONS}</nsiw-info-tabs>
    </div>`);
    const auto = host.querySelector<NsiwInfoTabs>('#auto')!;
    await waitUntil(() => sectionButtons(auto).length === 3, 'no accordion in a narrow container');
    const forced = host.querySelector<NsiwInfoTabs>('#tabs')!;
    expectSelected(forced, 0);
    const tablist = root(forced).querySelector('[role="tablist"]')!;
    expect(tablist.scrollWidth, 'the tabs wrap instead of overflowing').to.be.at.most(tablist.clientWidth + 1);
  });

  it('has no axe violations', async () => {
    const { element } = await declarative(html`<nsiw-info-tabs layout="accordion" selected="sisp">${SECTIONS}</nsiw-info-tabs>`);
    await expect(element).to.be.accessible();
  });
});

describe('<nsiw-info-tabs> from the feed', () => {
  it("renders the feed's tabs, skipping invalid ones, with rich text in the panels", async () => {
    const element = await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}></nsiw-info-tabs>`);
    const load = (await oneEvent(element, 'nsiw-load')) as CustomEvent<FeedLoadDetail>;
    await settled(element);
    expect(load.detail.skipped.map((problem) => problem.index)).to.deep.equal([3]);
    expect(tabs(element).map(text)).to.deep.equal(['Workshop', 'SISP conference', '<img src=x onerror="window.tabsHacked = true">']);
    expectSelected(element, 0, ['workshop', 'sisp', 'hostile']);

    const panel = root(element).getElementById('panel-0')!;
    expect(text(panel.querySelector('p strong'))).to.equal('12–13 October 2023');
    expect(text(panel.querySelector('p em'))).to.equal("Fafo's premises");
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('ul li a')];
    expect(links.map((link) => [text(link), link.href])).to.deep.equal([
      ['Programme', new URL('workshop/program.html', FEED_URL).href],
      ['Fafo', 'https://www.fafo.no/'],
    ]);
    expect(panel.getAttribute('tabindex')).to.equal('0');
  });

  it('renders hostile strings as inert text', async () => {
    const element = await settled(await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL} selected="hostile"></nsiw-info-tabs>`));
    const shadow = root(element);
    expect(shadow.querySelectorAll('script, img, b, [onerror]')).to.have.length(0);
    for (const link of shadow.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(link.protocol).to.match(/^https?:$/);
    const panel = shadow.getElementById('panel-2')!;
    expect(text(panel)).to.equal('<script>window.tabsHacked = true</script> click <b>raw</b> data');
    expect((window as unknown as { tabsHacked?: boolean }).tabsHacked).to.equal(undefined);
  });

  it('speaks the widget locale, marking texts that fall back to another language', async () => {
    await setLocale('nb', { remember: false });
    const element = await settled(await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}></nsiw-info-tabs>`));
    expect(root(element).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nb');
    expect(tabs(element).map(text).slice(0, 2)).to.deep.equal(['Workshop', 'SISP-konferansen']);
    expect(text(root(element).querySelector('#panel-0 p'))).to.equal('12.–13. oktober 2023 arrangeres første N-SIW workshop.');
    const sisp = root(element).getElementById('panel-1')!;
    expect(sisp.getAttribute('lang')).to.equal('en');
    expect(tabs(element)[1].hasAttribute('lang')).to.equal(false);
    expect(tabs(element)[2].hasAttribute('lang'), 'a plain string is the same in every language').to.equal(false);
  });

  it('selects with the keyboard and the URL fragment as in markup mode', async () => {
    history.replaceState(null, '', '#sisp');
    const element = await settled(await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}></nsiw-info-tabs>`));
    const ids = ['workshop', 'sisp', 'hostile'];
    expectSelected(element, 1, ids);
    tabs(element)[1].focus();
    await press(element, 'ArrowRight');
    expect(focused(element)).to.equal(tabs(element)[2]);
    expectSelected(element, 2, ids);
    await press(element, 'Home');
    expectSelected(element, 0, ids);
  });

  it("leaves a URL fragment that names an element of the page to the page: a skip link's #main takes no tab", async () => {
    // The page: its main content at the top, the widget far below, a feed tab named like the skip-link target.
    const main = Object.assign(document.createElement('main'), { id: 'main', textContent: 'Main content' });
    document.body.prepend(main);
    history.replaceState(null, '', '#main');
    try {
      const element = document.createElement('nsiw-info-tabs') as NsiwInfoTabs;
      element.style.marginBlockStart = '3500px';
      element.append(
        Object.assign(document.createElement('script'), {
          type: 'application/json',
          textContent: JSON.stringify({
            version: 1,
            tabs: [
              { id: 'intro', title: 'Intro', body: 'First' },
              { id: 'main', title: 'Main', body: 'Second' },
            ],
          }),
        }),
      );
      await settled(await fixture<NsiwInfoTabs>(element));
      await new Promise(requestAnimationFrame);
      expectSelected(element, 0, ['intro', 'main']);
      expect(element.getBoundingClientRect().top, 'the widget was not scrolled into view').to.be.above(window.innerHeight);

      // Following the skip link ("Skip to main content") again.
      const changes = tabChanges(element);
      history.replaceState(null, '', '#');
      location.hash = '#main';
      await oneEvent(window, 'hashchange');
      await element.updateComplete;
      expectSelected(element, 0, ['intro', 'main']);
      expect(changes).to.deep.equal([]);
    } finally {
      main.remove();
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
    }
  });

  it('reads an inline feed, resolving its links against the page', async () => {
    const feed = { version: 1, tabs: [{ id: 'about', title: 'About', body: 'See [the programme](programme.html).' }] };
    const element = document.createElement('nsiw-info-tabs');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    element.append(script);
    await settled(await fixture<NsiwInfoTabs>(element));
    expect(tabs(element).map(text)).to.deep.equal(['About']);
    expect(root(element).querySelector<HTMLAnchorElement>('#panel-0 a')!.href).to.equal(new URL('programme.html', document.baseURI).href);
  });

  it('leaves <details> children alone as the fallback without JavaScript', async () => {
    const element = await settled(
      await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}>
        <details id="fallback"><summary>Fallback</summary>Shown without JavaScript</details>
      </nsiw-info-tabs>`),
    );
    const details = element.querySelector<HTMLDetailsElement>('#fallback')!;
    expect(details.assignedSlot).to.equal(null);
    expect(details.open).to.equal(false);
    expect(isShown(details)).to.equal(false);
    expect(tabs(element).map(text)[0]).to.equal('Workshop');
  });

  it('becomes markup-driven again when src goes away', async () => {
    const element = await settled(
      await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}>
        <details id="fallback"><summary>Fallback</summary>Shown without JavaScript</details>
      </nsiw-info-tabs>`),
    );
    element.removeAttribute('src');
    await element.updateComplete;
    expect(tabs(element).map(text)).to.deep.equal(['Fallback']);
    expect(element.querySelector<HTMLDetailsElement>('#fallback')!.open).to.equal(true);
  });

  it('shows an empty state for a feed without tabs', async () => {
    const element = await settled(await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${EMPTY_FEED_URL}></nsiw-info-tabs>`));
    expect(text(root(element).querySelector('[part~="empty"]'))).to.equal('No information to show.');
    expect(root(element).querySelector('[role="tablist"]')).to.equal(null);
  });

  it('has no axe violations, as tabs and as an accordion', async () => {
    const element = await settled(await fixture<NsiwInfoTabs>(html`<nsiw-info-tabs src=${FEED_URL}></nsiw-info-tabs>`));
    await expect(element).to.be.accessible();
    element.layout = 'accordion';
    await element.updateComplete;
    expect(sectionButtons(element)).to.have.length(3);
    await expect(element).to.be.accessible();
  });
});

feedElementSuite<NsiwInfoTabs>({
  tag: 'nsiw-info-tabs',
  fixture: (src) => html`<nsiw-info-tabs src=${src}></nsiw-info-tabs>`,
  loadingText: 'Loading…',
  loadingHeight: '18em',
  shown: (element) => tabs(element).map(text),
  shows: (title) => [`${title} tab`],
  relativeLink: { find: (element) => root(element).querySelector('[role="tabpanel"] a'), path: 'network.html' },
  // The accordion's section titles are headings; tabs have none.
  headings: {
    find: (element) => [...root(element).querySelectorAll('[role="heading"]')],
    prepare: (element) => (element.layout = 'accordion'),
  },
});
