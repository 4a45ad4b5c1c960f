import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/core/i18n/localization.js';
import { formatFeed } from '../../workbench/feed/feed-text.js';
import type { NsiwWorkbench } from '../../workbench/workbench-app.js';
import { SEMINAR, choose, closeWorkbench, fill, find, openItem, openWorkbench, settle, textBox } from './workbench-fixture.js';

let workbench: NsiwWorkbench | undefined;
beforeEach(() => setLocale('en', { remember: false }));
afterEach(async () => {
  if (workbench) closeWorkbench(workbench);
  workbench = undefined;
  await setLocale('en', { remember: false });
});

const firstEvent = (element: NsiwWorkbench) => JSON.parse(textBox(element).value).events[0];

/** SEMINAR with its event changed. */
function seminarWith(event: Record<string, unknown>): string {
  return formatFeed({ ...SEMINAR, events: [{ ...SEMINAR.events[0], ...event }] });
}

describe('the workbench flags a visitor’s mistake where it is made: links', () => {
  it('offers the address a link without its scheme probably means', async () => {
    workbench = await openWorkbench(seminarWith({}));
    await openItem(workbench, 'events/0');
    const link = find<HTMLInputElement>(workbench, '#events-0-registrationUrl');
    for (const [typed, meant] of [
      ['www.fafo.no/pamelding', 'https://www.fafo.no/pamelding'],
      ['fafo.no', 'https://fafo.no'],
      ['https//www.fafo.no/pamelding', 'https://www.fafo.no/pamelding'],
    ]) {
      await fill(workbench, link, typed!);
      expect(link.getAttribute('aria-invalid'), typed).to.equal('true');
      expect(find(workbench, '#events-0-registrationUrl-hint').textContent).to.contain("the feed's own folder").and.contain(meant);
    }
    await fill(workbench, link, 'www.fafo.no/pamelding');
    find<HTMLButtonElement>(workbench, '#events-0-registrationUrl-use-meant').click();
    await settle(workbench);
    expect(firstEvent(workbench).registrationUrl).to.equal('https://www.fafo.no/pamelding');
    expect(link.getAttribute('aria-invalid')).to.equal('false');
    // A page beside the feed is a link of its own kind, not a mistake.
    await fill(workbench, link, 'pages/seminar.html');
    expect(workbench.shadowRoot!.querySelector('#events-0-registrationUrl-hint')).to.equal(null);
  });
});

describe('the workbench flags a visitor’s mistake where it is made: countries', () => {
  it('picks a country by its name in the workbench’s language and writes its code; a name in the feed is shown as not a code', async () => {
    workbench = await openWorkbench(seminarWith({ location: { city: 'Stockholm', country: 'Sverige' } }));
    await openItem(workbench, 'events/0');
    const country = find<HTMLSelectElement>(workbench, '#events-0-location-country');
    expect(country.selectedOptions[0]!.textContent).to.contain('Sverige').and.contain('not a country code');
    await choose(workbench, country, 'SE');
    expect(firstEvent(workbench).location).to.deep.equal({ city: 'Stockholm', country: 'SE' });
    expect(country.selectedOptions[0]!.textContent).to.equal('Sweden (SE)');
    expect([...country.options].map((option) => option.value))
      .to.include.members(['NO', 'DK', 'FI', 'IS'])
      .and.not.include('EU');
    await setLocale('nb', { remember: false });
    await settle(workbench);
    expect(find<HTMLSelectElement>(workbench, '#events-0-location-country').selectedOptions[0]!.textContent).to.equal('Sverige (SE)');
  });
});

describe('the workbench flags a visitor’s mistake where it is made: dates', () => {
  it('shows a date that does not exist as no date and says so, never as the next day', async () => {
    workbench = await openWorkbench(seminarWith({ start: '2027-09-31T10:00:00+02:00', end: undefined }));
    await openItem(workbench, 'events/0');
    const date = find<HTMLInputElement>(workbench, '#events-0-start-date');
    expect(date.value).to.equal('');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(find<HTMLInputElement>(workbench, '#events-0-start-time').value).to.equal('10:00');
    expect(find(workbench, '#events-0-start-words').textContent).to.contain('2027-09-31T10:00:00+02:00 is not a date that exists');
    await choose(workbench, date, '2027-09-30');
    expect(firstEvent(workbench).start).to.equal('2027-09-30T10:00:00+02:00');
  });

  it('says the chosen date and time in words, in the item’s zone and the workbench’s language', async () => {
    workbench = await openWorkbench(seminarWith({ start: '2027-12-05T09:30:00+01:00', end: undefined }));
    await openItem(workbench, 'events/0');
    const words = () => find(workbench!, '#events-0-start-words').textContent!.trim();
    // The zone's short name as the elements show it, which is the engine's (its ICU data): CET or GMT+1.
    expect(words()).to.match(/^Sunday 5 December 2027, 09:30 (CET|GMT\+1)$/);
    expect(find(workbench, '#events-0-start-date').getAttribute('aria-describedby')).to.equal('events-0-start-words');
    await choose(workbench, find(workbench, '#events-0-timeZone'), 'America/New_York');
    expect(words()).to.match(/^Sunday 5 December 2027, 09:30 (EST|GMT-5)$/);
    await setLocale('nb', { remember: false });
    await settle(workbench);
    expect(words()).to.contain('søndag 5. desember 2027');
  });
});

describe('the workbench flags a visitor’s mistake where it is made: the feed’s date', () => {
  it('moves the feed’s updated date to now with every change the form makes', async () => {
    workbench = await openWorkbench(seminarWith({}));
    await openItem(workbench, 'tabs/0');
    const before = Math.floor(Date.now() / 1000) * 1000;
    await fill(workbench, find(workbench, '#tabs-0-title-en'), 'About the network');
    const updated = JSON.parse(textBox(workbench).value).updated as string;
    expect(Date.parse(updated)).to.be.within(before, Date.now());
    expect(find(workbench, '#updated').textContent).to.contain(updated);
  });
});
