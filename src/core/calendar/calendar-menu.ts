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
    document.removeEventListener('pointerdown', this._onPointerDownOutside, true);
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
    document.addEventListener('pointerdown', this._onPointerDownOutside, true);
    this._host.requestUpdate();
  }

  /** The links of the open menu. */
  private _links(): HTMLElement[] {
    return [...(this._host.shadowRoot?.querySelectorAll<HTMLElement>('.calendar-menu:not([hidden]) a') ?? [])];
  }

  private readonly _onKeydown = async (event: KeyboardEvent): Promise<void> => {
    const wrapper = event.currentTarget as HTMLElement;
    const button = wrapper.querySelector('button');
    if (event.key === 'Escape' && button?.getAttribute('aria-expanded') === 'true') {
      event.preventDefault();
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

  /** Tab (or a click) that takes focus out of the open menu closes it. */
  private readonly _onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as HTMLElement).contains(next)) this.close();
  };

  private readonly _onPointerDownOutside = (event: PointerEvent): void => {
    const wrapper = this._host.shadowRoot?.querySelector('.calendar-menu:not([hidden])')?.parentElement;
    if (wrapper && !event.composedPath().includes(wrapper)) this.close();
  };
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
