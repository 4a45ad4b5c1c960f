import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedDocument } from '../feed/feed-document.js';
import {
  TEXT_LANGUAGES,
  duplicateItem,
  isObject,
  itemsOf,
  newItem,
  nowInstant,
  textFields,
  withMember,
  type ItemKind,
  type JsonObject,
} from '../feed/feed-text.js';
import type { Notices } from '../notices.js';
import { renderField, urlControl } from './field-controls.js';
import { ITEM_FIELDS, addLabel, kindHeading } from './item-fields.js';

const KINDS: readonly ItemKind[] = ['events', 'workshops', 'tabs'];

function itemTitle(item: JsonObject): string {
  const title = textFields(item.title);
  const words = TEXT_LANGUAGES.map((language) => title[language]).find((text) => text.trim() !== '');
  return words ?? msg('(no title)');
}

/**
 * The "Edit with a form" section: the feed's own members, then its events, workshops and tabs, each item
 * a `<details>` whose fields write the text on every change.
 */
export class FeedForm implements ReactiveController {
  /** The items whose form is open, as `kind/index`. */
  private openItems = new Set<string>();
  /** The field to focus after the next render (an item just added). */
  private focusAfterRender: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly feed: FeedDocument,
    private readonly notices: Notices,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.focusAfterRender) return;
    this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfterRender)}`)?.focus();
    this.focusAfterRender = undefined;
  }

  private setOpen(items: Set<string>): void {
    this.openItems = items;
    this.host.requestUpdate();
  }

  /**
   * Changes the feed as the text is at this moment, not as the form last showed it (the text box may have
   * been typed in since); says so and does nothing when the text is no JSON object now. A feed that has
   * an `updated` date gets today's with every change, as its readers take it to mean.
   */
  private edit(change: (feed: JsonObject) => JsonObject, group?: string): boolean {
    const done = this.feed.edit((feed) => {
      const next = change(feed);
      return next !== feed && typeof feed.updated === 'string' ? withMember(next, 'updated', nowInstant()) : next;
    }, group);
    if (!done) this.notices.say(msg('The text is not a JSON object now: fix the problem the checker names first.'));
    return done;
  }

  /** Changes the items of one kind; `change` gets them as the text has them now. */
  private editItems(kind: ItemKind, change: (items: unknown[]) => unknown[], group?: string): boolean {
    return this.edit((feed) => {
      const items = itemsOf(feed, kind);
      const next = change(items);
      return next === items ? feed : { ...feed, [kind]: next };
    }, group);
  }

  private addItem(kind: ItemKind): void {
    let index = 0;
    const added = this.editItems(kind, (items) => {
      index = items.length;
      return [...items, newItem(kind, items)];
    });
    if (!added) return;
    this.setOpen(new Set(this.openItems).add(`${kind}/${index}`));
    this.focusAfterRender = `${kind}-${index}-title-nb`;
  }

  private duplicate(kind: ItemKind, index: number): void {
    const copied = this.editItems(kind, (items) =>
      index < items.length ? [...items.slice(0, index + 1), duplicateItem(items[index], items), ...items.slice(index + 1)] : items,
    );
    if (!copied) return;
    this.setOpen(new Set(this.openItems).add(`${kind}/${index + 1}`));
    this.focusAfterRender = `${kind}-${index + 1}-id`;
  }

  private removeItem(kind: ItemKind, index: number): void {
    if (!this.editItems(kind, (items) => (index < items.length ? items.filter((_, position) => position !== index) : items))) return;
    this.setOpen(new Set());
    this.focusAfterRender = `add-${kind}`;
    this.notices.say(msg('Removed.'), { undo: true });
  }

  /** Changes one item; typing in one field (`group`) is one step of the undo history. */
  private editItem(kind: ItemKind, index: number, change: (item: JsonObject) => JsonObject, group: string): void {
    this.editItems(
      kind,
      (items) =>
        index < items.length ? items.map((item, position) => (position === index ? change(isObject(item) ? item : {}) : item)) : items,
      group,
    );
  }

  private setFeedMember(key: string, value: unknown, group?: string): void {
    this.edit((feed) => withMember(feed, key, value), group);
  }

  render(): TemplateResult {
    const data = this.feed.data;
    return html`<section aria-labelledby="form-heading">
      <h2 id="form-heading">${msg('Edit with a form')}</h2>
      ${
        data
          ? html`${this.renderFeedFields(data)}${KINDS.map((kind) => this.renderKind(kind))}`
          : html`<p>${msg('The form needs a text that is a JSON object: fix the problem the checker names first.')}</p>`
      }
    </section>`;
  }

  /** The feed's own members: its `updated` date (set to now with one button) and its `calendarUrl`. */
  private renderFeedFields(data: JsonObject): TemplateResult {
    const updated = typeof data.updated === 'string' ? data.updated : '';
    return html`<fieldset class="feed-fields">
      <legend>${msg('The feed itself')}</legend>
      <p class="field">
        <span id="feed-updated-label">${msg('Updated')}</span>: <code id="feed-updated">${updated || msg('(not set)')}</code>
        <button type="button" id="set-updated" aria-describedby="feed-updated-label" @click=${() => this.setFeedMember('updated', nowInstant())}>
          ${msg('Set to now')}
        </button>
      </p>
      ${urlControl('feed-calendarUrl', msg('Calendar file (URL)'), data.calendarUrl, (next) =>
        this.setFeedMember('calendarUrl', next, 'field:feed-calendarUrl'),
      )}
    </fieldset>`;
  }

  private renderKind(kind: ItemKind): TemplateResult {
    return html`<div class="kind">
      <h3>${kindHeading(kind)}</h3>
      ${this.feed.items(kind).map((item, index) => this.renderItem(kind, isObject(item) ? item : {}, index))}
      <button type="button" id=${`add-${kind}`} @click=${() => this.addItem(kind)}>${addLabel(kind)}</button>
    </div>`;
  }

  private renderItem(kind: ItemKind, item: JsonObject, index: number): TemplateResult {
    const key = `${kind}/${index}`;
    const open = this.openItems.has(key);
    return html`<details
      class="item"
      data-item=${key}
      ?open=${open}
      @toggle=${(event: Event) => {
        const nowOpen = (event.target as HTMLDetailsElement).open;
        if (nowOpen === this.openItems.has(key)) return;
        const next = new Set(this.openItems);
        if (nowOpen) next.add(key);
        else next.delete(key);
        this.setOpen(next);
      }}
    >
      <summary>${itemTitle(item)} <code>${typeof item.id === 'string' ? item.id : ''}</code>${this.renderItemMark(kind, index)}</summary>
      ${
        // Only an open item's fields: a feed of many items would otherwise hold a time-zone list per item.
        open
          ? html`${ITEM_FIELDS[kind].map((spec) => {
              const id = `${kind}-${index}-${spec.path.join('-')}`;
              return renderField({ id, spec, item, change: (update) => this.editItem(kind, index, update, `field:${id}`) });
            })}
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
    const check = this.feed.check;
    if (!check?.ok) return nothing;
    const own = check.problems.filter((problem) => problem.collection === kind && problem.index === index);
    if (own.length === 0) return nothing;
    const ignored = own.filter((problem) => problem.kind === 'dropped').length;
    const mark = own.some((problem) => problem.kind === 'skipped') ? msg('left out') : msg(str`${ignored} ignored`);
    return html` <span class="mark">(${mark})</span>`;
  }
}
