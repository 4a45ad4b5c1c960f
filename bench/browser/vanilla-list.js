// The baseline of the render benchmark: the event list as a webmaster would write it by hand with the
// DOM and Intl, no library. It shows the same things <nsiw-events> shows for each event (title and link,
// status, date and time in the event's zone, type, organizer, place or online link, an add-to-calendar
// link), in a shadow root with a stylesheet of the same shape, but trusts the feed (no validation) and
// writes the smallest calendar file that works (UTC times, no VTIMEZONE).

const TYPE_LABELS = {
  seminar: 'Seminar',
  workshop: 'Workshop',
  conference: 'Konferanse',
  panel: 'Panel',
  webinar: 'Webinar',
  meeting: 'Møte',
};
const STATUS_LABELS = { cancelled: 'Avlyst', postponed: 'Utsatt' };

const styles = new CSSStyleSheet();
styles.replaceSync(`
  :host { display: block; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding-block: 1rem; border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
  li > * { margin: 0.25rem 0 0; }
  .title { margin: 0; font-size: 1.125em; font-weight: 700; }
  .when { font-weight: 600; }
  .place, .meta { color: color-mix(in srgb, currentColor 72%, Canvas); }
  .status { font-weight: 700; }
  .actions { display: flex; gap: 1rem; }
`);

const formatters = new Map();
function formatter(locale, timeZone, options) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return format;
}

let countryNames;
const text = (value, locale) => (typeof value === 'string' ? value : (value[locale] ?? value.en ?? value.nb ?? Object.values(value)[0]));
const isDateOnly = (value) => value.length === 10;
/** A date alone is that day in the event's zone; formatting its UTC midnight in UTC shows the same day. */
const dayZone = (value, timeZone) => (isDateOnly(value) ? 'UTC' : timeZone);

function when(event, locale) {
  const start = Date.parse(event.start);
  const end = event.end ? Date.parse(event.end) : start;
  const zone = dayZone(event.start, event.timeZone);
  const day = (instant) => formatter('en-CA', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  const oneDay = day(start) === day(end);
  const date = oneDay
    ? formatter(locale, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start)
    : formatter(locale, zone, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
  if (isDateOnly(event.start)) return { date };
  const time = formatter(
    locale,
    zone,
    oneDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' },
  );
  const zoneName = formatter(locale, zone, { timeZoneName: 'short' })
    .formatToParts(start)
    .find((part) => part.type === 'timeZoneName').value;
  return { date, time: `${time.format(start)}–${time.format(end)}`, zone: zoneName };
}

const icsDate = (instant) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const icsText = (value) => value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\n/g, '\\n');

function calendarLink(event, title, place) {
  const dates = isDateOnly(event.start)
    ? [
        `DTSTART;VALUE=DATE:${event.start.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${icsDate(Date.parse(event.end ?? event.start) + 86_400_000).slice(0, 8)}`,
      ]
    : [`DTSTART:${icsDate(Date.parse(event.start))}`, ...(event.end ? [`DTEND:${icsDate(Date.parse(event.end))}`] : [])];
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//bench//vanilla//EN',
    'BEGIN:VEVENT',
    `UID:${event.id}@${location.host}`,
    `DTSTAMP:${icsDate(Date.now())}`,
    ...dates,
    `SUMMARY:${icsText(title)}`,
    ...(place ? [`LOCATION:${icsText(place)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const link = document.createElement('a');
  link.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  link.download = `${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.ics`;
  link.textContent = 'Legg til i kalender';
  return link;
}

function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.append(content);
  return node;
}

function renderEvent(event, locale, intlLocale) {
  const item = element('li', `event ${event.status ?? 'scheduled'}`);
  const title = text(event.title, locale);
  const heading = element('div', 'title');
  heading.setAttribute('role', 'heading');
  heading.setAttribute('aria-level', '3');
  if (event.url) {
    const link = element('a', '', title);
    link.href = event.url;
    heading.append(link);
  } else {
    heading.append(title);
  }
  item.append(heading);
  if (STATUS_LABELS[event.status]) item.append(element('p', 'status', STATUS_LABELS[event.status]));

  const { date, time, zone } = when(event, intlLocale);
  const whenLine = element('p', 'when');
  const timeElement = element('time', '', date);
  timeElement.dateTime = event.start;
  whenLine.append(timeElement);
  if (time) whenLine.append(', ', element('span', 'time', time), ' ', element('span', 'zone', zone));
  item.append(whenLine);

  const meta = element('p', 'meta');
  if (event.type) meta.append(element('span', 'type', TYPE_LABELS[event.type] ?? event.type));
  if (event.organizer) meta.append(' ', element('span', 'organizer', `Arrangør: ${text(event.organizer, locale)}`));
  item.append(meta);

  const location = event.location ?? {};
  countryNames ??= new Intl.DisplayNames([intlLocale], { type: 'region' });
  const place = [
    location.name && text(location.name, locale),
    location.address,
    location.city && text(location.city, locale),
    location.country && countryNames.of(location.country),
  ]
    .filter(Boolean)
    .join(', ');
  if (place || location.online) {
    const placeLine = element('p', 'place', place);
    if (location.online) {
      const online = element('a', '', 'Nett');
      online.href = location.online;
      placeLine.append(place ? ' · ' : '', online);
    }
    item.append(placeLine);
  }
  if (event.status !== 'cancelled') item.append(element('p', 'actions', calendarLink(event, title, place || location.online)));
  return item;
}

/**
 * Renders `feed`'s events in date order (the first `limit` of them when `limit` is a number) into a new
 * shadow root of `host`, in Norwegian Bokmål as <nsiw-events> on a `lang="nb"` page.
 */
export function renderVanillaList(host, feed, limit) {
  const events = feed.events
    .map((event) => ({ event, start: Date.parse(event.start) }))
    .sort((a, b) => a.start - b.start)
    .slice(0, limit ?? undefined)
    .map(({ event }) => event);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles];
  const list = element('ul');
  list.setAttribute('role', 'list');
  for (const event of events) list.append(renderEvent(event, 'nb', 'nb-NO'));
  root.replaceChildren(list);
  return events.length;
}
