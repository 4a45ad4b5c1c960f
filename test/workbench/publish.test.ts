import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { validateFeed } from '../../src/core/validator/validate.js';
import { formatFeed } from '../../workbench/feed/feed-text.js';
import { siteFiles } from '../../workbench/publish/publish.js';
import type { NsiwWorkbench } from '../../workbench/workbench-app.js';
import { SEMINAR, closeWorkbench, fill, find, openWorkbench } from './workbench-fixture.js';

const PUBLISHED_AT = 'https://www.fafo.no/nsiw/feed.json';

let workbench: NsiwWorkbench | undefined;
afterEach(() => {
  if (workbench) closeWorkbench(workbench);
  workbench = undefined;
});

describe('publishing from the workbench', () => {
  it('gives a feed the validator reads and a calendar ical.js reads, which agree, with the widgets’ UIDs', () => {
    const { feed, calendar, calendarUrl } = siteFiles(formatFeed(SEMINAR), PUBLISHED_AT, 'nb');
    expect(calendarUrl).to.equal('https://www.fafo.no/nsiw/events.ics');
    const validated = validateFeed(JSON.parse(feed), PUBLISHED_AT);
    expect(validated.skipped).to.deep.equal([]);
    expect(validated.feed.calendarUrl).to.equal(calendarUrl);
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).to.deep.equal(['event-seminar-2023@www.fafo.no', 'workshop-oslo-2023@www.fafo.no']);
    expect(events.map((event) => event.summary)).to.deep.equal([SEMINAR.events[0]!.title.nb, SEMINAR.workshops[0]!.title.nb]);
    expect(events[0]!.startDate.toJSDate().toISOString()).to.equal(new Date(validated.feed.events[0]!.start).toISOString());
  });

  it('downloads both files in one step and says where each goes and what calendarUrl says', async () => {
    workbench = await openWorkbench(formatFeed(SEMINAR));
    const clicked: { name: string; text: Promise<string> }[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
    };
    try {
      await fill(workbench, find<HTMLInputElement>(workbench, '#publish-url'), PUBLISHED_AT);
      find<HTMLButtonElement>(workbench, '#publish').click();
      await workbench.updateComplete;
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked.map((file) => file.name)).to.deep.equal(['feed.json', 'events.ics']);
    const [feed, calendar] = await Promise.all(clicked.map((file) => file.text));
    expect(JSON.parse(feed!).calendarUrl).to.equal('https://www.fafo.no/nsiw/events.ics');
    expect(calendar).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(find(workbench, '#status').textContent)
      .to.contain('the feed is at https://www.fafo.no/nsiw/feed.json and the calendar at https://www.fafo.no/nsiw/events.ics')
      .and.contain('calendarUrl says https://www.fafo.no/nsiw/events.ics');
  });
});
