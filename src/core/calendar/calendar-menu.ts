/**
 * The add-to-calendar menu, loaded on demand beside the calendar writer (the chunk the calendar
 * controller loads): a disclosure button that reveals one link per calendar service, after the WAI-ARIA
 * APG disclosure pattern, with the arrow keys of a menu. Its links are written when it opens.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { COLUMN_KEYS, navigationTarget } from '../element/navigation.js';
import type { Locale } from '../i18n/locale.js';
import { calendarEntry, type CalendarItem } from './entries.js';
import { calendarFileName, calendarHref, toICalendar } from './ical.js';
import { chosenServices, serviceUrl, subscriptionUrls, type CalendarService } from './services.js';

export * from './ical.js';
export * from './services.js';
export * from './entries.js';

/** What an element tells the menu of one item. */
export type MenuItem = CalendarItem & {
  /** The item's title as the element shows it. */
  title: string;
  locale: Locale;
  /** The feed's URL: the host in the UID, so that a second download updates the first. */
  feedUrl: string;
  /** The element's `calendars` attribute. */
  calendars: string | null | undefined;
};

function serviceName(service: CalendarService): string {
  switch (service) {
    case 'ics':
      return msg('Apple Calendar, Outlook (.ics file)');
    case 'google':
      return msg('Google Calendar');
    case 'outlook':
      return msg('Outlook.com');
    case 'office365':
      return msg('Microsoft 365');
    case 'yahoo':
      return msg('Yahoo Calendar');
  }
}

/** A link that opens a service in a new tab, saying so to those who cannot see the tab open. */
function newTabLink(part: string, href: string, label: string): TemplateResult {
  return html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
  >`;
}

let menuCount = 0;

/** The menus of one element: at most one open at a time. */
export class CalendarMenu {
  /** The item whose menu is open. */
  private _open: object | undefined;
  /** Whether a pointer is pressed and not yet released (see `_onFocusOut`). */
  private _pressing = false;
  private readonly _ids = new WeakMap<object, string>();

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  render(menu: MenuItem): TemplateResult {
    const { item, title } = menu;
    const open = this._open === item;
    let id = this._ids.get(item);
    if (!id) this._ids.set(item, (id = `calendar-menu-${++menuCount}`));
    return html`<span class="calendar" part="calendar" @keydown=${this._onKeydown} @focusout=${this._onFocusOut}>
      <button
        type="button"
        part="calendar-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => this._toggle(item)}
      >
        ${msg('Add to calendar')}<span class="visually-hidden">: <bdi>${title}</bdi></span>
      </button>
      <ul id=${id} part="calendar-menu" class="calendar-menu" role="list" ?hidden=${!open}>
        ${open ? this._renderChoices(menu) : nothing}
      </ul>
    </span>`;
  }

  /** Closes the open menu; with `returnFocus`, focus goes back to its button. */
  close(returnFocus = false): void {
    if (!this._open) return;
    this._open = undefined;
    this._pressing = false;
    this._listen(false);
    const button = returnFocus
      ? this._host.shadowRoot?.querySelector<HTMLElement>('[part~="calendar-button"][aria-expanded="true"]')
      : null;
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => button?.focus());
  }

  private _renderChoices(menu: MenuItem): TemplateResult[] {
    const entry = calendarEntry(menu, menu.locale, menu.feedUrl);
    return chosenServices(menu.calendars).map(
      (service) =>
        html`<li>
          ${
            service === 'ics'
              ? html`<a part="calendar-link calendar-ics" href=${calendarHref(toICalendar(entry))} download=${calendarFileName(menu.title)}
                >${serviceName(service)}</a
              >`
              : newTabLink(`calendar-link calendar-${service}`, serviceUrl(service, entry), serviceName(service))
          }
        </li>`,
    );
  }

  private _toggle(item: object): void {
    if (this._open === item) {
      this.close();
      return;
    }
    this.close();
    this._open = item;
    this._listen(true);
    this._host.requestUpdate();
  }

  /** The page's pointer events, while a menu is open: a click outside it closes it. */
  private _listen(listening: boolean): void {
    const listen = listening ? document.addEventListener.bind(document) : document.removeEventListener.bind(document);
    listen('pointerdown', this._onPress, true);
    listen('pointercancel', this._onPressCancelled, true);
    listen('click', this._onClick, true);
  }

  /** The links of the open menu. */
  private _links(): HTMLElement[] {
    return [...(this._host.shadowRoot?.querySelectorAll<HTMLElement>('.calendar-menu:not([hidden]) a') ?? [])];
  }

  private readonly _onKeydown = async (event: KeyboardEvent): Promise<void> => {
    const wrapper = event.currentTarget as HTMLElement;
    const button = wrapper.querySelector('button');
    if (event.key === 'Escape' && button?.getAttribute('aria-expanded') === 'true') {
      // The menu's own Escape (the APG's disclosure): a dialog or offcanvas around the widget (Bootstrap's
      // listens on its own element) must not close too. Escape on the closed menu is the page's.
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    if (button && event.target === button && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      // From the button, Down opens the menu at its first choice and Up at its last, as a menu button's do.
      event.preventDefault();
      if (button.getAttribute('aria-expanded') !== 'true') button.click();
      await this._host.updateComplete;
      const links = this._links();
      links[event.key === 'ArrowDown' ? 0 : links.length - 1]?.focus();
      return;
    }
    const links = this._links();
    const current = links.indexOf(event.target as HTMLElement);
    if (current === -1) return;
    const target = navigationTarget(event, current, links.length, COLUMN_KEYS);
    if (target === undefined) return;
    event.preventDefault();
    links[target].focus();
  };

  /**
   * Tab that takes focus out of the open menu closes it. A press that does (focus moves as a finger or a
   * button goes down) leaves it to the click: closed at once, the menu's list would go and move what
   * is under the pointer before it is released, and the click would land on another button, or be lost.
   */
  private readonly _onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this._pressing && !(event.currentTarget as HTMLElement).contains(next)) this.close();
  };

  private readonly _onPress = (): void => {
    this._pressing = true;
  };

  /** A press that turned into a scroll: no click will come, so focus decides. */
  private readonly _onPressCancelled = (): void => {
    this._pressing = false;
    if (!this._openWrapper()?.contains(this._host.shadowRoot?.activeElement ?? null)) this.close();
  };

  /** A click anywhere but in the open menu (on another menu's button too, which then opens) closes it. */
  private readonly _onClick = (event: MouseEvent): void => {
    this._pressing = false;
    const wrapper = this._openWrapper();
    if (wrapper && !event.composedPath().includes(wrapper)) this.close();
  };

  private _openWrapper(): HTMLElement | null | undefined {
    return this._host.shadowRoot?.querySelector('.calendar-menu:not([hidden])')?.parentElement;
  }
}

/**
 * "Subscribe to the calendar" for a feed that names `calendarUrl`: the `webcal:` link for the visitor's
 * calendar program and Google Calendar's "add by URL"; nothing for a URL that cannot be subscribed to.
 */
export function renderSubscription(calendarUrl: string | undefined): TemplateResult | typeof nothing {
  const urls = calendarUrl ? subscriptionUrls(calendarUrl) : undefined;
  if (!urls) return nothing;
  return html`<p part="subscribe" class="subscribe">
    <a part="subscribe-link" href=${urls.webcal}>${msg('Subscribe to the calendar')}</a>
    ${newTabLink('subscribe-google', urls.google, msg('Subscribe in Google Calendar'))}
  </p>`;
}
