/** The form's controls, one per kind of member (`FieldControl`): each shows a member and writes it back. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { DEFAULT_TIME_ZONE, URL_PATTERN } from '../../src/core/feed/schema.js';
import { resolveFeedUrl } from '../../src/core/feed/urls.js';
import { activeLocale } from '../../src/core/i18n/localization.js';
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
import { countries, isCountryCode } from './countries.js';
import { inputValue, required, setMember, valueOf, zoneOf, type FieldContext } from './field-context.js';
import { instantControl } from './instant-control.js';
import { EVENT_STATUSES, EVENT_TYPES, statusLabel, type FieldControl } from './item-fields.js';
import { meantAddress } from './url-hint.js';

export type { FieldContext } from './field-context.js';

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

/**
 * A URL, checked as it is typed with the rule the validator applies (`URL_PATTERN`, `resolveFeedUrl`);
 * one the validator takes as a page in the feed's own folder but which looks like another site's address
 * (`www.fafo.no/pamelding`) gets the address it probably means offered.
 */
export function urlControl(id: string, label: string, value: unknown, set: (next: string) => void): TemplateResult {
  const text = typeof value === 'string' ? value : '';
  const valid = text === '' || (URL_PATTERN.test(text) && resolveFeedUrl(text, document.baseURI) !== undefined);
  const meant = valid && text !== '' ? meantAddress(text) : undefined;
  const hintId = `${id}-hint`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="url"
      inputmode="url"
      aria-invalid=${valid && !meant ? 'false' : 'true'}
      aria-describedby=${valid && !meant ? nothing : hintId}
      .value=${live(text)}
      @input=${(event: Event) => set(inputValue(event).trim())}
    />
    ${valid ? nothing : html`<p class="hint invalid" id=${hintId}>${msg('Not a web address: use https://…, http://… or mailto:…')}</p>`}
    ${
      meant
        ? html`<p class="hint invalid" id=${hintId}>
            ${msg(str`As written, this is a page in the feed's own folder, not another site. Did you mean ${meant}?`)}
          </p>
          <button type="button" id=${`${id}-use-meant`} @click=${() => set(meant)}>${msg(str`Use ${meant}`)}</button>`
        : nothing
    }
  </div>`;
}

/** A country: picked by its name in the workbench's language, written as the code the feed takes (`SE`). */
function countryControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  const code = typeof value === 'string' ? value : '';
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()}</label>
    <select id=${field.id} @change=${(event: Event) => setMember(field, inputValue(event) || undefined)}>
      <option value="" ?selected=${code === ''}>${msg('(none)')}</option>
      ${
        code === '' || isCountryCode(code)
          ? nothing
          : html`<option value=${code} selected>${msg(str`${code} (not a country code: pick the country)`)}</option>`
      }
      ${countries(activeLocale()).map((country) => html`<option value=${country.code} ?selected=${country.code === code}>${country.name} (${country.code})</option>`)}
    </select>
  </div>`;
}

/** A plain string: an id, an address, an event type (with the known ones offered). */
function stringControl(field: FieldContext): TemplateResult {
  const value = valueOf(field);
  const listId = field.spec.control === 'type' ? `${field.id}-types` : undefined;
  return html`<div class="field">
    <label for=${field.id}>${field.spec.label()} ${required(field)}</label>
    <input
      id=${field.id}
      list=${listId ?? nothing}
      .value=${live(typeof value === 'string' ? value : '')}
      @input=${(event: Event) => setMember(field, inputValue(event))}
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
  country: countryControl,
  type: stringControl,
};

/** The control for one member of an item. */
export function renderField(field: FieldContext): TemplateResult {
  return CONTROLS[field.spec.control](field);
}
