import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/language-toggle/nsiw-language-toggle.js';
import type { NsiwLanguageToggle } from '../../src/language-toggle/nsiw-language-toggle.js';
import {
  LOCALE_CHANGE_EVENT,
  LOCALE_STORAGE_KEY,
  getLocale,
  setLocale,
  type LocaleChangeDetail,
} from '../../src/core/i18n/localization.js';

function controls(toggle: NsiwLanguageToggle): HTMLElement[] {
  return [...toggle.shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"], [part~="link"]')];
}

function only(toggle: NsiwLanguageToggle): HTMLElement {
  const [control, ...others] = controls(toggle);
  expect(others, 'one control').to.have.length(0);
  return control;
}

function group(toggle: NsiwLanguageToggle): HTMLElement {
  return toggle.shadowRoot!.querySelector<HTMLElement>('[role="group"]')!;
}

/** Name, language and pressed state of each control, as assistive technology reads them. */
function described(toggle: NsiwLanguageToggle) {
  return controls(toggle).map((control) => ({
    name: control.textContent!.trim(),
    lang: control.lang,
    pressed: control.getAttribute('aria-pressed'),
  }));
}

/** Waits until the toggle has re-rendered in the locale the page switched to. */
async function settled(toggle: NsiwLanguageToggle): Promise<void> {
  await setLocale(getLocale(), { remember: false });
  await toggle.updateComplete;
}

function addAlternate(hreflang: string, href: string): HTMLLinkElement {
  const link = Object.assign(document.createElement('link'), { rel: 'alternate', hreflang, href });
  return document.head.appendChild(link);
}

beforeEach(async () => {
  await setLocale('en', { remember: false });
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});
afterEach(() => {
  localStorage.removeItem(LOCALE_STORAGE_KEY);
  for (const link of document.head.querySelectorAll('link[rel="alternate"]')) link.remove();
});

describe('<nsiw-language-toggle> with two locales', () => {
  it('offers the other language in that language, with its lang', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle></nsiw-language-toggle>`);
    const button = only(toggle);
    expect(button.localName).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Til norsk versjon');
    expect(button.lang).to.equal('nb');
    expect(button.hasAttribute('aria-pressed')).to.equal(false);
    await expect(toggle).to.be.accessible();
  });

  it('switches the page, fires nsiw-locale-change from itself, and then offers the way back', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle></nsiw-language-toggle>`);
    const announced = oneEvent(document, LOCALE_CHANGE_EVENT) as Promise<CustomEvent<LocaleChangeDetail>>;
    only(toggle).click();
    const event = await announced;
    expect(event.detail.locale).to.equal('nb');
    expect(event.target).to.equal(toggle);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(getLocale()).to.equal('nb');
    await settled(toggle);
    expect(described(toggle)).to.deep.equal([{ name: 'To English version', lang: 'en', pressed: null }]);
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('nb');
    await expect(toggle).to.be.accessible();
  });

  for (const [keyName, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ]) {
    it(`works from the keyboard with ${keyName}, keeping focus on the control`, async () => {
      const container = await fixture<HTMLElement>(
        html`<div><button type="button">before</button><nsiw-language-toggle></nsiw-language-toggle></div>`,
      );
      const toggle = container.querySelector('nsiw-language-toggle')!;
      await settled(toggle);
      container.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(toggle.shadowRoot!.activeElement, 'Tab reaches the control').to.equal(only(toggle));
      await sendKeys({ press: key });
      await settled(toggle);
      expect(getLocale()).to.equal('nb');
      expect(toggle.shadowRoot!.activeElement).to.equal(only(toggle));
      await sendKeys({ press: key });
      await settled(toggle);
      expect(getLocale()).to.equal('en');
      expect(only(toggle).textContent!.trim()).to.equal('Til norsk versjon');
    });
  }

  it('offers the pair it is given, in its own words', async () => {
    await setLocale('sv');
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle locales="sv-SE da"></nsiw-language-toggle>`);
    expect(described(toggle)).to.deep.equal([{ name: 'Til dansk version', lang: 'da', pressed: null }]);
    only(toggle).click();
    await settled(toggle);
    expect(described(toggle)).to.deep.equal([{ name: 'Till svensk version', lang: 'sv', pressed: null }]);
  });

  it('falls back to nb and en when fewer than two locales it speaks are given', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle locales="de sv sv"></nsiw-language-toggle>`);
    expect(only(toggle).textContent!.trim()).to.equal('Til norsk versjon');
  });

  it('shows both choices as a group when the page is in neither language', async () => {
    await setLocale('da');
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle></nsiw-language-toggle>`);
    expect(group(toggle).getAttribute('aria-label')).to.equal('Sprog');
    expect(described(toggle)).to.deep.equal([
      { name: 'Norsk', lang: 'nb', pressed: 'false' },
      { name: 'English', lang: 'en', pressed: 'false' },
    ]);
    await expect(toggle).to.be.accessible();
  });

  it('keeps every toggle on the page in step', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <nsiw-language-toggle></nsiw-language-toggle><nsiw-language-toggle></nsiw-language-toggle>
    </div>`);
    const [first, second] = page.querySelectorAll('nsiw-language-toggle');
    only(first).click();
    await settled(second);
    expect(only(second).textContent!.trim()).to.equal('To English version');
  });
});

describe('<nsiw-language-toggle> with more locales', () => {
  it('is a group labelled in the page language, one pressed button per language', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>`);
    expect(group(toggle).getAttribute('aria-label')).to.equal('Language');
    expect(group(toggle).lang).to.equal('en');
    expect(described(toggle)).to.deep.equal([
      { name: 'Norsk', lang: 'nb', pressed: 'false' },
      { name: 'English', lang: 'en', pressed: 'true' },
      { name: 'Svenska', lang: 'sv', pressed: 'false' },
      { name: 'Dansk', lang: 'da', pressed: 'false' },
    ]);
    await expect(toggle).to.be.accessible();
  });

  it('moves the pressed state and relabels the group in the chosen language', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>`);
    const labels: Record<string, string> = { nb: 'Språk', sv: 'Språk', da: 'Sprog', en: 'Language' };
    for (const [index, locale] of ['nb', 'en', 'sv', 'da'].entries()) {
      controls(toggle)[index].click();
      await settled(toggle);
      expect(getLocale()).to.equal(locale);
      expect(group(toggle).getAttribute('aria-label')).to.equal(labels[locale]);
      expect(group(toggle).lang).to.equal(locale);
      expect(described(toggle).map((control) => control.pressed)).to.deep.equal(
        ['nb', 'en', 'sv', 'da'].map((each) => String(each === locale)),
      );
      await expect(toggle).to.be.accessible();
    }
  });

  it('announces nothing when the pressed language is pressed again', async () => {
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle locales="nb en sv"></nsiw-language-toggle>`);
    let announced = 0;
    const count = () => announced++;
    document.addEventListener(LOCALE_CHANGE_EVENT, count);
    try {
      controls(toggle)[1].click();
      await settled(toggle);
    } finally {
      document.removeEventListener(LOCALE_CHANGE_EVENT, count);
    }
    expect(announced).to.equal(0);
    expect(getLocale()).to.equal('en');
  });
});

describe('<nsiw-language-toggle navigate>', () => {
  it("links to the page's alternate version in the other language, and remembers the choice", async () => {
    addAlternate('nb-NO', '/nb/nettverk.html');
    addAlternate('en', '/en/network.html');
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle navigate></nsiw-language-toggle>`);
    const link = only(toggle) as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(new URL('/nb/nettverk.html', location.href).href);
    expect(link.hreflang).to.equal('nb');
    expect(link.lang).to.equal('nb');
    expect(link.textContent!.trim()).to.equal('Til norsk versjon');
    await expect(toggle).to.be.accessible();

    // The test page must stay: stop the navigation, not the click.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      link.click();
    } finally {
      document.removeEventListener('click', stay);
    }
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('nb');
  });

  it('switches in place for a language the page declares no version in', async () => {
    addAlternate('sv', '/sv/natverk.html');
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle navigate></nsiw-language-toggle>`);
    expect(only(toggle).localName).to.equal('button');
  });

  it('mixes links and buttons in a group, the current language staying a pressed button', async () => {
    addAlternate('da', '/da/netvaerk.html');
    const toggle = await fixture<NsiwLanguageToggle>(html`<nsiw-language-toggle navigate locales="en sv da"></nsiw-language-toggle>`);
    expect(controls(toggle).map((control) => `${control.localName}:${control.lang}`)).to.deep.equal(['button:en', 'button:sv', 'a:da']);
    expect(controls(toggle)[0].getAttribute('aria-pressed')).to.equal('true');
    await expect(toggle).to.be.accessible();
  });
});
