import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedDocument } from '../feed/feed-document.js';
import {
  TEXT_LANGUAGES,
  duplicateItem,
  isObject,
  newItem,
  nowInstant,
  textFields,
  withMember,
  type ItemKind,
  type JsonObject,
} from '../feed/feed-text.js';
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
    /** Shows a message in the page's status line. */
    private readonly say: (message: string) => void,
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

  private writeItems(kind: ItemKind, items: unknown[]): void {
    if (!this.feed.data) return;
    this.feed.write({ ...this.feed.data, [kind]: items });
  }

  private addItem(kind: ItemKind): void {
    const items = this.feed.items(kind);
    const index = items.length;
    this.setOpen(new Set(this.openItems).add(`${kind}/${index}`));
    this.focusAfterRender = `${kind}-${index}-title-nb`;
    this.writeItems(kind, [...items, newItem(kind, items)]);
  }

  private duplicate(kind: ItemKind, index: number): void {
    const items = this.feed.items(kind);
    this.setOpen(new Set(this.openItems).add(`${kind}/${index + 1}`));
    this.focusAfterRender = `${kind}-${index + 1}-id`;
    this.writeItems(kind, [...items.slice(0, index + 1), duplicateItem(items[index], items), ...items.slice(index + 1)]);
  }

  private removeItem(kind: ItemKind, index: number): void {
    const items = this.feed.items(kind);
    this.setOpen(new Set());
    this.focusAfterRender = `add-${kind}`;
    this.writeItems(
      kind,
      items.filter((_, position) => position !== index),
    );
    this.say(msg('Removed.'));
  }

  private setItem(kind: ItemKind, index: number, change: (item: JsonObject) => JsonObject): void {
    const items = [...this.feed.items(kind)];
    const item = items[index];
    items[index] = change(isObject(item) ? item : {});
    this.writeItems(kind, items);
  }

  private setFeedMember(key: string, value: unknown): void {
    if (this.feed.data) this.feed.write(withMember(this.feed.data, key, value));
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
      ${urlControl('feed-calendarUrl', msg('Calendar file (URL)'), data.calendarUrl, (next) => this.setFeedMember('calendarUrl', next))}
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
          ? html`${ITEM_FIELDS[kind].map((spec) =>
              renderField({
                id: `${kind}-${index}-${spec.path.join('-')}`,
                spec,
                item,
                change: (update) => this.setItem(kind, index, update),
              }),
            )}
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
