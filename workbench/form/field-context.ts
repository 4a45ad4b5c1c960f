/** What every control of the form shares: the member it edits, and how it reads and writes it. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DEFAULT_TIME_ZONE } from '../../src/core/feed/schema.js';
import { memberAt, withPath, type JsonObject } from '../feed/feed-text.js';
import type { FieldSpec } from './item-fields.js';

/** One member of one item, as a control sees it. */
export interface FieldContext {
  /** The control's id: the item's prefix and the member's path, `events-0-location-city`. */
  id: string;
  spec: FieldSpec;
  /** The item as the form shows it. */
  item: JsonObject;
  /** Writes the item, from what it is in the text now (not as the form last showed it). */
  change(update: (item: JsonObject) => JsonObject): void;
}

export const valueOf = (field: FieldContext): unknown => memberAt(field.item, field.spec.path);

export const inputValue = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

/** Writes the member: `undefined` or empty removes it. */
export const setMember = (field: FieldContext, next: unknown): void => field.change((item) => withPath(item, field.spec.path, next));

/** The zone an item's times are in: its own, or the feed's default. */
export const zoneOf = (item: JsonObject): string => (typeof item.timeZone === 'string' ? item.timeZone : DEFAULT_TIME_ZONE);

/** "(required)" after the label of a member the validator requires. */
export function required(field: FieldContext): TemplateResult | typeof nothing {
  return field.spec.required ? html`<span class="required">${msg('(required)')}</span>` : nothing;
}
