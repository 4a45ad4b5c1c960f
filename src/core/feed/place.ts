/**
 * Where a feed item takes place, as its parts in `locale` (each with `lang` where its text falls back to
 * another language): shown as the place line, and joined into one line for calendars.
 */
import type { FeedEvent, Workshop } from './schema.js';
import { countryName, displayText, type Locale, type LocalizedText, type Text } from '../i18n/locale.js';

function placeParts(names: readonly (Text | undefined)[], country: string | undefined, locale: Locale): LocalizedText[] {
  const parts = names.filter((name): name is Text => !!name).map((name) => displayText(name, locale));
  if (country) parts.push({ value: countryName(country, locale), lang: undefined });
  return parts;
}

/** Name, address, city and country of an event's venue. */
export function eventPlace(event: FeedEvent, locale: Locale): LocalizedText[] {
  const location = event.location;
  return location ? placeParts([location.name, location.address, location.city], location.country, locale) : [];
}

/** Venue, city and country of a workshop. */
export function workshopPlace(workshop: Workshop, locale: Locale): LocalizedText[] {
  return placeParts([workshop.venue, workshop.city], workshop.country, locale);
}
