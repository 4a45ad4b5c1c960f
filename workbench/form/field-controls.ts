/** The form's controls, one per kind of member (`FieldControl`): each shows a member and writes it back. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { DEFAULT_TIME_ZONE, URL_PATTERN } from '../../src/core/feed/schema.js';
import { resolveFeedUrl } from '../../src/core/feed/urls.js';
import {
  LANGUAGE_NAMES,
  TEXT_LANGUAGES,
  instantFields,
  instantFrom,
  memberAt,
  textFields,
  withMember,
  withPath,
  withTextField,
  type JsonObject,
} from '../feed/feed-text.js';
import { EVENT_STATUSES, EVENT_TYPES, statusLabel, type FieldControl, type FieldSpec } from './item-fields.js';

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

const valueOf = (field: FieldContext) => memberAt(field.item, field.spec.path);
const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
/** Writes the member: `undefined` or empty removes it. */
const setMember = (field: FieldContext, next: unknown) => field.change((item) => withPath(item, field.spec.path, next));
const zoneOf = (item: JsonObject) => (typeof item.timeZone === 'string' ? item.timeZone : DEFAULT_TIME_ZONE);

function required(field: FieldContext): TemplateResult | typeof nothing {
  return field.spec.required ? html`<span class="required">${msg('(required)')}</span>` : nothing;
}

function timeZones(): string[] {
  const zones = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([DEFAULT_TIME_ZONE, 'UTC', ...zones])];
}

/** A Text: a box per language, a plain string again when all say the same (`withTextField`). */
function textControl(field: FieldContext): TemplateResult {
  const current = textFields(valueOf(field));
  return html`<fieldset class="text-field">
    <legend>${field.spec.label()} ${required(field)}</legend>
    ${TEXT_LANGUAGES.map((language) => {
      const fieldId = `${field.id}-${language}`;
      const onInput = (event: Event) => {
        const text = inputValue(event);
        field.change((item) => withPath(item, field.spec.path, withTextField(memberAt(item, field.spec.path), language, text)));
      };
      return html`<div class="language">
        <label for=${fieldId}>${LANGUAGE_NAMES[language]}</label>
        ${
          field.spec.control === 'rich'
            ? html`<textarea id=${fieldId} lang=${language} rows="3" .value=${live(current[language])} @input=${onInput}></textarea>`
            : html`<input id=${fieldId} lang=${language} .value=${live(current[language])} @input=${onInput} />`
        }
      </div>`;
    })}
  </fieldset>`;
}

/** An Instant: a date, a time in the item's zone, and "All day" for a date alone. */
function instantControl(field: FieldContext): TemplateResult {
  const key = field.spec.path[0]!;
  const zone = zoneOf(field.item);
  const fields = instantFields(field.item[key], zone);
  const allDay = fields.date !== '' && fields.time === '';
  /** Sets the date or the time, keeping the other as the text has it now. */
  const write = (next: (now: { date: string; time: string; allDay: boolean }) => { date: string; time: string }) =>
    field.change((item) => {
      const itemZone = zoneOf(item);
      const now = instantFields(item[key], itemZone);
      return withMember(item, key, instantFrom(next({ ...now, allDay: now.date !== '' && now.time === '' }), itemZone));
    });
  const id = field.id;
  return html`<fieldset class="instant">
    <legend>${field.spec.label()} ${required(field)}</legend>
    <div class="language">
      <label for=${`${id}-date`}>${msg('Date')}</label>
      <input
        id=${`${id}-date`}
        type="date"
        .value=${live(fields.date)}
        @change=${(event: Event) => {
          const date = inputValue(event);
          write((now) => ({ date, time: now.time || (now.allDay ? '' : '09:00') }));
        }}
      />
    </div>
    <div class="language">
      <label for=${`${id}-time`}>${msg(str`Time (${zone})`)}</label>
      <input
        id=${`${id}-time`}
        type="time"
        ?disabled=${allDay}
        .value=${live(fields.time)}
        @change=${(event: Event) => {
          const time = inputValue(event);
          write((now) => ({ date: now.date, time }));
        }}
      />
    </div>
    <div class="check">
      <input
        id=${`${id}-all-day`}
        type="checkbox"
        .checked=${live(allDay)}
        ?disabled=${fields.date === ''}
        @change=${(event: Event) => {
          const checked = (event.target as HTMLInputElement).checked;
          write((now) => ({ date: now.date, time: checked ? '' : '09:00' }));
        }}
      />
      <label for=${`${id}-all-day`}>${msg('All day')}</label>
    </div>
  </fieldset>`;
}

/** A new time zone keeps the wall-clock times the editor chose: 12:30 stays 12:30, now in the new zone. */
function withZone(item: JsonObject, to: string): JsonObject {
  const from = zoneOf(item);
  let next = withMember(item, 'timeZone', to);
  for (const key of ['start', 'end']) {
    if (typeof item[key] === 'string') next = withMember(next, key, instantFrom(instantFields(item[key], from), to) ?? item[key]);
  }
  return next;
}

function timeZoneControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  const zone = typeof value === 'string' ? value : DEFAULT_TIME_ZONE;
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()}</label>
    <select
      id=${field.id}
      @change=${(event: Event) => {
        const to = inputValue(event);
        field.change((item) => withZone(item, to));
      }}
    >
      ${timeZones().map((name) => html`<option value=${name} ?selected=${name === zone}>${name}</option>`)}
    </select>
  </div>`;
}

function statusControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  const current = typeof value === 'string' ? value : 'scheduled';
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()}</label>
    <select
      id=${field.id}
      @change=${(event: Event) => {
        const status = inputValue(event);
        setMember(field, status === 'scheduled' ? undefined : status);
      }}
    >
      ${EVENT_STATUSES.map((status) => html`<option value=${status} ?selected=${status === current}>${statusLabel(status)}</option>`)}
    </select>
  </div>`;
}

function numberControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()}</label>
    <input
      id=${field.id}
      type="number"
      min="1"
      step="1"
      .value=${live(typeof value === 'number' ? String(value) : '')}
      @input=${(event: Event) => {
        const text = inputValue(event);
        setMember(field, text === '' ? undefined : Number(text));
      }}
    />
  </div>`;
}

/** A URL, checked as it is typed with the rule the validator applies (`URL_PATTERN`, `resolveFeedUrl`). */
export function urlControl(id: string, label: string, value: unknown, set: (next: string) => void): TemplateResult {
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
      @input=${(event: Event) => set(inputValue(event).trim())}
    />
    ${valid ? nothing : html`<p class="hint invalid" id=${hintId}>${msg('Not a web address: use https://…, http://… or mailto:…')}</p>`}
  </div>`;
}

/** A plain string: an id, an address, a country code (two capitals), an event type (with the known ones offered). */
function stringControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  const { control } = field.spec;
  const listId = control === 'type' ? `${field.id}-types` : undefined;
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()} ${required(field)}</label>
    <input
      id=${field.id}
      list=${listId ?? nothing}
      maxlength=${control === 'country' ? 2 : nothing}
      autocapitalize=${control === 'country' ? 'characters' : nothing}
      .value=${live(typeof value === 'string' ? value : '')}
      @input=${(event: Event) => {
        const input = inputValue(event);
        setMember(field, control === 'country' ? input.toUpperCase() : input);
      }}
    />
    ${listId ? html`<datalist id=${listId}>${EVENT_TYPES.map((type) => html`<option value=${type}></option>`)}</datalist>` : nothing}
  </div>`;
}

const CONTROLS: Readonly<Record<FieldControl, (field: FieldContext) => TemplateResult>> = {
  text: textControl,
  rich: textControl,
  instant: instantControl,
  'time-zone': timeZoneControl,
  status: statusControl,
  number: numberControl,
  url: (field) => urlControl(field.id, field.spec.label(), valueOf(field), (next) => setMember(field, next)),
  id: stringControl,
  string: stringControl,
  country: stringControl,
  type: stringControl,
};

/** The control for one member of an item. */
export function renderField(field: FieldContext): TemplateResult {
  return CONTROLS[field.spec.control](field);
}
