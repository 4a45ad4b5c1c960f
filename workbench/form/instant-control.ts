/** The form's control of an Instant (`start`, `end`): pickers in the item's zone, and the result in words. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { DEFAULT_TIME_ZONE } from '../../src/core/feed/schema.js';
import { activeLocale } from '../../src/core/i18n/localization.js';
import { formatWhen } from '../../src/core/time/dates.js';
import { isKnownTimeZone, isValidInstant } from '../../src/core/time/instant-checks.js';
import { instantFields, instantFrom, withMember } from '../feed/feed-text.js';
import { inputValue, required, zoneOf, type FieldContext } from './field-context.js';

/**
 * The Instant in the words the elements will show it in (`Thursday 12 October 2027, 12:30 CEST`), in the
 * item's zone and the workbench's language: a date picked in the browser's own date order (5/12 or
 * 12/5) is read back as visitors will read it. A date that does not exist (`2027-09-31`) says so.
 */
function inWords(value: unknown, zone: string): { text: string; exists: boolean } | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!isValidInstant(value)) return { text: msg(str`${value} is not a date that exists: pick the date again.`), exists: false };
  const when = formatWhen(value, undefined, isKnownTimeZone(zone) ? zone : DEFAULT_TIME_ZONE, activeLocale());
  const time = when.time && when.zone ? `${when.time} ${when.zone}` : when.time;
  return { text: time ? `${when.date}, ${time}` : when.date, exists: true };
}

/** An Instant: a date, a time in the item's zone, "All day" for a date alone, and what they say in words. */
export function instantControl(field: FieldContext): TemplateResult {
  const key = field.spec.path[0]!;
  const zone = zoneOf(field.item);
  const fields = instantFields(field.item[key], zone);
  const allDay = fields.date !== '' && fields.time === '';
  const words = inWords(field.item[key], zone);
  /** Sets the date or the time, keeping the other as the text has it now. */
  const write = (next: (now: { date: string; time: string; allDay: boolean }) => { date: string; time: string }) =>
    field.change((item) => {
      const itemZone = zoneOf(item);
      const now = instantFields(item[key], itemZone);
      return withMember(item, key, instantFrom(next({ ...now, allDay: now.date !== '' && now.time === '' }), itemZone));
    });
  const id = field.id;
  const wordsId = words ? `${id}-words` : undefined;
  return html`<fieldset class="instant">
    <legend>${field.spec.label()} ${required(field)}</legend>
    <div class="language">
      <label for=${`${id}-date`}>${msg('Date')}</label>
      <input
        id=${`${id}-date`}
        type="date"
        aria-describedby=${wordsId ?? nothing}
        aria-invalid=${words?.exists === false ? 'true' : 'false'}
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
        aria-describedby=${wordsId ?? nothing}
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
    ${words ? html`<p class="hint ${words.exists ? '' : 'invalid'}" id=${wordsId!}>${words.text}</p>` : nothing}
  </fieldset>`;
}
