import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { FeedElement } from '../core/element/feed-element.js';
import { resolveHeadingLevel } from '../core/element/heading-level.js';
import { renderRichText } from '../core/element/rich-text.js';
import { baseStyles } from '../core/element/styles.js';
import { renderEach } from '../core/element/feed-frame.js';
import type { ValidatedFeed } from '../core/validator/validate.js';
import { DetailsAdoption, introNodes } from './details-adoption.js';
import { startsWithFocusable } from './focusable.js';
import { tabsFromDetails, type TabView } from './tab-view.js';
import { tabFragment } from './tab-fragment.js';
import { OverflowController } from './overflow-controller.js';
import { COLUMN_KEYS, navigationTarget, rowKeys, type NavigationKeys } from '../core/element/navigation.js';
import { infoTabsStyles } from './nsiw-info-tabs.styles.js';
import { lazyModule } from '../core/lazy-module.js';

const paragraphRescue = lazyModule(() => import('./paragraph-rescue.js'));

/** The `detail` types of this element's events, for handlers written apart from `addEventListener`. */
export type { FeedErrorDetail, FeedLoadDetail } from '../core/element/feed-element.js';

export type InfoTabsLayout = 'auto' | 'tabs' | 'accordion';

/** `detail` of the `nsiw-tab-change` event. */
export interface TabChangeDetail {
  /** The id of the tab now selected. */
  id: string;
}

/**
 * The tabbed info panel ("More about the project"), following the WAI-ARIA Authoring Practices tabs
 * pattern with automatic activation.
 *
 * Filled from its own children, `<details id="…"><summary>Title</summary>…</details>`, which work as
 * plain disclosure sections without JavaScript and stay the page's own light DOM once upgraded (slotted
 * into the panels, with their listeners, form state and page styles), or from a feed's `tabs` with `src`.
 *
 * Keyboard: Tab enters the tab list at the selected tab and leaves it for the panel; Left and Right
 * select the tab to the left and to the right as the row is laid out (left to right, also on a
 * right-to-left page; reversed when the element itself has `dir="rtl"`), wrapping; Home and End the first
 * and last. When its own width is too small for the row of tabs, it shows the same sections as an
 * accordion of buttons (`aria-expanded`), where Up, Down, Home and End move between the buttons.
 *
 * @element nsiw-info-tabs
 *
 * @attr {string} src - Feed URL whose `tabs` fill the element. Without it the element uses its
 *   `<details>` children, or a feed in a child `<script type="application/json">`.
 * @attr {string} selected - The id of the selected tab; reflects the selection. A URL fragment naming a
 *   tab wins over it when the page loads. Default: the first tab.
 * @attr {string} label - Accessible name of the tab list. Default: "More about the project", localized.
 * @attr {'auto'|'tabs'|'accordion'} layout - `auto` (default) shows tabs, or an accordion when the
 *   element is too narrow for its tabs; `tabs` always shows tabs (wrapping onto more lines when needed);
 *   `accordion` always shows the accordion.
 *
 * @fires {CustomEvent<TabChangeDetail>} nsiw-tab-change - The visitor selected another tab (click, keyboard, or a link to its URL
 *   fragment): `detail.id`. Not fired for changes made by setting `selected`.
 *
 * @slot - `<details id><summary>Title</summary>content</details>` children become the tabs; other
 *   children are shown above the tabs. In feed mode children are not shown (they remain the page's
 *   fallback without JavaScript), and a child `<script type="application/json">` may hold the feed.
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - A tab.
 * @csspart tab-selected - The selected tab (with `tab`).
 * @csspart panel - A tab panel, or an accordion section's content.
 * @csspart section-heading - An accordion section's heading.
 * @csspart section-button - An accordion section's button.
 * @csspart section-button-expanded - The button of the open accordion section (with `section-button`).
 * @csspart empty - The empty state (a feed without tabs).
 *
 * @cssprop [--nsiw-accent=currentColor] - Selected-tab indicator and link colour.
 * @cssprop [--nsiw-border=color-mix(in srgb, currentColor 25%, transparent)] - Colour of the line under the tabs and between accordion sections.
 * @cssprop [--nsiw-radius=0.25em] - Corner radius of the tabs.
 * @cssprop [--nsiw-tab-indicator-width=3px] - Thickness of the selected tab's underline.
 * @cssprop [--nsiw-tab-selected-font-weight=inherit] - Font weight of the selected tab.
 * @cssprop --nsiw-info-tabs-min-height - Height the element keeps from the moment it is on the page, loading or not
 *   (set it to the rendered height to avoid any layout shift). Unset: `18em` while the feed loads, then none.
 */
export class NsiwInfoTabs extends FeedElement {
  static override styles = [baseStyles, infoTabsStyles];
  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    label: {},
    layout: { reflect: true },
    _sectionOpen: { state: true, attribute: false },
  };
  // Manual assignment slots each `<details>` whole into its panel without touching its attributes.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  selected: string | null = null;
  label: string | null = null;
  layout: InfoTabsLayout = 'auto';

  /** In the accordion: whether the selected section is open (its button closes it again). */
  private _sectionOpen = true;

  private _tabs: TabView[] = [];
  /** Children that are neither tabs nor an inline feed, shown above the tabs in declarative mode. */
  private _intro: (Element | Text)[] = [];
  /** Whether the URL fragment has been read for the first tabs the element had. */
  private _fragmentRead = false;
  private _titlesMeasured = '';
  /** The tab whose control had focus before a re-render that swaps tabs for accordion or back. */
  private _focusedIndex = -1;
  private readonly _details = new DetailsAdoption();
  // Made on connection: a server renderer (Lit SSR) constructs the element where no observers exist.
  private _mutationObserver: MutationObserver | undefined;

  private readonly _overflow = new OverflowController(this, {
    enabled: () => this.layout === 'auto',
    row: () => this.renderRoot.querySelector('[role="tablist"]'),
    sizer: () => this.renderRoot.querySelector('.sizer'),
  });

  private get _effectiveLayout(): 'tabs' | 'accordion' {
    if (this.layout === 'tabs' || this.layout === 'accordion') return this.layout;
    return this._overflow.narrow ? 'accordion' : 'tabs';
  }

  private get _selectedIndex(): number {
    return Math.max(
      0,
      this._tabs.findIndex((tab) => tab.id === this.selected),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Pasted inside a <p>, the parser has moved the sections out (see the module); once, on the first connection.
    if (!this.hasUpdated && this.parentElement?.localName === 'p' && !this.readsFeed()) {
      void paragraphRescue.load().then((module) => module?.adoptSectionsMovedOut(this));
    }
    window.addEventListener('hashchange', this._onHashChange);
    this._mutationObserver ??= new MutationObserver(() => this.requestUpdate());
    this._mutationObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id'],
    });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    this._mutationObserver?.disconnect();
    this._details.releaseAll();
  }

  /** The tabs come from a feed (`src`, `feed`, or an inline JSON child) rather than from `<details>` children. */
  protected override readsFeed(): boolean {
    return !!this.src || !!this.feed || (!isServer && this.querySelector(':scope > script[type="application/json"]') !== null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feedMode = this.readsFeed();
    // A server renderer (Lit SSR) has no light DOM to read: it renders the shell, and the `<details>`
    // children stay the page's disclosure sections until the element upgrades in the browser.
    this._tabs = feedMode ? this._feedTabs(this.feedController.value) : isServer ? [] : tabsFromDetails(this);
    this._intro = feedMode || isServer ? [] : introNodes(this);

    if (this._tabs.length > 0) {
      const fragment = this._fragmentRead ? '' : tabFragment(this);
      this._fragmentRead = true;
      if (this._tabs.some((tab) => tab.id === fragment)) {
        this.selected = fragment;
        void this.updateComplete.then(() => this.scrollIntoView());
      } else if (!this._tabs.some((tab) => tab.id === this.selected)) {
        this.selected = this._tabs[0].id;
      }
    }

    const titles = `${this.locale}\n${this._tabs.map((tab) => tab.title).join('\n')}`;
    if (titles !== this._titlesMeasured) {
      this._titlesMeasured = titles;
      this._overflow.remeasure();
    }
    const active = this.shadowRoot?.activeElement;
    this._focusedIndex = active ? this._controls().indexOf(active as HTMLElement) : -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._details.adopt(this._tabs.flatMap((tab) => (tab.content instanceof HTMLDetailsElement ? [tab.content] : [])));
    const panels = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="panel"]')];
    panels.forEach((panel, index) => {
      const content = this._tabs[index].content;
      if (content instanceof HTMLDetailsElement) panel.querySelector('slot')?.assign(content);
      const focusable =
        panel.getAttribute('role') === 'tabpanel' &&
        !(content instanceof HTMLDetailsElement
          ? startsWithFocusable(content, content.querySelector(':scope > summary'))
          : startsWithFocusable(panel, null));
      if (focusable) panel.tabIndex = 0;
      else panel.removeAttribute('tabindex');
    });
    this.renderRoot.querySelector<HTMLSlotElement>('slot.intro')?.assign(...this._intro);
    // Swapping tabs for the accordion (or back) replaces the focused control: focus its successor.
    const successor = this._focusedIndex === -1 ? null : this._controlOf(this._focusedIndex);
    if (successor && this.shadowRoot?.activeElement !== successor) successor.focus();
  }

  protected override render(): TemplateResult {
    const content = () =>
      html`<slot class="intro"></slot>${this._effectiveLayout === 'tabs' ? this._renderTabs() : this._renderAccordion()}`;
    return html`${this.renderFeed({
      pending: () => msg('Loading…'),
      initial: content,
      complete: () => (this._tabs.length === 0 ? html`<p class="state" part="empty">${msg('No information to show.')}</p>` : content()),
    })}
      <div class="sizer"></div>`;
  }

  private _feedTabs(result: ValidatedFeed | undefined): TabView[] {
    if (!result) return [];
    const baseUrl = result.feedUrl;
    return renderEach(this, result.feed.tabs, (tab) => {
      const title = this.text(tab.title);
      const body = this.text(tab.body);
      return {
        id: tab.id,
        title: title.value,
        titleLang: title.lang,
        content: renderRichText(body.value, { baseUrl }),
        bodyLang: body.lang,
      };
    });
  }

  private _renderTabs(): TemplateResult | typeof nothing {
    if (this._tabs.length === 0) return nothing;
    const selectedIndex = this._selectedIndex;
    return html`<div
        role="tablist"
        part="tablist"
        aria-label=${this.label || msg('More about the project')}
        @keydown=${this._onTabKeydown}
      >
        ${this._tabs.map((tab, index) => {
          const selected = index === selectedIndex;
          return html`<button
            type="button"
            role="tab"
            id=${`tab-${index}`}
            part=${selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls=${`panel-${index}`}
            tabindex=${selected ? 0 : -1}
            lang=${tab.titleLang ?? nothing}
            @click=${() => this._select(index, false)}
          >
            <bdi>${tab.title}</bdi>
          </button>`;
        })}
      </div>
      ${this._tabs.map(
        (tab, index) => html`<div
          role="tabpanel"
          id=${`panel-${index}`}
          part="panel"
          aria-labelledby=${`tab-${index}`}
          data-title=${tab.title}
          lang=${tab.bodyLang ?? nothing}
          ?hidden=${index !== selectedIndex}
        >
          ${this._renderContent(tab)}
        </div>`,
      )}`;
  }

  private _renderAccordion(): TemplateResult[] {
    const selectedIndex = this._selectedIndex;
    const level = resolveHeadingLevel(this.headingLevel);
    return this._tabs.map((tab, index) => {
      const expanded = index === selectedIndex && this._sectionOpen;
      return html`<div role="heading" aria-level=${level} class="section-heading" part="section-heading">
          <button
            type="button"
            class="section-button"
            id=${`tab-${index}`}
            part=${expanded ? 'section-button section-button-expanded' : 'section-button'}
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${`panel-${index}`}
            lang=${tab.titleLang ?? nothing}
            @click=${() => this._toggleSection(index)}
            @keydown=${this._onSectionKeydown}
          >
            <bdi>${tab.title}</bdi>
          </button>
        </div>
        <div
          role="region"
          id=${`panel-${index}`}
          part="panel"
          aria-labelledby=${`tab-${index}`}
          data-title=${tab.title}
          lang=${tab.bodyLang ?? nothing}
          ?hidden=${!expanded}
        >
          ${this._renderContent(tab)}
        </div>`;
    });
  }

  private _renderContent(tab: TabView): TemplateResult {
    // A server renders tabs from a feed only, and has no HTMLDetailsElement to ask about.
    if (isServer || !(tab.content instanceof HTMLDetailsElement)) return tab.content as TemplateResult;
    return html`<slot></slot>`;
  }

  private _select(index: number, focus: boolean): void {
    const tab = this._tabs[index];
    if (focus) this._controlOf(index)?.focus();
    if (tab.id === this.selected) return;
    this.selected = tab.id;
    this.dispatchEvent(new CustomEvent<TabChangeDetail>('nsiw-tab-change', { detail: { id: tab.id }, bubbles: true, composed: true }));
  }

  private _toggleSection(index: number): void {
    if (index === this._selectedIndex) {
      this._sectionOpen = !this._sectionOpen;
      return;
    }
    this._sectionOpen = true;
    this._select(index, false);
  }

  private readonly _onTabKeydown = (event: KeyboardEvent): void => {
    // The direction of the row as laid out (WAI-ARIA APG): the widget's own (left to right unless the
    // element itself has dir="rtl"), not the page's.
    const rightToLeft = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    this._navigate(event, rowKeys(rightToLeft), (index) => this._select(index, true));
  };

  private readonly _onSectionKeydown = (event: KeyboardEvent): void => {
    this._navigate(event, COLUMN_KEYS, (index) => this._controlOf(index)?.focus());
  };

  private _navigate(event: KeyboardEvent, keys: NavigationKeys, go: (index: number) => void): void {
    const current = this._controls().indexOf(event.target as HTMLElement);
    const target = navigationTarget(event, current, this._tabs.length, keys);
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  }

  /** The tabs, or in the accordion the section buttons, in order. */
  private _controls(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"], .section-button')];
  }

  /** The tab, or in the accordion the section button, of the tab at `index`. */
  private _controlOf(index: number): HTMLElement | null {
    return this._controls()[index] ?? null;
  }

  private readonly _onHashChange = (): void => {
    const fragment = tabFragment(this);
    const index = this._tabs.findIndex((tab) => tab.id === fragment);
    if (index === -1) return;
    this._sectionOpen = true;
    this._select(index, false);
    void this.updateComplete.then(() => this.scrollIntoView());
  };
}

// Written out, not in a helper, so that tools reading the source (the manifest analyzer) see the definition.
// A second copy of the library on the page (another version, the CDN build) finds the tag taken and steps back.
if (!customElements.get('nsiw-info-tabs')) customElements.define('nsiw-info-tabs', NsiwInfoTabs);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-info-tabs': NsiwInfoTabs;
  }
  interface HTMLElementEventMap {
    'nsiw-tab-change': CustomEvent<TabChangeDetail>;
  }
}
