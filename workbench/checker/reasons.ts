/**
 * The checker's problems in the editor's words. The validator reports in English for developers
 * (`events[9] id=event: start "" is not an ISO 8601 date …`), which its `console.warn` keeps; here each
 * reason is read back by its English form (the schema's fixed messages) and said in the workbench's
 * language, naming the item and the field as the form labels them, with an example of the right form.
 * A reason the table does not know is shown as the validator wrote it.
 */
import { msg, str } from '@lit/localize';
import type { FeedCollection, FeedProblem } from '../../src/core/validator/validate.js';
import { ITEM_FIELDS } from '../form/item-fields.js';

/** The item a problem is about: "Event 10 ("seminar")", or the feed itself. */
export function itemName(collection: FeedCollection | null, index: number | null, id: string | null): string {
  if (collection === null) return msg('The feed');
  if (index === null) return collection;
  const number = index + 1;
  const name =
    collection === 'events'
      ? msg(str`Event ${number}`)
      : collection === 'workshops'
        ? msg(str`Workshop ${number}`)
        : msg(str`Tab ${number}`);
  return id === null ? name : `${name} ("${id}")`;
}

/** A member as the form labels it ("Start"), else as the feed names it. */
function fieldName(collection: FeedCollection | null, member: string): string {
  const field = collection === null ? undefined : ITEM_FIELDS[collection].find((spec) => spec.path.join('.') === member);
  return field ? field.label() : member;
}

/** A value as the validator quotes it (JSON), an empty text said in words. */
function valueText(value: string): string {
  return value === '""' ? msg('(empty)') : value;
}

type Explain = (field: string, value: string) => string;

/** The schema's messages, each after a member and its value, and what the editor is told instead. */
const MESSAGES: readonly [english: string, explain: Explain][] = [
  [
    'is not an ISO 8601 date ("2023-10-12") or date-time with offset ("2023-10-12T12:30:00+02:00")',
    (field, value) =>
      msg(
        str`${field} ${value} is not a date. Write a date as 2027-10-12, or a date and time with its offset from UTC as 2027-10-12T12:30:00+02:00.`,
      ),
  ],
  [
    'is not a real date or time',
    (field, value) => msg(str`${field} ${value} is a date that does not exist (such as 31 September). Correct it, e.g. 2027-09-30.`),
  ],
  [
    'is not a time zone name',
    (field, value) => msg(str`${field} ${value} is not a time zone. Write it as Europe/Oslo, Europe/Stockholm or Europe/Copenhagen.`),
  ],
  [
    'is not a known IANA time zone such as "Europe/Oslo"',
    (field, value) => msg(str`${field} ${value} is not a time zone. Write it as Europe/Oslo, Europe/Stockholm or Europe/Copenhagen.`),
  ],
  [
    'is not an ISO 3166 alpha-2 country code such as "NO"',
    (field, value) =>
      msg(str`${field} ${value} is not a country code. Write the country's two capital letters: NO (Norway), SE (Sweden), DK (Denmark).`),
  ],
  [
    'is not an http, https or mailto URL, nor a URL relative to the feed',
    (field, value) =>
      msg(
        str`${field} ${value} is not a web address the widgets can link to. Write the whole address, starting with https://, e.g. https://www.fafo.no/seminar.`,
      ),
  ],
  [
    'is not a text: a string, or an object from language code to string such as {"en": "…"}',
    (field, value) =>
      msg(
        str`${field} ${value} is not a text. Write a text in quotes, e.g. "Seminar", or one per language, e.g. {"nb": "Seminar", "en": "Seminar"}.`,
      ),
  ],
  ['is not a string', (field, value) => msg(str`${field} ${value} is not a text. Write it in quotes, e.g. "Borggata 2B".`)],
  [
    'is not a non-empty string',
    (field, value) => msg(str`${field} ${value} is not a usable id. Use lower-case letters a–z, digits and hyphens, e.g. "seminar-2027".`),
  ],
  [
    'is not made of lower-case letters a–z, digits and hyphens only',
    (field, value) => msg(str`${field} ${value} is not a usable id. Use lower-case letters a–z, digits and hyphens, e.g. "seminar-2027".`),
  ],
  ['is not a whole number of 1 or more', (field, value) => msg(str`${field} ${value} is not a whole number of 1 or more, e.g. 2.`)],
  [
    'is not one of "scheduled", "cancelled", "postponed"',
    (field, value) => msg(str`${field} ${value} is not a status the widgets know. Write "scheduled", "cancelled" or "postponed".`),
  ],
  [
    'is not an object',
    (field, value) => msg(str`${field} ${value} does not have the form it must have. Write it with the form beside the text.`),
  ],
  ['is not an array', (field, value) => msg(str`${field} ${value} is not a list. Write it as a list in square brackets: [ … ].`)],
];

const MEMBER = /^([A-Za-z]+(?:\.[A-Za-z]+)*) (.*)$/s;
const USED_INSTEAD = /; (.*) is used instead$/s;

/** What is wrong, in the editor's language and words, with an example of the right form. */
export function explainReason(problem: FeedProblem): string {
  let reason = problem.reason;
  const instead = USED_INSTEAD.exec(reason);
  if (instead) reason = reason.slice(0, instead.index);
  const explained = explainCore(problem, reason);
  if (explained === undefined) return problem.reason;
  return instead ? `${explained} ${msg(str`Until then, ${instead[1]} is used.`)}` : explained;
}

function explainCore({ collection, member: dropped }: FeedProblem, reason: string): string | undefined {
  const order = /^end (.*) is before start (.*)$/s.exec(reason);
  if (order) return msg(str`The end, ${order[1]}, is before the start, ${order[2]}. Set the end to the start or later.`);
  if (/ is outside the years 0001–9999 in /.test(reason))
    return msg(str`The date is outside the years 1 to 9999. Check the year, e.g. 2027.`);
  const used = /^id (.*) is already used by (events|workshops|tabs)\[(\d+)\]$/s.exec(reason);
  if (used) {
    const other = itemName(used[2] as FeedCollection, Number(used[3]), null);
    return msg(str`The id ${used[1]} is already used by ${other}. Give every item its own id, e.g. "seminar-2027-2".`);
  }
  const parts = MEMBER.exec(reason);
  if (!parts) return undefined;
  const member = dropped ?? parts[1];
  if (parts[1] !== member) return undefined;
  const field = fieldName(collection, member);
  const rest = parts[2];
  if (rest === 'is missing') return msg(str`${field} is missing. Fill it in.`);
  const link =
    /^links to (.*), which is not an http, https or mailto URL, nor a URL relative to the feed; its label is shown as plain text$/s.exec(
      rest,
    );
  if (link) {
    return msg(
      str`${field} links to ${link[1]}, which is not a web address: its words are shown without a link. Write the whole address, e.g. [the programme](https://www.fafo.no/programme).`,
    );
  }
  for (const [english, explain] of MESSAGES) {
    if (rest.endsWith(` ${english}`)) return explain(field, valueText(rest.slice(0, -english.length - 1)));
  }
  return undefined;
}
