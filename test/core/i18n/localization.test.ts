import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { msg } from '@lit/localize';
import {
  LOCALE_CHANGE_EVENT,
  LOCALE_STORAGE_KEY,
  activeLocale,
  changeLocale,
  getLocale,
  initialLocale,
  rememberLocale,
  setLocale,
  type LocaleChangeDetail,
} from '../../../src/core/i18n/localization.js';
import { supportedLocale } from '../../../src/core/i18n/locale.js';

type LocalizationModule = typeof import('../../../src/core/i18n/localization.js');

const SHARED_STATE_KEY = Symbol.for('nsiw-widgets.locale');
const globals = globalThis as unknown as Record<symbol, unknown>;

/**
 * Another copy of the module, as another copy of the library on the page has: a new module URL. The
 * source file is named as served (`.ts`): the dev server maps `.js` to `.ts` only in static imports.
 */
function anotherCopy(name: string): Promise<LocalizationModule> {
  return import(new URL(`../../../src/core/i18n/localization.ts?copy=${name}`, import.meta.url).href);
}

/** Every `nsiw-locale-change` that reaches `document` while `action` runs. */
async function localeChanges(action: () => Promise<unknown>): Promise<CustomEvent<LocaleChangeDetail>[]> {
  const seen: CustomEvent<LocaleChangeDetail>[] = [];
  const listener = (event: CustomEvent<LocaleChangeDetail>) => seen.push(event);
  document.addEventListener(LOCALE_CHANGE_EVENT, listener);
  try {
    await action();
  } finally {
    document.removeEventListener(LOCALE_CHANGE_EVENT, listener);
  }
  return seen;
}

/** Replaces a `Storage` method with one that throws, as Safari's private mode and sandboxed frames do. */
function breakStorage(method: 'getItem' | 'setItem'): () => void {
  const original = Object.getOwnPropertyDescriptor(Storage.prototype, method)!;
  Object.defineProperty(Storage.prototype, method, {
    ...original,
    value: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => Object.defineProperty(Storage.prototype, method, original);
}

let originalLang: string;
beforeEach(async () => {
  originalLang = document.documentElement.lang;
  await setLocale('en', { remember: false });
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});
afterEach(() => {
  document.documentElement.lang = originalLang;
  localStorage.removeItem(LOCALE_STORAGE_KEY);
});

describe('supportedLocale', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['sv-SE', 'sv'],
    ['da-DK', 'da'],
    ['de', undefined],
    ['eng', undefined],
    ['x-default', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [tag, locale] of cases) {
    it(`reads ${JSON.stringify(tag)} as ${locale ?? 'no supported locale'}`, () => {
      expect(supportedLocale(tag)).to.equal(locale);
    });
  }
});

describe('initialLocale', () => {
  const pages: [string, string][] = [
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['sv-SE', 'sv'],
    ['da-DK', 'da'],
    ['en-GB', 'en'],
    ['fi', 'en'],
    ['', 'en'],
  ];
  for (const [lang, locale] of pages) {
    it(`starts a page with <html lang="${lang}"> in ${locale}`, () => {
      document.documentElement.lang = lang;
      expect(initialLocale()).to.equal(locale);
    });
  }

  it('prefers the remembered choice to <html lang>', () => {
    document.documentElement.lang = 'nb';
    rememberLocale('da');
    expect(initialLocale()).to.equal('da');
  });

  it('ignores a remembered value it does not speak', () => {
    document.documentElement.lang = 'sv';
    localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
    expect(initialLocale()).to.equal('sv');
  });

  it('falls back to <html lang> when storage throws', () => {
    document.documentElement.lang = 'da';
    rememberLocale('nb');
    const restore = breakStorage('getItem');
    try {
      expect(initialLocale()).to.equal('da');
    } finally {
      restore();
    }
  });
});

describe('setLocale', () => {
  it('switches the shared locale, loads its translations and announces it once on document', async () => {
    const events = await localeChanges(() => setLocale('sv'));
    expect(getLocale()).to.equal('sv');
    expect(activeLocale()).to.equal('sv');
    expect(msg('Try again')).to.equal('Försök igen');
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({ locale: 'sv' });
    expect(events[0].target).to.equal(document);
  });

  it('loads each target locale, and returns to the English source', async () => {
    const tryAgain: Record<string, string> = { nb: 'Prøv igjen', da: 'Prøv igen', en: 'Try again' };
    for (const locale of ['nb', 'da', 'en']) {
      await setLocale(locale);
      expect(activeLocale()).to.equal(locale);
      expect(msg('Try again')).to.equal(tryAgain[locale]);
    }
  });

  it('remembers the choice, unless asked not to', async () => {
    await setLocale('nb');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('nb');
    await setLocale('da', { remember: false });
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('nb');
    expect(getLocale()).to.equal('da');
  });

  it('announces nothing when the locale does not change', async () => {
    await setLocale('nb');
    expect(await localeChanges(() => setLocale('nb-NO'))).to.have.length(0);
    expect(getLocale()).to.equal('nb');
  });

  it('reads a language tag as the locale it stands for', async () => {
    await setLocale('no');
    expect(getLocale()).to.equal('nb');
    await setLocale('da-DK');
    expect(getLocale()).to.equal('da');
  });

  it('rejects a language it does not speak and keeps the locale', async () => {
    let caught: unknown;
    const events = await localeChanges(() => setLocale('de').catch((error: unknown) => (caught = error)));
    expect(caught).to.be.instanceOf(RangeError);
    expect(String(caught)).to.contain('"de"');
    expect(events).to.have.length(0);
    expect(getLocale()).to.equal('en');
  });

  it('still switches when storage throws', async () => {
    const restore = breakStorage('setItem');
    try {
      await setLocale('sv');
    } finally {
      restore();
    }
    expect(getLocale()).to.equal('sv');
    expect(activeLocale()).to.equal('sv');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
  });
});

describe('a page that changes <html lang>', () => {
  it('takes its widgets along, without remembering it as a choice', async () => {
    const announced = oneEvent(document, LOCALE_CHANGE_EVENT) as Promise<CustomEvent<LocaleChangeDetail>>;
    document.documentElement.lang = 'sv-SE';
    expect((await announced).detail.locale).to.equal('sv');
    expect(getLocale()).to.equal('sv');
    await setLocale(getLocale(), { remember: false });
    expect(activeLocale()).to.equal('sv');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
  });

  it("keeps the visitor's choice when the page only sets the same language again", async () => {
    const announced = oneEvent(document, LOCALE_CHANGE_EVENT);
    document.documentElement.lang = 'da';
    await announced;
    await setLocale('nb');
    const events = await localeChanges(async () => {
      document.documentElement.lang = 'da-DK';
      await aTimeout(0);
    });
    expect(events).to.have.length(0);
    expect(getLocale()).to.equal('nb');
  });
});

describe('changeLocale', () => {
  it('dispatches from the control that caused it, bubbling out of its shadow root to document once', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const button = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    const events = await localeChanges(() => changeLocale('da', { remember: true, announcer: button }));
    expect(events).to.have.length(1);
    expect(events[0].target).to.equal(host);
    expect(events[0].composed).to.equal(true);
    expect(getLocale()).to.equal('da');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('da');
  });

  it('announces on document when the control has left the page', async () => {
    const detached = document.createElement('button');
    const events = await localeChanges(() => changeLocale('nb', { remember: false, announcer: detached }));
    expect(events).to.have.length(1);
    expect(events[0].target).to.equal(document);
  });
});

describe('two copies of the library on one page', () => {
  it('share one locale, whichever copy sets it, without configuring @lit/localize twice', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const second = await anotherCopy('second');
      expect(second.getLocale()).to.equal('en');
      expect(second.activeLocale()).to.equal('en');

      const events = await localeChanges(() => second.setLocale('nb'));
      expect(events).to.have.length(1);
      expect(getLocale()).to.equal('nb');
      expect(activeLocale()).to.equal('nb');
      expect(msg('Try again')).to.equal('Prøv igjen');

      await setLocale('sv');
      expect(second.getLocale()).to.equal('sv');
      expect(second.activeLocale()).to.equal('sv');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('stays in English, with a warning and no error, when the page configured @lit/localize itself', async () => {
    const sharedState = globals[SHARED_STATE_KEY];
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    // A page of its own: no copy of the library has registered its runtime, yet @lit/localize is configured.
    delete globals[SHARED_STATE_KEY];
    try {
      const late = await anotherCopy('late');
      expect(late.activeLocale()).to.equal('en');
      expect(String(warnings[0]?.[0])).to.contain('@lit/localize was configured by the page');
      await late.setLocale('da', { remember: false });
      expect(late.getLocale()).to.equal('da');
      expect(late.activeLocale()).to.equal('en');
    } finally {
      console.warn = warn;
      globals[SHARED_STATE_KEY] = sharedState;
    }
  });
});
