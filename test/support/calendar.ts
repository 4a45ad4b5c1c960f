// The add-to-calendar menu as a visitor uses it: open it, take a choice, read the file it offers.
import ICAL from 'ical.js';
import type { Rendering } from './dom.js';

/** Opens the menu of `scope` (an element's item, or its shadow root) by its button; resolves with its choices. */
export async function openCalendarMenu(host: Rendering, scope: ParentNode): Promise<HTMLAnchorElement[]> {
  const button = scope.querySelector<HTMLButtonElement>('[part~="calendar-button"]');
  if (!button) throw new Error('no add-to-calendar button');
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await host.updateComplete;
  return [...scope.querySelectorAll<HTMLAnchorElement>('[part~="calendar-link"]')];
}

/** The one event in the `.ics` file a choice offers, read back by ical.js. */
export async function calendarFileEvent(link: HTMLAnchorElement): Promise<ICAL.Event> {
  const ics = await (await fetch(link.href)).text();
  return new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
}
