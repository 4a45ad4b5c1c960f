/**
 * One locale for every `nsiw-` element on the page, whichever copy of the library rendered it.
 *
 * The page's locale lives on `globalThis` under a registered symbol, so that two copies of the library
 * (two script tags, two versions, the CDN build beside a bundled copy) read and write the same value.
 * A change is announced by one `nsiw-locale-change` event reaching `document`; every copy listens there
 * and switches its own @lit/localize runtime, whose `lit-localize-status` event re-renders the
 * `@localized()` elements.
 */

import { configureLocalization, type LocaleModule } from '@lit/localize';
import { documentLocale, supportedLocale, type Locale } from './locale.js';
import { pageDocument } from '../environment.js';

/** Name of the event that announces a new page locale; `detail` is a {@link LocaleChangeDetail}. */
export const LOCALE_CHANGE_EVENT = 'nsiw-locale-change';

/** `detail` of the `nsiw-locale-change` event. */
export interface LocaleChangeDetail {
  readonly locale: Locale;
}

/** Options of {@link setLocale}. */
export interface SetLocaleOptions {
  /**
   * Remember the choice in `localStorage`, so that it wins over `<html lang>` on later visits (default
   * `true`, as a visitor's choice should). Pass `false` when the page itself picks the locale, e.g.
   * from its own URL, and the visitor has chosen nothing.
   */
  readonly remember?: boolean;
}

/** The `localStorage` key of the visitor's choice. */
export const LOCALE_STORAGE_KEY = 'nsiw-widgets:locale';

type LocalizationRuntime = ReturnType<typeof configureLocalization>;

/**
 * What every copy of the library on the page shares. Its shape is a contract between versions of the
 * library: later versions may add members, never change these.
 */
interface SharedLocaleState {
  /** The page's locale. */
  locale: Locale;
  /**
   * The runtime configured for each @lit/localize module instance. Copies that share one instance (a
   * bundler deduplicated it) share its runtime, because that instance can be configured only once.
   */
  readonly runtimes: Map<typeof configureLocalization, LocalizationRuntime>;
}

const SHARED_STATE_KEY = Symbol.for('nsiw-widgets.locale');

/**
 * The translations, loaded only when a locale is first used. Literal import paths let the bundler emit
 * each locale as a chunk beside the library, which the browser then resolves from the library's own
 * URL, not the page's.
 */
const TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>>> = {
  nb: () => import('../../generated/locales/nb.js'),
  sv: () => import('../../generated/locales/sv.js'),
  da: () => import('../../generated/locales/da.js'),
};

/** This copy's runtime; `undefined` before {@link start}, or when the page configured @lit/localize itself. */
let runtime: LocalizationRuntime | undefined;
let started = false;
let pendingFirstLoad: Promise<void> | undefined;

/**
 * The locale a page starts in: the visitor's remembered choice if there is one, else the one
 * `<html lang>` asks for (`en` when it names none of the four). When the page later changes its
 * `<html lang>` (a single-page app switching language), the widgets follow it.
 */
export function initialLocale(): Locale {
  return storedLocale() ?? documentLocale();
}

/** The page's current locale, shared by every copy of the library on the page. */
export function getLocale(): Locale {
  start();
  return sharedState().locale;
}

/**
 * Switches every `nsiw-` element on the page to `locale` without a reload, announcing it with one
 * `nsiw-locale-change` event on `document` (none when the locale does not change).
 *
 * @param locale - `nb`, `en`, `sv` or `da`, or a tag that stands for one (`nb-NO`, `no`, `sv-SE`).
 * @returns A promise that settles when this copy's translations for `locale` are loaded; it rejects
 *   with a `RangeError` for a language the library does not speak.
 */
export async function setLocale(locale: string, options: SetLocaleOptions = {}): Promise<void> {
  return changeLocale(locale, { remember: options.remember ?? true, announcer: pageDocument() });
}

/**
 * {@link setLocale} for the library's own controls: `announcer` dispatches the `nsiw-locale-change`
 * event (bubbling and composed, so that it still reaches `document` exactly once).
 *
 * @internal
 */
export async function changeLocale(
  tag: string,
  { remember, announcer }: { remember: boolean; announcer: EventTarget | undefined },
): Promise<void> {
  const locale = supportedLocale(tag);
  if (!locale) throw new RangeError(`nsiw-widgets speaks nb, en, sv and da, not "${tag}"`);
  start();
  if (remember) rememberLocale(locale);
  announce(locale, announcer);
  return followSharedLocale();
}

/** Makes `locale` the page's locale and, if that is a change, tells every copy with one event. */
function announce(locale: Locale, announcer: EventTarget | undefined): void {
  const state = sharedState();
  if (locale === state.locale) return;
  state.locale = locale;
  // On a server there is no page and nobody to tell.
  const page = pageDocument();
  if (!page || !announcer) return;
  const target = announcer instanceof Node && !announcer.isConnected ? page : announcer;
  target.dispatchEvent(new CustomEvent<LocaleChangeDetail>(LOCALE_CHANGE_EVENT, { detail: { locale }, bubbles: true, composed: true }));
}

/**
 * The locale this copy's elements render in: the page's locale once its translations are loaded, the
 * previous one until then, so that an element's words, dates and `lang` always agree. Elements read it
 * when they update; `@localized()` updates them when it changes.
 */
export function activeLocale(): Locale {
  start();
  // A runtime shared with another version of the library may speak a language this one does not.
  return (runtime && supportedLocale(runtime.getLocale())) ?? 'en';
}

/**
 * Stores the visitor's choice, so that it wins over `<html lang>` on later visits. Storage that throws
 * (Safari's private mode, a sandboxed frame, a full quota) only means the choice lasts this page.
 */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Nothing to do: the choice still holds on this page.
  }
}

function storedLocale(): Locale | undefined {
  try {
    return supportedLocale(localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function sharedState(): SharedLocaleState {
  const global = globalThis as unknown as Record<symbol, SharedLocaleState | undefined>;
  return (global[SHARED_STATE_KEY] ??= { locale: initialLocale(), runtimes: new Map() });
}

/**
 * Connects this copy to the shared locale, once, on first use rather than on import: a page that
 * configures @lit/localize for itself at start-up gets there first and keeps its configuration.
 */
function start(): void {
  if (started) return;
  started = true;
  const page = pageDocument();
  // On a server the elements render their English shell: @lit/localize announces loaded translations
  // on `window`, which a server lacks, and the browser renders the page's locale once it upgrades them.
  if (!page) return;
  const { runtimes } = sharedState();
  runtime = runtimes.get(configureLocalization);
  if (!runtime) {
    try {
      runtime = configureRuntime();
      runtimes.set(configureLocalization, runtime);
    } catch (error) {
      console.warn(
        'nsiw-widgets: @lit/localize was configured by the page, so the widgets cannot load their translations and stay in English.',
        error,
      );
    }
  }
  page.addEventListener(LOCALE_CHANGE_EVENT, () => void followSharedLocaleOrWarn());
  followPageLanguage(page);
  const firstLoad = followSharedLocaleOrWarn().finally(() => {
    if (pendingFirstLoad === firstLoad) pendingFirstLoad = undefined;
  });
  pendingFirstLoad = firstLoad;
}

function configureRuntime(): LocalizationRuntime {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: Object.keys(TRANSLATIONS),
    loadLocale: (locale) => TRANSLATIONS[locale as keyof typeof TRANSLATIONS](),
  });
}

/**
 * Makes `locale` the one a server renders in (`nsiw-widgets/render`), its translations loaded in Node.
 * On a server no page starts the runtime, so it is configured here. @lit/localize announces each load on
 * `window`, which a server lacks: a stand-in is lent for the switch alone, because frameworks that share
 * the process (Next.js, Astro) take a global `window` to mean "in a browser".
 */
export async function useServerLocale(locale: Locale): Promise<void> {
  if (pageDocument()) throw new Error('useServerLocale() is for a server; a page uses setLocale()');
  sharedState().locale = locale;
  runtime ??= configureRuntime();
  const global = globalThis as { window?: unknown };
  const lent = global.window === undefined;
  if (lent) global.window = new EventTarget();
  try {
    await runtime.setLocale(locale);
  } finally {
    if (lent) delete global.window;
  }
}

/**
 * While this copy is still loading the translations of the locale the page started in: a promise that
 * settles when they are in (or failed to load). Elements hold their first render on it, so that a page in
 * Norwegian never shows English words for a moment. `undefined` once there is nothing to wait for.
 */
export function firstTranslationsLoad(): Promise<void> | undefined {
  start();
  return pendingFirstLoad;
}

/**
 * Follows the page when it changes the language `<html lang>` names, not when it merely sets the
 * attribute again, so that a visitor's choice survives a single-page app rewriting the same `lang`.
 */
function followPageLanguage(page: Document): void {
  let pageLocale = documentLocale();
  new MutationObserver(() => {
    const locale = documentLocale();
    if (locale === pageLocale) return;
    pageLocale = locale;
    announce(locale, page);
  }).observe(page.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Loads the page's locale into this copy's runtime; a load that fails keeps the previous locale. */
function followSharedLocale(): Promise<void> {
  return runtime ? runtime.setLocale(sharedState().locale) : Promise.resolve();
}

/** Loads the page's locale, reporting a load that failed (the network) instead of rejecting. */
function followSharedLocaleOrWarn(): Promise<void> {
  const locale = sharedState().locale;
  return followSharedLocale().catch((error: unknown) =>
    console.warn(`nsiw-widgets: the "${locale}" translations could not be loaded.`, error),
  );
}

declare global {
  interface DocumentEventMap {
    [LOCALE_CHANGE_EVENT]: CustomEvent<LocaleChangeDetail>;
  }
  interface HTMLElementEventMap {
    [LOCALE_CHANGE_EVENT]: CustomEvent<LocaleChangeDetail>;
  }
}
