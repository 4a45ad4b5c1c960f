import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../src/core/element/localized-element.js';
import { describeProblem } from '../src/core/validator/validate.js';
import { DEFAULT_TIME_ZONE, URL_PATTERN } from '../src/core/feed/schema.js';
import { resolveFeedUrl } from '../src/core/feed/urls.js';
import { LOCALES, type Locale } from '../src/core/i18n/locale.js';
import '../src/language-toggle/nsiw-language-toggle.js';
import { checkFeedText, type FeedCheck, type PlacedProblem, type TextPlace } from './feed-check.js';
import {
  TEXT_LANGUAGES,
  duplicateItem,
  formatFeed,
  instantFields,
  instantFrom,
  newItem,
  textFields,
  withMember,
  withTextField,
  type ItemKind,
  type JsonObject,
} from './feed-text.js';
import { EVENT_STATUSES, EVENT_TYPES, ITEM_FIELDS, addLabel, kindHeading, statusLabel, type FieldSpec } from './item-fields.js';
import { EMBEDDABLE, elementSnippet, embedSnippet, type CdnInfo, type EmbeddableTag } from './embed-snippet.js';
import { isPreviewReady, type PreviewElement, type PreviewRequest } from './preview-protocol.js';
import { workbenchStyles } from './workbench.styles.js';

/** How long the checker waits after the last keystroke: well within the half second the issue allows. */
const CHECK_DELAY_MS = 250;
const KINDS: readonly ItemKind[] = ['events', 'workshops', 'tabs'];
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { nb: 'Norsk (nb)', en: 'English (en)', sv: 'Svenska (sv)', da: 'Dansk (da)' };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The current time as the feed's `updated` takes it: `2025-05-02T08:00:00Z`. */
function nowInstant(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function starterFeed(): string {
  return formatFeed({ version: 1, updated: nowInstant(), events: [], workshops: [], tabs: [] });
}

function timeZones(): string[] {
  const zones = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([DEFAULT_TIME_ZONE, 'UTC', ...zones])];
}

/**
 * The editors' workbench: the feed's text, checked as it is typed with the elements' own validator; a
 * form that writes the text; a preview of every element in a chosen locale and "now"; and the snippet to
 * embed one. Internal to the workbench page (`dist/workbench/index.html`), not part of the package's API.
 *
 * @attr preview-src - The preview frame's page (`preview.html` beside the workbench).
 * @attr cdn-info - The JSON with the CDN URL and integrity hash of the build (`cdn.json` beside it).
 * @attr storage-key - The `localStorage` key that keeps the text across reloads.
 * @internal
 */
export class NsiwWorkbench extends LocalizedElement {
  static override styles = [workbenchStyles];

  @property({ attribute: 'preview-src' }) previewSrc = 'preview.html';
  @property({ attribute: 'cdn-info' }) cdnInfo = 'cdn.json';
  @property({ attribute: 'storage-key' }) storageKey = 'nsiw-workbench:feed';

  /** The text box's content, the one source of truth: the form reads it and writes it. */
  @state() private feedText = '';
  /** The checker's verdict on `text`, once it has spoken. */
  @state() private check: FeedCheck | undefined;
  /** `text` parsed, when it is a JSON object: what the form shows. */
  @state() private data: JsonObject | undefined;
  @state() private status = '';
  @state() private previewLocale: Locale = 'nb';
  /** The preview's "now" as the picker gives it (`2025-10-16T12:00`, Oslo time); empty: the real time. */
  @state() private previewNow = '';
  @state() private previewWidth: 'phone' | 'desktop' = 'desktop';
  @state() private embedTag: EmbeddableTag = 'nsiw-events';
  @state() private embedAttributes: Record<string, string> = {};
  @state() private embedFeedUrl = 'https://example.org/nsiw/feed.json';
  @state() private cdn: CdnInfo | undefined;
  @state() private cdnProblem = '';
  /** The items whose form is open, as `kind/index`. */
  @state() private openItems = new Set<string>();

  @query('#feed-text') private textArea!: HTMLTextAreaElement;
  @query('#preview-frame') private previewFrame: HTMLIFrameElement | undefined;
  @query('#embed-frame') private embedFrame: HTMLIFrameElement | undefined;

  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkRun = 0;
  private textGeneration = 0;
  private settleChecked: (() => void) | undefined;
  private readyFrames = new WeakSet<Window>();
  /** The field to focus after the next render (an item just added). */
  private focusAfterRender: string | undefined;
  /** Settles when the check of the current text is shown; tests and the form wait for it. */
  checked: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(this.storageKey);
    } catch {
      // Storage refused (a sandboxed frame, a private mode): the text lasts this page only.
    }
    // A feed named in the address (`?feed=/demo/feed.json`, as `npm start` links it) starts a first visit;
    // text kept from an earlier visit wins, so that a reload loses nothing.
    const address = new URL(location.href).searchParams.get('feed');
    if (!this.feedText) this.setText(saved ?? starterFeed(), { save: false, delay: 0 });
    if (saved === null && address) void this.openAddress(address, { save: false, replacing: this.feedText });
    void this.loadCdnInfo();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    clearTimeout(this.checkTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfterRender)}`)?.focus();
      this.focusAfterRender = undefined;
    }
    this.sendPreviews();
  }

  private async loadCdnInfo(): Promise<void> {
    try {
      const response = await fetch(new URL(this.cdnInfo, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const info = (await response.json()) as CdnInfo;
      if (typeof info.url !== 'string' || !/^sha384-[A-Za-z0-9+/]+=*$/.test(info.integrity)) throw new Error('no sha384 hash in it');
      this.cdn = info;
    } catch (cause) {
      this.cdnProblem = msg(str`The build's CDN address and integrity hash could not be read (${this.cdnInfo}: ${String(cause)}).`);
    }
  }

  /** Sets the text (from typing, a file, a URL or the form), keeps it, and checks it after `delay`. */
  private setText(text: string, { save = true, delay = CHECK_DELAY_MS } = {}): void {
    this.feedText = text;
    if (save) {
      try {
        localStorage.setItem(this.storageKey, text);
      } catch {
        // See connectedCallback.
      }
    }
    clearTimeout(this.checkTimer);
    // `checked` stays one promise until the latest text's check is shown: one whose check a newer text
    // replaced (typed on, a feed opened meanwhile) settles with the newer one, not never.
    if (!this.settleChecked) this.checked = new Promise((resolve) => (this.settleChecked = resolve));
    const generation = ++this.textGeneration;
    this.checkTimer = setTimeout(
      () =>
        void this.runCheck(text).then(() => {
          if (generation !== this.textGeneration) return;
          this.settleChecked?.();
          this.settleChecked = undefined;
        }),
      delay,
    );
  }

  private async runCheck(text: string): Promise<void> {
    const run = ++this.checkRun;
    const check = await checkFeedText(text, document.baseURI);
    // A verdict on a text that has changed since (the form wrote again) would put the older text's values
    // back into the fields being typed in.
    if (run !== this.checkRun || text !== this.feedText) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    this.check = check;
    this.data = isObject(data) ? data : undefined;
    await this.updateComplete;
  }

  // ---- Opening a feed -------------------------------------------------------------------------------

  private onTextInput(event: InputEvent): void {
    this.setText((event.target as HTMLTextAreaElement).value);
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.setText(await file.text(), { delay: 0 });
    this.status = msg(str`Opened ${file.name}.`);
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.openFile(file);
  }

  private async openUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('open-url') as HTMLInputElement;
    const url = input.value.trim();
    if (url) await this.openAddress(url);
  }

  /** Opens the feed at `url`; with `replacing`, only if the text is still that (nothing typed meanwhile). */
  private async openAddress(url: string, { save = true, replacing }: { save?: boolean; replacing?: string } = {}): Promise<void> {
    try {
      const response = await fetch(new URL(url, document.baseURI), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (replacing !== undefined && this.feedText !== replacing) return;
      this.setText(text, { save, delay: 0 });
      this.status = msg(str`Opened ${url}.`);
    } catch (cause) {
      this.status = msg(
        str`Could not open ${url}: ${String(cause)}. A feed on another site can only be opened if that site allows it (CORS); download it and open the file instead.`,
      );
    }
  }

  // ---- Saving ----------------------------------------------------------------------------------------

  private download(): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([this.feedText], { type: 'application/json' }));
    link.download = 'feed.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    this.status = msg('Downloaded feed.json.');
  }

  private async copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = done;
    } catch {
      this.status = msg('The browser did not allow copying: select the text and press Ctrl+C (⌘C on a Mac).');
    }
  }

  // ---- The checker -----------------------------------------------------------------------------------

  /** Selects a problem's place in the text box and scrolls it into view. */
  private select(place: TextPlace): void {
    const area = this.textArea;
    area.focus();
    area.setSelectionRange(place.start, place.end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (place.line - 3) * lineHeight);
  }

  private placeText(place: TextPlace): string {
    return msg(str`line ${place.line}, column ${place.column}`);
  }

  private renderCheck(): TemplateResult {
    const check = this.check;
    let summary: string;
    if (!check) summary = msg('Checking…');
    else if (!check.ok) summary = msg('The feed cannot be used: no element would show any of it.');
    else {
      const { events, workshops, tabs } = check.counts;
      const counts = msg(str`Events: ${events}, workshops: ${workshops}, tabs: ${tabs}.`);
      const count = check.problems.length;
      summary =
        count === 0
          ? msg(str`No problems. ${counts}`)
          : count === 1
            ? msg(str`1 problem. ${counts}`)
            : msg(str`${count} problems. ${counts}`);
    }
    const updated = check?.ok ? check.result.feed.updated : undefined;
    return html`<section aria-labelledby="check-heading">
      <h2 id="check-heading">${msg('Check')}</h2>
      <p id="check-summary" role="status" aria-live="polite">${summary}</p>
      ${
        check?.ok
          ? html`<p id="updated">${updated ? msg(str`Updated (the feed's own date): ${updated}`) : msg('The feed has no updated date.')}</p>`
          : nothing
      }
      ${
        check && !check.ok
          ? html`<div class="problem whole" id="feed-error">
            ${
              check.place
                ? html`<button type="button" class="place" @click=${() => this.select(check.place!)}>${this.placeText(check.place)}</button>`
                : nothing
            }
            <span>${check.message}</span>
          </div>`
          : nothing
      }
      ${
        check?.ok && check.problems.length > 0
          ? html`<ul class="problems" id="problems">
            ${check.problems.map((problem) => this.renderProblem(problem))}
          </ul>`
          : nothing
      }
    </section>`;
  }

  private renderProblem(problem: PlacedProblem): TemplateResult {
    const what = problem.kind === 'skipped' ? msg('Left out:') : msg('Ignored member:');
    return html`<li class="problem">
      ${
        problem.place
          ? html`<button type="button" class="place" @click=${() => this.select(problem.place!)}>${this.placeText(problem.place)}</button>`
          : nothing
      }
      <span><strong>${what}</strong> <code>${describeProblem(problem)}</code></span>
    </li>`;
  }

  // ---- The form --------------------------------------------------------------------------------------

  private items(kind: ItemKind): unknown[] {
    const list = this.data?.[kind];
    return Array.isArray(list) ? list : [];
  }

  /** Writes a changed feed into the text box, in the stable order, and checks it at once. */
  private writeData(data: JsonObject): void {
    this.data = data;
    this.setText(formatFeed(data), { delay: 0 });
  }

  private writeItems(kind: ItemKind, items: unknown[]): void {
    if (!this.data) return;
    this.writeData({ ...this.data, [kind]: items });
  }

  private addItem(kind: ItemKind): void {
    const items = this.items(kind);
    const index = items.length;
    this.openItems = new Set(this.openItems).add(`${kind}/${index}`);
    this.focusAfterRender = `${kind}-${index}-title-nb`;
    this.writeItems(kind, [...items, newItem(kind, items)]);
  }

  private duplicate(kind: ItemKind, index: number): void {
    const items = this.items(kind);
    this.openItems = new Set(this.openItems).add(`${kind}/${index + 1}`);
    this.focusAfterRender = `${kind}-${index + 1}-id`;
    this.writeItems(kind, [...items.slice(0, index + 1), duplicateItem(items[index], items), ...items.slice(index + 1)]);
  }

  private removeItem(kind: ItemKind, index: number): void {
    const items = this.items(kind);
    this.openItems = new Set();
    this.focusAfterRender = `add-${kind}`;
    this.writeItems(
      kind,
      items.filter((_, position) => position !== index),
    );
    this.status = msg('Removed.');
  }

  private member(item: JsonObject, path: readonly string[]): unknown {
    return path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), item);
  }

  /** A copy of `item` with the member at `path` set (removed when `undefined`), dropping objects left empty. */
  private withPath(item: JsonObject, [key, ...rest]: readonly string[], value: unknown): JsonObject {
    if (rest.length === 0) return withMember(item, key!, value);
    const inner = this.withPath(isObject(item[key!]) ? (item[key!] as JsonObject) : {}, rest, value);
    return withMember(item, key!, Object.keys(inner).length === 0 ? undefined : inner);
  }

  private setField(kind: ItemKind, index: number, change: (item: JsonObject) => JsonObject): void {
    const items = [...this.items(kind)];
    const item = isObject(items[index]) ? (items[index] as JsonObject) : {};
    items[index] = change(item);
    this.writeItems(kind, items);
  }

  private itemTitle(item: JsonObject): string {
    const title = textFields(item.title);
    const words = TEXT_LANGUAGES.map((language) => title[language]).find((text) => text.trim() !== '');
    return words ?? msg('(no title)');
  }

  private renderForm(): TemplateResult {
    return html`<section aria-labelledby="form-heading">
      <h2 id="form-heading">${msg('Edit with a form')}</h2>
      ${
        this.data
          ? html`${this.renderFeedFields(this.data)}${KINDS.map((kind) => this.renderKind(kind))}`
          : html`<p>${msg('The form needs a text that is a JSON object: fix the problem the checker names first.')}</p>`
      }
    </section>`;
  }

  private renderKind(kind: ItemKind): TemplateResult {
    const items = this.items(kind);
    return html`<div class="kind">
      <h3>${kindHeading(kind)}</h3>
      ${items.map((item, index) => this.renderItem(kind, isObject(item) ? item : {}, index))}
      <button type="button" id=${`add-${kind}`} @click=${() => this.addItem(kind)}>${addLabel(kind)}</button>
    </div>`;
  }

  private renderItem(kind: ItemKind, item: JsonObject, index: number): TemplateResult {
    const key = `${kind}/${index}`;
    const prefix = `${kind}-${index}`;
    return html`<details
      class="item"
      data-item=${key}
      ?open=${this.openItems.has(key)}
      @toggle=${(event: Event) => {
        const open = (event.target as HTMLDetailsElement).open;
        if (open === this.openItems.has(key)) return;
        const next = new Set(this.openItems);
        if (open) next.add(key);
        else next.delete(key);
        this.openItems = next;
      }}
    >
      <summary>
        ${this.itemTitle(item)} <code>${typeof item.id === 'string' ? item.id : ''}</code>${this.renderItemMark(kind, index)}
      </summary>
      ${
        // Only an open item's fields: a feed of many items would otherwise hold a time-zone list per item.
        this.openItems.has(key)
          ? html`${ITEM_FIELDS[kind].map((spec) => this.renderField(kind, index, item, spec, prefix))}
              <div class="item-actions">
                <button type="button" @click=${() => this.duplicate(kind, index)}>${msg('Duplicate')}</button>
                <button type="button" @click=${() => this.removeItem(kind, index)}>${msg('Remove')}</button>
              </div>`
          : nothing
      }
    </details>`;
  }

  /** What the checker says about an item, on its summary: left out, or how many members are ignored. */
  private renderItemMark(kind: ItemKind, index: number): TemplateResult | typeof nothing {
    const check = this.check;
    if (!check?.ok) return nothing;
    const own = check.problems.filter((problem) => problem.collection === kind && problem.index === index);
    if (own.length === 0) return nothing;
    const ignored = own.filter((problem) => problem.kind === 'dropped').length;
    const mark = own.some((problem) => problem.kind === 'skipped') ? msg('left out') : msg(str`${ignored} ignored`);
    return html` <span class="mark">(${mark})</span>`;
  }

  private renderField(kind: ItemKind, index: number, item: JsonObject, spec: FieldSpec, prefix: string): TemplateResult {
    const id = `${prefix}-${spec.path.join('-')}`;
    const value = this.member(item, spec.path);
    const set = (next: unknown) => this.setField(kind, index, (current) => this.withPath(current, spec.path, next));
    const required = spec.required ? html`<span class="required">${msg('(required)')}</span>` : nothing;
    switch (spec.control) {
      case 'text':
      case 'rich':
        return html`<fieldset class="text-field">
          <legend>${spec.label()} ${required}</legend>
          ${TEXT_LANGUAGES.map((language) => {
            const fieldId = `${id}-${language}`;
            const current = textFields(value)[language];
            const onInput = (event: Event) =>
              set(withTextField(this.member(this.currentItem(kind, index), spec.path), language, (event.target as HTMLInputElement).value));
            return html`<div class="language">
              <label for=${fieldId}>${LANGUAGE_NAMES[language]}</label>
              ${
                spec.control === 'rich'
                  ? html`<textarea id=${fieldId} lang=${language} rows="3" .value=${live(current)} @input=${onInput}></textarea>`
                  : html`<input id=${fieldId} lang=${language} .value=${live(current)} @input=${onInput} />`
              }
            </div>`;
          })}
        </fieldset>`;
      case 'instant':
        return this.renderInstant(kind, index, item, spec, id, required);
      case 'time-zone': {
        const zone = typeof value === 'string' ? value : DEFAULT_TIME_ZONE;
        return html`<div class="field">
          <label for=${id}>${spec.label()}</label>
          <select id=${id} @change=${(event: Event) => this.changeZone(kind, index, zone, (event.target as HTMLSelectElement).value)}>
            ${timeZones().map((name) => html`<option value=${name} ?selected=${name === zone}>${name}</option>`)}
          </select>
        </div>`;
      }
      case 'status': {
        const current = typeof value === 'string' ? value : 'scheduled';
        return html`<div class="field">
          <label for=${id}>${spec.label()}</label>
          <select id=${id} @change=${(event: Event) => set((event.target as HTMLSelectElement).value === 'scheduled' ? undefined : (event.target as HTMLSelectElement).value)}>
            ${EVENT_STATUSES.map((status) => html`<option value=${status} ?selected=${status === current}>${statusLabel(status)}</option>`)}
          </select>
        </div>`;
      }
      case 'number':
        return html`<div class="field">
          <label for=${id}>${spec.label()}</label>
          <input
            id=${id}
            type="number"
            min="1"
            step="1"
            .value=${live(typeof value === 'number' ? String(value) : '')}
            @input=${(event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              set(text === '' ? undefined : Number(text));
            }}
          />
        </div>`;
      case 'url':
        return this.renderUrlField(id, spec.label(), value, set);
      default: {
        const text = typeof value === 'string' ? value : '';
        const listId = spec.control === 'type' ? `${id}-types` : undefined;
        return html`<div class="field">
          <label for=${id}>${spec.label()} ${required}</label>
          <input
            id=${id}
            list=${listId ?? nothing}
            maxlength=${spec.control === 'country' ? 2 : nothing}
            autocapitalize=${spec.control === 'country' ? 'characters' : nothing}
            .value=${live(text)}
            @input=${(event: Event) => {
              const input = (event.target as HTMLInputElement).value;
              set(spec.control === 'country' ? input.toUpperCase() : input);
            }}
          />
          ${listId ? html`<datalist id=${listId}>${EVENT_TYPES.map((type) => html`<option value=${type}></option>`)}</datalist>` : nothing}
        </div>`;
      }
    }
  }

  /** A URL field, checked as it is typed with the rule the validator applies (`URL_PATTERN`, `resolveFeedUrl`). */
  private renderUrlField(id: string, label: string, value: unknown, set: (next: unknown) => void): TemplateResult {
    const text = typeof value === 'string' ? value : '';
    const valid = text === '' || (URL_PATTERN.test(text) && resolveFeedUrl(text, document.baseURI) !== undefined);
    const hintId = `${id}-hint`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="url"
        inputmode="url"
        aria-invalid=${valid ? 'false' : 'true'}
        aria-describedby=${valid ? nothing : hintId}
        .value=${live(text)}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value.trim())}
      />
      ${valid ? nothing : html`<p class="hint invalid" id=${hintId}>${msg('Not a web address: use https://…, http://… or mailto:…')}</p>`}
    </div>`;
  }

  /** The feed's own members: its `updated` date (set to now with one button) and its `calendarUrl`. */
  private renderFeedFields(data: JsonObject): TemplateResult {
    const updated = typeof data.updated === 'string' ? data.updated : '';
    return html`<fieldset class="feed-fields">
      <legend>${msg('The feed itself')}</legend>
      <p class="field">
        <span id="feed-updated-label">${msg('Updated')}</span>: <code id="feed-updated">${updated || msg('(not set)')}</code>
        <button type="button" id="set-updated" aria-describedby="feed-updated-label" @click=${() => this.writeData(withMember(this.data ?? data, 'updated', nowInstant()))}>
          ${msg('Set to now')}
        </button>
      </p>
      ${this.renderUrlField('feed-calendarUrl', msg('Calendar file (URL)'), data.calendarUrl, (next) =>
        this.writeData(withMember(this.data ?? data, 'calendarUrl', next)),
      )}
    </fieldset>`;
  }

  private currentItem(kind: ItemKind, index: number): JsonObject {
    const item = this.items(kind)[index];
    return isObject(item) ? item : {};
  }

  private renderInstant(kind: ItemKind, index: number, item: JsonObject, spec: FieldSpec, id: string, required: unknown): TemplateResult {
    const key = spec.path[0]!;
    const zone = typeof item.timeZone === 'string' ? item.timeZone : DEFAULT_TIME_ZONE;
    const fields = instantFields(item[key], zone);
    const allDay = fields.date !== '' && fields.time === '';
    const write = (date: string, time: string) =>
      this.setField(kind, index, (current) => withMember(current, key, instantFrom({ date, time }, zone)));
    return html`<fieldset class="instant">
      <legend>${spec.label()} ${required}</legend>
      <div class="language">
        <label for=${`${id}-date`}>${msg('Date')}</label>
        <input id=${`${id}-date`} type="date" .value=${live(fields.date)} @change=${(event: Event) => write((event.target as HTMLInputElement).value, fields.time || (allDay ? '' : '09:00'))} />
      </div>
      <div class="language">
        <label for=${`${id}-time`}>${msg(str`Time (${zone})`)}</label>
        <input
          id=${`${id}-time`}
          type="time"
          ?disabled=${allDay}
          .value=${live(fields.time)}
          @change=${(event: Event) => write(fields.date, (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="check">
        <input
          id=${`${id}-all-day`}
          type="checkbox"
          .checked=${live(allDay)}
          ?disabled=${fields.date === ''}
          @change=${(event: Event) => write(fields.date, (event.target as HTMLInputElement).checked ? '' : '09:00')}
        />
        <label for=${`${id}-all-day`}>${msg('All day')}</label>
      </div>
    </fieldset>`;
  }

  /** A new time zone keeps the wall-clock times the editor chose: 12:30 stays 12:30, now in the new zone. */
  private changeZone(kind: ItemKind, index: number, from: string, to: string): void {
    this.setField(kind, index, (item) => {
      let next = withMember(item, 'timeZone', to);
      for (const key of ['start', 'end']) {
        if (typeof item[key] === 'string') next = withMember(next, key, instantFrom(instantFields(item[key], from), to) ?? item[key]);
      }
      return next;
    });
  }

  // ---- Preview and embed -----------------------------------------------------------------------------

  private readonly onMessage = (event: MessageEvent<unknown>): void => {
    if (event.origin !== location.origin || !isPreviewReady(event.data) || !event.source) return;
    this.readyFrames.add(event.source as Window);
    this.sendPreviews();
  };

  private previewNowInstant(): string {
    if (!this.previewNow) return '';
    const [date, time] = this.previewNow.split('T');
    return instantFrom({ date: date!, time: time!.slice(0, 5) }, DEFAULT_TIME_ZONE) ?? '';
  }

  private workshopIds(): string[] {
    const check = this.check;
    return check?.ok ? (check.result.feed.workshops ?? []).map((workshop) => workshop.id) : [];
  }

  private previewElements(): PreviewElement[] {
    return [
      { tag: 'nsiw-language-toggle', attributes: { locales: 'nb en sv da' } },
      { tag: 'nsiw-events', attributes: { show: 'upcoming' } },
      { tag: 'nsiw-events', attributes: { show: 'past' } },
      { tag: 'nsiw-workshop-series', attributes: {} },
      ...this.workshopIds().map((id) => ({ tag: 'nsiw-workshop-card', attributes: { 'workshop-id': id } })),
      { tag: 'nsiw-info-tabs', attributes: {} },
    ];
  }

  private embedElementAttributes(): Record<string, string> {
    const wanted = EMBEDDABLE[this.embedTag] as readonly string[];
    const attributes = Object.fromEntries(
      Object.entries(this.embedAttributes).filter(([name, value]) => wanted.includes(name) && value.trim() !== ''),
    );
    if (this.embedTag === 'nsiw-workshop-card' && !attributes['workshop-id'] && this.workshopIds()[0])
      attributes['workshop-id'] = this.workshopIds()[0]!;
    return attributes;
  }

  /** The last request sent to each frame, so that an unchanged one is not rendered again. */
  private sent = new WeakMap<Window, string>();

  private sendPreviews(): void {
    if (!this.check) return;
    const base = {
      type: 'nsiw-workbench-preview' as const,
      feed: this.feedText,
      locale: this.previewLocale,
      now: this.previewNowInstant(),
    };
    const requests: [HTMLIFrameElement | undefined, PreviewRequest][] = [
      [this.previewFrame, { ...base, elements: this.previewElements() }],
      [this.embedFrame, { ...base, elements: [{ tag: this.embedTag, attributes: this.embedElementAttributes() }] }],
    ];
    for (const [frame, request] of requests) {
      const target = frame?.contentWindow;
      if (!target || !this.readyFrames.has(target)) continue;
      const serialized = JSON.stringify(request);
      if (this.sent.get(target) === serialized) continue;
      this.sent.set(target, serialized);
      target.postMessage(request, location.origin);
    }
  }

  private renderPreview(): TemplateResult {
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${msg('Preview')}</h2>
      <div class="controls">
        <div class="field">
          <label for="preview-locale">${msg('Preview language')}</label>
          <select id="preview-locale" @change=${(event: Event) => (this.previewLocale = (event.target as HTMLSelectElement).value as Locale)}>
            ${TEXT_LANGUAGES.map((locale) => html`<option value=${locale} ?selected=${locale === this.previewLocale}>${LANGUAGE_NAMES[locale]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="preview-now">${msg('Now (Oslo time; empty: the real time)')}</label>
          <input id="preview-now" type="datetime-local" .value=${live(this.previewNow)} @change=${(event: Event) => (this.previewNow = (event.target as HTMLInputElement).value)} />
        </div>
        <fieldset class="width">
          <legend>${msg('Width')}</legend>
          ${(['phone', 'desktop'] as const).map(
            (width) => html`<span class="check">
              <input
                type="radio"
                name="preview-width"
                id=${`preview-width-${width}`}
                .checked=${live(this.previewWidth === width)}
                @change=${() => (this.previewWidth = width)}
              />
              <label for=${`preview-width-${width}`}>${width === 'phone' ? msg('Phone (360 px)') : msg('Desktop')}</label>
            </span>`,
          )}
        </fieldset>
      </div>
      <div class="frame-box">
        <iframe id="preview-frame" class=${this.previewWidth} title=${msg('Preview of every element with this feed')} src=${this.previewSrc}></iframe>
      </div>
    </section>`;
  }

  private renderEmbed(): TemplateResult {
    const wanted = EMBEDDABLE[this.embedTag] as readonly string[];
    const element = elementSnippet(this.embedTag, this.embedElementAttributes(), this.embedFeedUrl);
    const snippet = this.cdn ? embedSnippet(this.cdn, element) : element;
    const setAttribute = (name: string, value: string) => (this.embedAttributes = { ...this.embedAttributes, [name]: value });
    return html`<section aria-labelledby="embed-heading">
      <h2 id="embed-heading">${msg('Embed')}</h2>
      <div class="controls">
        <div class="field">
          <label for="embed-tag">${msg('Element')}</label>
          <select id="embed-tag" @change=${(event: Event) => (this.embedTag = (event.target as HTMLSelectElement).value as EmbeddableTag)}>
            ${Object.keys(EMBEDDABLE).map((tag) => html`<option value=${tag} ?selected=${tag === this.embedTag}>&lt;${tag}&gt;</option>`)}
          </select>
        </div>
        ${
          this.embedTag === 'nsiw-language-toggle'
            ? nothing
            : html`<div class="field">
              <label for="embed-src">${msg('Feed address on your site (src)')}</label>
              <input id="embed-src" type="url" .value=${live(this.embedFeedUrl)} @input=${(event: Event) => (this.embedFeedUrl = (event.target as HTMLInputElement).value)} />
            </div>`
        }
        ${wanted.map((name) => this.renderEmbedAttribute(name, setAttribute))}
      </div>
      <div class="frame-box">
        <iframe id="embed-frame" title=${msg('The chosen element with this feed')} src=${this.previewSrc}></iframe>
      </div>
      ${this.cdnProblem ? html`<p class="hint invalid" role="alert">${this.cdnProblem}</p>` : nothing}
      <label for="embed-snippet">${msg('Snippet to paste into your page')}</label>
      <textarea id="embed-snippet" readonly rows="5" .value=${snippet}></textarea>
      <button type="button" id="copy-snippet" @click=${() => void this.copy(snippet, msg('Copied the snippet.'))}>${msg('Copy snippet')}</button>
    </section>`;
  }

  private renderEmbedAttribute(name: string, set: (name: string, value: string) => void): TemplateResult {
    const id = `embed-attribute-${name}`;
    const value = this.embedAttributes[name] ?? '';
    const onChange = (event: Event) => set(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
    if (name === 'show') {
      return html`<div class="field">
        <label for=${id}>show</label>
        <select id=${id} @change=${onChange}>
          ${['upcoming', 'past', 'all'].map((option) => html`<option value=${option} ?selected=${option === (value || 'upcoming')}>${option}</option>`)}
        </select>
      </div>`;
    }
    if (name === 'workshop-id') {
      const ids = this.workshopIds();
      return html`<div class="field">
        <label for=${id}>workshop-id</label>
        <select id=${id} @change=${onChange}>
          ${ids.map((workshopId) => html`<option value=${workshopId} ?selected=${workshopId === (value || ids[0])}>${workshopId}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${name}</label>
      <input id=${id} type=${name === 'limit' ? 'number' : 'text'} .value=${live(value)} @input=${onChange} />
    </div>`;
  }

  // ---- The page --------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div class="workbench" lang=${this.locale}>
      <header>
        <h1>${msg('Feed workbench')}</h1>
        <nsiw-language-toggle locales=${LOCALES.join(' ')}></nsiw-language-toggle>
      </header>
      <p class="intro">
        ${msg(
          'Write the feed with the form or as text. The checker reads it as the elements will, the preview shows it in every element, and Download gives you the file to publish.',
        )}
      </p>
      <p id="status" class="status" role="status" aria-live="polite">${this.status}</p>
      <div class="columns">
        <div class="column">
          <section aria-labelledby="text-heading">
            <h2 id="text-heading">${msg('Feed')}</h2>
            <div class="controls">
              <div class="field">
                <label for="open-file">${msg('Open a file')}</label>
                <input id="open-file" type="file" accept=".json,application/json" @change=${(event: Event) => void this.openFile((event.target as HTMLInputElement).files?.[0])} />
              </div>
              <form class="field open-url" @submit=${(event: SubmitEvent) => void this.openUrl(event)}>
                <label for="open-url">${msg('Open from an address')}</label>
                <input id="open-url" name="open-url" type="text" inputmode="url" autocomplete="url" />
                <button type="submit">${msg('Open')}</button>
              </form>
            </div>
            <label for="feed-text">${msg('Feed (JSON)')}</label>
            <textarea
              id="feed-text"
              spellcheck="false"
              rows="24"
              aria-describedby="check-summary"
              .value=${live(this.feedText)}
              @input=${this.onTextInput}
              @dragover=${(event: DragEvent) => event.preventDefault()}
              @drop=${this.onDrop}
            ></textarea>
            <div class="actions">
              <button type="button" id="download" @click=${this.download}>${msg('Download feed.json')}</button>
              <button type="button" id="copy-feed" @click=${() => void this.copy(this.feedText, msg('Copied the feed.'))}>${msg('Copy feed')}</button>
            </div>
          </section>
          ${this.renderCheck()}
        </div>
        <div class="column">${this.renderForm()}</div>
      </div>
      ${this.renderPreview()} ${this.renderEmbed()}
    </div>`;
  }
}

if (!customElements.get('nsiw-workbench')) customElements.define('nsiw-workbench', NsiwWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-workbench': NsiwWorkbench;
  }
}
