// The add-to-calendar menu as visitors meet it in <nsiw-events> (the card and the series share it):
// a disclosure button, the arrow keys of a menu, Escape, and no request to any calendar service.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/events/nsiw-events.js';
import type { NsiwEvents } from '../../../src/events/nsiw-events.js';
import { pressKeys } from '../../support/keyboard.js';
import { settled, text } from '../../support/dom.js';

const EVENT = {
  id: 'seminar',
  title: 'Street-level integration work',
  start: '2027-10-12T12:30:00+02:00',
  end: '2027-10-12T16:30:00+02:00',
  timeZone: 'Europe/Oslo',
  registrationUrl: 'https://www.fafo.no/register',
};

async function events(feed: object, calendars?: string): Promise<NsiwEvents> {
  const element = await fixture<NsiwEvents>(html`<nsiw-events now="2026-11-25T12:00:00Z" calendars=${calendars ?? ''}>
    <script type="application/json">${JSON.stringify({ version: 1, ...feed })}</script>
  </nsiw-events>`);
  return settled(element);
}

const button = (element: NsiwEvents) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!;
const menu = (element: NsiwEvents) => element.shadowRoot!.querySelector<HTMLElement>('[part~="calendar-menu"]')!;
const choices = (element: NsiwEvents) => [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="calendar-link"]')];
const focused = (element: NsiwEvents) => element.shadowRoot!.activeElement;

async function until(element: NsiwEvents, condition: () => boolean): Promise<void> {
  for (let frames = 0; !condition() && frames < 120; frames++) {
    await element.updateComplete;
    await new Promise(requestAnimationFrame);
  }
}

describe('the add-to-calendar menu', () => {
  it('is a closed disclosure button that names the event and controls its list', async () => {
    const element = await events({ events: [EVENT] });
    expect(text(button(element))).to.equal('Add to calendar: Street-level integration work');
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(button(element).getAttribute('aria-controls')).to.equal(menu(element).id);
    expect(menu(element).hidden).to.equal(true);
    expect(choices(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('opens on a click with the five calendars, each service in a new tab, and closes on a second click', async () => {
    const element = await events({ events: [EVENT] });
    button(element).click();
    await element.updateComplete;
    expect(button(element).getAttribute('aria-expanded')).to.equal('true');
    expect(menu(element).hidden).to.equal(false);
    expect(choices(element).map(text)).to.deep.equal([
      'Apple Calendar, Outlook (.ics file)',
      'Google Calendar (opens in a new tab)',
      'Outlook.com (opens in a new tab)',
      'Microsoft 365 (opens in a new tab)',
      'Yahoo Calendar (opens in a new tab)',
    ]);
    const [ics, ...services] = choices(element);
    expect(ics.getAttribute('download')).to.equal('street-level-integration-work.ics');
    expect(ics.href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    for (const link of services) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.protocol).to.equal('https:');
    }
    await expect(element).to.be.accessible();
    button(element).click();
    await element.updateComplete;
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(choices(element)).to.have.length(0);
  });

  it('offers the calendars the calendars attribute names, in its order', async () => {
    const element = await events({ events: [EVENT] }, 'yahoo ics');
    button(element).click();
    await element.updateComplete;
    expect(choices(element).map((link) => [...link.part].find((name) => name !== 'calendar-link'))).to.deep.equal([
      'calendar-yahoo',
      'calendar-ics',
    ]);
  });

  it('moves by the arrow keys, Home and End, and Escape closes it and returns focus to its button', async () => {
    const element = await events({ events: [EVENT] });
    button(element).focus();
    await pressKeys('ArrowDown');
    await until(element, () => focused(element) === choices(element)[0]);
    expect(button(element).getAttribute('aria-expanded'), 'Down opens it').to.equal('true');
    expect(focused(element), 'at its first choice').to.equal(choices(element)[0]);
    await pressKeys('ArrowDown');
    expect(focused(element)).to.equal(choices(element)[1]);
    await pressKeys('End');
    expect(focused(element)).to.equal(choices(element)[4]);
    await pressKeys('ArrowDown');
    expect(focused(element), 'Down wraps').to.equal(choices(element)[0]);
    await pressKeys('ArrowUp');
    expect(focused(element), 'Up wraps').to.equal(choices(element)[4]);
    await pressKeys('Home');
    expect(focused(element)).to.equal(choices(element)[0]);
    await pressKeys('Escape');
    await until(element, () => focused(element) === button(element));
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(element), 'focus back on the button').to.equal(button(element));
  });

  it('opens at its last choice by Up, and Enter opens it from the keyboard with focus left on the button', async () => {
    const element = await events({ events: [EVENT] });
    button(element).focus();
    await pressKeys('ArrowUp');
    await until(element, () => focused(element) === choices(element)[4]);
    expect(focused(element)).to.equal(choices(element)[4]);
    await pressKeys('Escape');
    await until(element, () => focused(element) === button(element));
    await pressKeys('Enter');
    await until(element, () => button(element).getAttribute('aria-expanded') === 'true');
    expect(focused(element)).to.equal(button(element));
    await pressKeys('Tab');
    expect(focused(element), 'Tab goes into the list').to.equal(choices(element)[0]);
  });

  it('closes when focus leaves it and when the visitor clicks elsewhere', async () => {
    const element = await events({ events: [EVENT] });
    button(element).click();
    await element.updateComplete;
    choices(element)[4].focus();
    await pressKeys('Tab');
    await until(element, () => button(element).getAttribute('aria-expanded') === 'false');
    expect(button(element).getAttribute('aria-expanded'), 'Tab out of the last choice').to.equal('false');

    button(element).click();
    await element.updateComplete;
    const title = element.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(title.left + 5), Math.round(title.top + title.height / 2)] });
    await until(element, () => button(element).getAttribute('aria-expanded') === 'false');
    expect(button(element).getAttribute('aria-expanded'), 'a click outside').to.equal('false');
    await resetMouse();
  });

  it('asks no calendar service for anything while the page loads and the menu opens', async () => {
    const element = await events({ events: [EVENT] });
    button(element).click();
    await element.updateComplete;
    const hosts = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).hostname);
    expect(hosts.filter((host) => /google|outlook|yahoo|office/.test(host))).to.deep.equal([]);
  });

  it('is not offered for a cancelled event', async () => {
    const element = await events({ events: [{ ...EVENT, status: 'cancelled' }] });
    expect(element.shadowRoot!.querySelector('[part~="calendar-button"]')).to.equal(null);
  });
});

describe('subscribing to the calendar', () => {
  it('offers a webcal: link and Google Calendar once, when the feed names calendarUrl', async () => {
    const element = await events({ calendarUrl: 'https://www.fafo.no/nsiw/events.ics', events: [EVENT, { ...EVENT, id: 'b' }] });
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="subscribe"] a')];
    expect(links.map(text)).to.deep.equal(['Subscribe to the calendar', 'Subscribe in Google Calendar (opens in a new tab)']);
    expect(links[0].href).to.equal('webcal://www.fafo.no/nsiw/events.ics');
    expect(links[1].href).to.equal('https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fwww.fafo.no%2Fnsiw%2Fevents.ics');
    expect(links[1].rel).to.equal('noopener noreferrer');
  });

  it('offers nothing without calendarUrl, or with one that cannot be subscribed to', async () => {
    for (const feed of [{ events: [EVENT] }, { calendarUrl: 'mailto:nsiw@fafo.no', events: [EVENT] }]) {
      const element = await events(feed);
      expect(element.shadowRoot!.querySelector('[part~="subscribe"]')).to.equal(null);
    }
  });
});
