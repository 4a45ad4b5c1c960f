import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { pressKeys } from '../support/keyboard.js';
import { applyMediaRules, brokenWords, contrast, emulate, parseColor, shadowRoots, textContrast, until } from './host-page.js';

/**
 * What real host pages did to the widgets, each as the page that showed it, reduced to the host CSS that
 * matters: grey body text, a dark navbar, a squeezed flex menu, a right-to-left page, forced colours, a
 * 62.5 % root, justified text, the opted-in dark scheme and print. The full pages are in `pages/`.
 */

const FEED = '/test/host-pages/feed.json';
const NOW = '2023-10-01T00:00:00Z';

function settled(root: Element): Promise<void> {
  return until(root.ownerDocument, () => {
    const elements = [root, ...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('nsiw-'));
    const roots = shadowRoots(root);
    return (
      elements.every((element) => element.shadowRoot?.querySelector('[part~="base"]')) &&
      roots.every((shadow) => !shadow.querySelector('[aria-busy="true"]')) &&
      roots.every((shadow) => (shadow.host.localName === 'nsiw-workshop-series' ? shadow.querySelector('nsiw-workshop-card') : true))
    );
  });
}

async function page(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(template);
  await settled(wrapper);
  return wrapper;
}

function inShadow<T extends Element = HTMLElement>(wrapper: Element, tag: string, selector: string): T[] {
  return [...wrapper.querySelectorAll(tag)].flatMap((element) => [...element.shadowRoot!.querySelectorAll<T>(selector)]);
}

const SECTIONS = html`<details id="about"><summary>About the network</summary><p>Researchers from three countries.</p></details>
  <details id="workshops"><summary>Workshops</summary><p>Oslo, Copenhagen, Gothenburg.</p></details>
  <details id="contact"><summary>Contact</summary><p>Write to Fafo.</p></details>`;

afterEach(async () => {
  await setLocale('en', { remember: false });
});

describe('secondary text as readable as the page’s own text', () => {
  // Host text on host background: passing, failing and dark pages, Tailwind's text-gray-600, WordPress's #3c434a.
  const COLOURS: [string, string][] = [
    ['#000000', '#ffffff'],
    ['#414141', '#ffffff'],
    ['#595959', '#ffffff'],
    ['#666666', '#ffffff'],
    ['#4b5563', '#ffffff'],
    ['#767676', '#ffffff'],
    ['#3c434a', '#f6f7f7'],
    ['#444444', '#e9e9e0'],
    ['#d8d8d8', '#121212'],
    ['#ffffff', '#000000'],
    ['#bbbbbb', '#222222'],
    ['#8a8a8a', '#ffffff'],
  ];

  for (const [color, background] of COLOURS) {
    it(`venue, organizer, zone, host and "to be announced" lines on ${color} / ${background}`, async () => {
      const wrapper = await page(html`<div style=${`color: ${color}; background: ${background}; padding: 8px`}>
        <nsiw-events src=${FEED} show="all"></nsiw-events>
        <nsiw-workshop-card src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
      </div>`);
      const host = contrast(parseColor(color), parseColor(background));
      const secondary = [
        ...inShadow(wrapper, 'nsiw-events', '.place, .meta, .organizer, .zone'),
        ...inShadow(wrapper, 'nsiw-workshop-card', '.place, .host, .to-be-announced'),
      ];
      expect(secondary.length).to.be.at.least(8);
      for (const line of secondary) {
        const ratio = textContrast(line);
        const what = `${line.className} at ${ratio.toFixed(2)}:1, the page's text at ${host.toFixed(2)}:1`;
        // Readable wherever the page's own text is (WCAG AA, 4.5:1), and never lighter than the page's text...
        expect(ratio, what).to.be.at.least(Math.min(host, 4.5) - 0.01);
        // ...nor brighter than it: on a dark page, secondary text must not outshine the body text.
        expect(ratio, what).to.be.at.most(host + 0.01);
      }
    });
  }
});

describe('the language toggle in a dark navbar', () => {
  it('warns once in the console when its text is under 3:1 against what is behind it, naming the fix', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    let warned!: () => void;
    const first = new Promise<void>((resolve) => (warned = resolve));
    console.warn = (...args: unknown[]) => {
      const message = args.map(String).join(' ');
      if (message.includes('nsiw-language-toggle')) {
        warnings.push(message);
        warned();
      } else original(...args);
    };
    try {
      // Bootstrap's `navbar bg-dark` without the recipe: the page's dark text on the dark bar.
      const wrapper = await page(html`<nav style="background: #212529; color: #212529; padding: 8px">
        <nsiw-language-toggle></nsiw-language-toggle>
      </nav>`);
      await first;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/1(\.0+)?:1/);
      expect(warnings[0]).to.include('color');
      const toggle = wrapper.querySelector('nsiw-language-toggle')!;
      // Another render (a language chosen) checks again, and says nothing more.
      await setLocale('nb', { remember: false });
      await toggle.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('is readable with the documented recipe (the navbar’s own link colour)', async () => {
    const wrapper = await page(html`<nav style="--bs-navbar-color: rgba(255, 255, 255, 0.55); background: #212529; color: #212529">
      <nsiw-language-toggle style="color: var(--bs-navbar-color)"></nsiw-language-toggle>
    </nav>`);
    const button = inShadow(wrapper, 'nsiw-language-toggle', 'button')[0];
    expect(textContrast(button)).to.be.at.least(4.5);
  });
});

describe('labels never break inside a word', () => {
  it('in a squeezed flex menu (Pico’s nav at 320 px)', async () => {
    const wrapper = await page(html`<nav style="display: flex; align-items: center; inline-size: 320px">
      <strong style="flex: none; inline-size: 240px">N-SIW</strong>
      <nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>
    </nav>`);
    const toggle = wrapper.querySelector('nsiw-language-toggle')!;
    expect(brokenWords([toggle.shadowRoot!])).to.deep.equal([]);
    // One word to a line at most: four buttons in a column, not 632 px of single letters.
    const button = toggle.shadowRoot!.querySelector('button')!;
    expect(toggle.getBoundingClientRect().height).to.be.below(4 * (button.getBoundingClientRect().height + 16));
  });

  it('in tabs laid out in a narrow column', async () => {
    const wrapper = await page(html`<div style="display: flex; inline-size: 200px">
      <nsiw-info-tabs layout="tabs" style="flex: 0 1 auto; min-inline-size: 0">${SECTIONS}</nsiw-info-tabs>
      <div style="flex: none; inline-size: 120px"></div>
    </div>`);
    expect(brokenWords(shadowRoots(wrapper))).to.deep.equal([]);
  });
});

describe('left to right on right-to-left pages', () => {
  function rectOf(root: ShadowRoot, selector: string, text: string): DOMRect {
    const element = root.querySelector(selector)!;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const index = node.data.indexOf(text);
      if (index === -1) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      return range.getBoundingClientRect();
    }
    throw new Error(`no "${text}" in ${selector}`);
  }

  it('reads dates, zones and sentences in their order', async () => {
    const wrapper = await page(html`<div dir="rtl" lang="ar" style="inline-size: 760px">
      <nsiw-events src=${FEED} show="all"></nsiw-events>
      <nsiw-workshop-card src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
    </div>`);
    const card = wrapper.querySelector('nsiw-workshop-card')!.shadowRoot!;
    // "12–13 October 2023", not "October 2023 13–12".
    expect(rectOf(card, '.when', '12').left).to.be.below(rectOf(card, '.when', '2023').left);
    // "Programme to be announced." with its full stop at the end.
    expect(rectOf(card, '.to-be-announced', 'Programme').left).to.be.below(rectOf(card, '.to-be-announced', '.').left);
    const events = wrapper.querySelector('nsiw-events')!.shadowRoot!;
    const when = events.querySelectorAll('.when')[1];
    // "23–24 September 2027, Thu 09:00 – Fri 16:00 CEST", not "CEST 24–23 September 2027".
    expect(when.textContent).to.include('CEST');
    const line = rectOf(events, '.event:nth-child(2) .when', '23');
    expect(line.left).to.be.below(rectOf(events, '.event:nth-child(2) .when', 'CEST').left);
    for (const root of shadowRoots(wrapper)) {
      expect(getComputedStyle(root.querySelector('[part~="base"]')!).direction, root.host.localName).to.equal('ltr');
    }
  });

  it('moves between tabs with the arrows as the row is laid out: left to right', async () => {
    const wrapper = await page(html`<div dir="rtl"><nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs></div>`);
    const root = wrapper.querySelector('nsiw-info-tabs')!.shadowRoot!;
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs[0].getBoundingClientRect().left, 'the first tab at the left').to.be.below(tabs[1].getBoundingClientRect().left);
    tabs[0].focus();
    await pressKeys('ArrowRight');
    expect(root.activeElement).to.equal(tabs[1]);
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    await pressKeys('ArrowLeft');
    expect(root.activeElement).to.equal(tabs[0]);
  });
});

describe('in forced colours', () => {
  /** Resolves a system colour (`Canvas`, `Highlight`...) as this browser paints it. */
  function systemColor(name: string): string {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }

  it('keeps the selected tab apart from the others', async () => {
    const emulated = await emulate({ forcedColors: 'active' });
    let undo = () => {};
    try {
      const wrapper = await page(html`<div><nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs></div>`);
      const element = wrapper.querySelector('nsiw-info-tabs')!;
      if (!emulated) undo = applyMediaRules(element, 'forced-colors: active');
      const systemColors = new Set(
        ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'ButtonText', 'ButtonFace', 'LinkText', 'GrayText'].map(systemColor),
      );
      /**
       * What forced colours paint of a tab: its bar (a colour that is not a system colour becomes
       * CanvasText, whatever it was, transparent too, unless the tab opts out with
       * `forced-color-adjust: none`) and its weight. Where the browser emulates
       * forced colours it has already done so.
       */
      const looks = (tab: Element) => {
        const style = getComputedStyle(tab);
        const bar = style.borderBottomColor;
        const kept = emulated || systemColors.has(bar) || style.getPropertyValue('forced-color-adjust') === 'none';
        const forced = kept ? bar : systemColor('CanvasText');
        return `${forced} ${style.borderBottomWidth} ${style.fontWeight}`;
      };
      const tabs = [...element.shadowRoot!.querySelectorAll('[role="tab"]')];
      const [selected, ...others] = tabs.map(looks);
      for (const other of others) expect(other, 'an unselected tab').not.to.equal(selected);
    } finally {
      undo();
      if (emulated) await emulate({});
    }
  });
});

describe('spacing by the text, not the root (html { font-size: 62.5% })', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '62.5%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps 44 px targets, padded cards and 18em columns at 18 px text', async () => {
    const wrapper = await page(html`<div style="font-size: 18px; inline-size: 620px">
      <nsiw-language-toggle></nsiw-language-toggle>
      <nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs>
      <nsiw-workshop-card src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
      <nsiw-workshop-series src=${FEED} now=${NOW}></nsiw-workshop-series>
    </div>`);
    for (const control of [
      ...inShadow(wrapper, 'nsiw-language-toggle', 'button'),
      ...inShadow(wrapper, 'nsiw-info-tabs', '[role="tab"]'),
    ]) {
      expect(control.getBoundingClientRect().height, control.textContent!.trim()).to.be.at.least(44);
    }
    const card = inShadow(wrapper, 'nsiw-workshop-card', '.card')[0];
    expect(parseFloat(getComputedStyle(card).paddingInlineStart)).to.be.at.least(16);
    const seriesCards = [...wrapper.querySelector('nsiw-workshop-series')!.shadowRoot!.querySelectorAll('nsiw-workshop-card')];
    // 18em of 18 px text is 324 px: one column in 620 px, not three of 200.
    for (const seriesCard of seriesCards) expect(seriesCard.getBoundingClientRect().width).to.be.at.least(18 * 18);
  });
});

describe('the host’s text-align: justify', () => {
  it('does not reach titles, badges, place lines and labels', async () => {
    const wrapper = await page(html`<div style="text-align: justify; inline-size: 320px">
      <nsiw-events src=${FEED} show="all"></nsiw-events>
      <nsiw-workshop-card src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
      <nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs>
    </div>`);
    const lines = [
      ...inShadow(wrapper, 'nsiw-events', '.title, .when, .place, .meta'),
      ...inShadow(wrapper, 'nsiw-workshop-card', '.title, .badge, .when, .place, .host'),
      ...inShadow(wrapper, 'nsiw-info-tabs', '[part~="section-button"], [part~="panel"]'),
    ];
    expect(lines.length).to.be.at.least(10);
    for (const line of lines)
      expect(getComputedStyle(line).textAlign, line.className || line.textContent!.trim()).to.be.oneOf(['start', 'left']);
  });
});

describe('the opted-in dark scheme and print', () => {
  it('color-scheme="auto" pads the dark background it paints, so the text does not touch its edges', async () => {
    const wrapper = await page(html`<div style="inline-size: 400px">
      <nsiw-workshop-card color-scheme="auto" src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
      <nsiw-events color-scheme="auto" src=${FEED} show="all"></nsiw-events>
    </div>`);
    for (const element of wrapper.querySelectorAll<HTMLElement>('[color-scheme]')) {
      const undo = applyMediaRules(element, 'prefers-color-scheme: dark');
      try {
        const host = element.getBoundingClientRect();
        const base = element.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
        expect(getComputedStyle(element).backgroundColor, 'the dark background').not.to.equal('rgba(0, 0, 0, 0)');
        expect(base.left - host.left, `${element.localName}: space inside the dark background`).to.be.at.least(8);
        expect(base.top - host.top).to.be.at.least(8);
      } finally {
        undo();
      }
    }
  });

  it('keeps a printed title with what follows it', async () => {
    const wrapper = await page(html`<div>
      <nsiw-info-tabs>${SECTIONS}</nsiw-info-tabs>
      <nsiw-events src=${FEED} show="all"></nsiw-events>
      <nsiw-workshop-card src=${FEED} workshop-id="oslo-2023" now=${NOW}></nsiw-workshop-card>
    </div>`);
    const undo = [...wrapper.querySelectorAll('nsiw-info-tabs, nsiw-events, nsiw-workshop-card')].map((element) =>
      applyMediaRules(element, 'print'),
    );
    try {
      const panels = inShadow(wrapper, 'nsiw-info-tabs', '[part~="panel"]');
      expect(panels).to.have.length(3);
      for (const panel of panels) {
        expect(getComputedStyle(panel).display, 'every panel printed').not.to.equal('none');
        expect(getComputedStyle(panel, '::before').breakAfter, 'the tab title printed above its panel').to.equal('avoid');
      }
      for (const title of [...inShadow(wrapper, 'nsiw-events', '.title'), ...inShadow(wrapper, 'nsiw-workshop-card', '.title')]) {
        expect(getComputedStyle(title).breakAfter).to.equal('avoid');
      }
    } finally {
      undo.forEach((restore) => restore());
    }
  });
});
