import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/i18n/localization.js';
import { formatFeed } from '../../workbench/feed/feed-text.js';
import type { NsiwWorkbench } from '../../workbench/workbench-app.js';
import {
  choose,
  closeWorkbench,
  fill,
  find,
  openItem,
  openWorkbench,
  previewDocument,
  SEMINAR,
  settle,
  shadowText,
  textBox,
} from './workbench-fixture.js';

let workbench: NsiwWorkbench | undefined;
beforeEach(() => setLocale('en', { remember: false }));
afterEach(() => {
  if (workbench) closeWorkbench(workbench);
  workbench = undefined;
});

const summary = (element: NsiwWorkbench) => find(element, '#check-summary').textContent!.trim();
const shadowFocus = (element: NsiwWorkbench) => element.shadowRoot!.activeElement;

describe('the workbench: text and checker', () => {
  it('checks the text as it is typed, with the counts and the feed’s own date, and keeps it for a reload', async () => {
    workbench = await openWorkbench();
    expect(find(workbench, 'label[for="feed-text"]').textContent!.trim()).to.equal('Feed (JSON)');
    await fill(workbench, textBox(workbench), JSON.stringify(SEMINAR));
    expect(summary(workbench)).to.equal('No problems. Events: 1, workshops: 1, tabs: 1.');
    expect(find(workbench, '#check-summary').getAttribute('aria-live')).to.equal('polite');
    expect(find(workbench, '#updated').textContent).to.contain('2025-05-02T08:00:00Z');
    expect(localStorage.getItem(workbench.getAttribute('storage-key')!)).to.equal(JSON.stringify(SEMINAR));
  });

  it('opens a file, a dropped file and a feed from an address', async () => {
    workbench = await openWorkbench();
    const file = new File([JSON.stringify({ version: 1, tabs: SEMINAR.tabs })], 'tabs.json', { type: 'application/json' });
    const files = new DataTransfer();
    files.items.add(file);
    const input = find<HTMLInputElement>(workbench, '#open-file');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => summary(workbench!).includes('tabs: 1'), 'the file was not opened');
    expect(find(workbench, '#status').textContent!.trim()).to.equal('Opened tabs.json.');

    const dropped = new DataTransfer();
    dropped.items.add(new File([JSON.stringify({ version: 1, workshops: SEMINAR.workshops })], 'workshops.json'));
    textBox(workbench).dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => summary(workbench!).includes('workshops: 1'), 'the dropped file was not opened');

    await fill(workbench, find(workbench, '#open-url'), new URL('../fixtures/minimal.json', import.meta.url).href);
    find<HTMLButtonElement>(workbench, '.open-url button').click();
    const opened = `Opened ${new URL('../fixtures/minimal.json', import.meta.url).href}.`;
    await waitUntil(() => find(workbench!, '#status').textContent === opened, 'the address was not opened');
    await settle(workbench);
    expect(textBox(workbench).value).to.equal(await (await fetch(new URL('../fixtures/minimal.json', import.meta.url))).text());
  });

  it('starts a first visit on the feed named in its address (?feed=), and a later one on the kept text', async () => {
    const page = location.href;
    const feedUrl = new URL('../fixtures/minimal.json', import.meta.url).href;
    const feedText = await (await fetch(feedUrl)).text();
    history.replaceState(null, '', `?feed=${encodeURIComponent(feedUrl)}`);
    try {
      workbench = await openWorkbench();
      await waitUntil(() => textBox(workbench!).value === feedText, 'the feed in the address was not opened');
      closeWorkbench(workbench);
      workbench = await openWorkbench(JSON.stringify(SEMINAR));
      // Time for a fetch of the address to answer, had the workbench made one.
      await (await fetch(feedUrl)).text();
      await settle(workbench);
      expect(textBox(workbench).value, 'the kept text, not the address').to.equal(JSON.stringify(SEMINAR));
      expect(summary(workbench)).to.equal('No problems. Events: 1, workshops: 1, tabs: 1.');
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('downloads the text as feed.json', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    const clicked: { download: string; text: Promise<string> }[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalCreate = URL.createObjectURL;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = originalCreate(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, text: blobs.get(this.href)!.text() });
    };
    try {
      find<HTMLButtonElement>(workbench, '#download').click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
    }
    expect(clicked.map((link) => link.download)).to.deep.equal(['feed.json']);
    expect(await clicked[0]!.text).to.equal(textBox(workbench).value);
  });

  it('names where the text stops being JSON, and a click on it selects that place', async () => {
    workbench = await openWorkbench('{\n  "version": 1,\n  "events": [],\n}\n');
    expect(summary(workbench)).to.contain('cannot be used');
    const place = find(workbench, '#feed-error .place');
    expect(place.textContent!.trim()).to.equal('line 4, column 1');
    expect(find(workbench, '#feed-error').textContent).to.contain('not valid JSON');
    place.click();
    const box = textBox(workbench);
    expect(shadowFocus(workbench)).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('}');
  });

  it('lists each skipped item and dropped member with collection, index, id, reason and line/column; a click selects it', async () => {
    const feed = structuredClone(SEMINAR) as typeof SEMINAR & { events: Record<string, unknown>[] };
    feed.events.push({ id: 'bad-date', title: 'Bad date', start: '2023-02-30' });
    feed.events[0]!.url = 'javascript:alert(1)';
    const text = formatFeed(feed);
    workbench = await openWorkbench(text);
    expect(summary(workbench)).to.equal('2 problems. Events: 1, workshops: 1, tabs: 1.');
    const items = [...workbench.shadowRoot!.querySelectorAll('#problems li')];
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(items[0]!.textContent).to.contain('Ignored member:').and.contain('events[0] id=seminar-2023: url "javascript:alert(1)"');
    expect(items[0]!.querySelector('.place')!.textContent).to.equal(`line ${lineOf('"javascript:')}, column 14`);
    expect(items[1]!.textContent).to.contain('Left out:').and.contain('events[1] id=bad-date: start "2023-02-30"');
    const place = items[1]!.querySelector<HTMLButtonElement>('.place')!;
    expect(place.textContent).to.equal(`line ${lineOf('"2023-02-30"')}, column 16`);
    place.click();
    const box = textBox(workbench);
    expect(shadowFocus(workbench)).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('"2023-02-30"');
    // The form marks the same items.
    expect(find(workbench, '[data-item="events/0"] summary').textContent).to.contain('(1 ignored)');
    expect(find(workbench, '[data-item="events/1"] summary').textContent).to.contain('(left out)');
  });

  it('says what a wrong version is, at the version', async () => {
    workbench = await openWorkbench('{ "version": 2 }');
    expect(find(workbench, '#feed-error').textContent).to.contain('Unsupported feed version 2 (expected 1)');
    expect(find(workbench, '#feed-error .place').textContent).to.equal('line 1, column 14');
  });
});

describe('the workbench: form and text', () => {
  it('shows the text in the form: Text per language, dates and times in the item’s zone', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    await openItem(workbench, 'events/0');
    expect(find<HTMLInputElement>(workbench, '#events-0-title-nb').value).to.equal('Integreringsarbeid på bakkenivå');
    expect(find<HTMLInputElement>(workbench, '#events-0-title-en').value).to.equal('Street-level integration work');
    expect(find<HTMLInputElement>(workbench, '#events-0-start-date').value).to.equal('2023-10-12');
    expect(find<HTMLInputElement>(workbench, '#events-0-start-time').value).to.equal('12:30');
    expect(find<HTMLSelectElement>(workbench, '#events-0-timeZone').value).to.equal('Europe/Oslo');
    const legends = [...workbench.shadowRoot!.querySelectorAll('[data-item="events/0"] legend')].map((legend) =>
      legend.textContent!.trim(),
    );
    expect(legends).to.include.members(['Title (required)', 'Start (required)', 'End']);
  });

  it('adds next year’s seminar with the form, writing the text in a stable order, without a brace typed', async () => {
    workbench = await openWorkbench(formatFeed({ version: 1, events: [] }));
    find<HTMLButtonElement>(workbench, '#add-events').click();
    await settle(workbench);
    expect(shadowFocus(workbench)).to.equal(find(workbench, '#events-0-title-nb'));
    await fill(workbench, find(workbench, '#events-0-title-nb'), 'Seminar om integrering');
    await fill(workbench, find(workbench, '#events-0-title-en'), 'Integration seminar');
    await choose(workbench, find(workbench, '#events-0-start-date'), '2027-06-10');
    await choose(workbench, find(workbench, '#events-0-start-time'), '13:00');
    await choose(workbench, find(workbench, '#events-0-status'), 'postponed');
    const expected = {
      version: 1,
      events: [
        {
          id: 'event',
          title: { nb: 'Seminar om integrering', en: 'Integration seminar' },
          status: 'postponed',
          start: '2027-06-10T13:00:00+02:00',
          timeZone: 'Europe/Oslo',
        },
      ],
    };
    expect(textBox(workbench).value).to.equal(formatFeed(expected));
    expect(Object.keys(JSON.parse(textBox(workbench).value).events[0])).to.deep.equal(['id', 'title', 'status', 'start', 'timeZone']);
    expect(summary(workbench)).to.equal('No problems. Events: 1, workshops: 0, tabs: 0.');
    // A new zone keeps the wall-clock time: 13:00 in Stockholm is 13:00 there.
    await choose(workbench, find(workbench, '#events-0-timeZone'), 'America/New_York');
    expect(JSON.parse(textBox(workbench).value).events[0].start).to.equal('2027-06-10T13:00:00-04:00');
    await choose(workbench, find(workbench, '#events-0-start-all-day'), true);
    expect(JSON.parse(textBox(workbench).value).events[0].start).to.equal('2027-06-10');
  });

  it('follows the text: an edit in the text box is in the form after the check', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    await openItem(workbench, 'tabs/0');
    await fill(workbench, textBox(workbench), textBox(workbench).value.replace('"Om"', '"Om prosjektet"'));
    expect(find<HTMLInputElement>(workbench, '#tabs-0-title-nb').value).to.equal('Om prosjektet');
    await fill(workbench, find(workbench, '#tabs-0-title-en'), 'About the project');
    expect(JSON.parse(textBox(workbench).value).tabs[0].title).to.deep.equal({ nb: 'Om prosjektet', en: 'About the project' });
  });

  it('duplicates and removes items, and checks URLs as they are typed', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    await openItem(workbench, 'workshops/0');
    find<HTMLButtonElement>(workbench, '[data-item="workshops/0"] .item-actions button:first-child').click();
    await settle(workbench);
    expect(JSON.parse(textBox(workbench).value).workshops.map((workshop: { id: string }) => workshop.id)).to.deep.equal([
      'oslo-2023',
      'oslo-2023-copy',
    ]);
    const url = find<HTMLInputElement>(workbench, '#workshops-1-programUrl');
    await fill(workbench, url, 'javascript:alert(1)');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(find(workbench, '#workshops-1-programUrl-hint').textContent).to.contain('Not a web address');
    expect(summary(workbench)).to.equal('1 problem. Events: 1, workshops: 2, tabs: 1.');
    await fill(workbench, url, 'https://www.fafo.no/program');
    expect(url.getAttribute('aria-invalid')).to.equal('false');
    find<HTMLButtonElement>(workbench, '[data-item="workshops/1"] .item-actions button:last-child').click();
    await settle(workbench);
    expect(JSON.parse(textBox(workbench).value).workshops).to.have.length(1);
    expect(shadowFocus(workbench)).to.equal(find(workbench, '#add-workshops'));
  });

  it('sets the feed’s own updated date and calendar file', async () => {
    workbench = await openWorkbench(formatFeed({ version: 1, updated: '2020-01-01T00:00:00Z' }));
    const before = Date.now();
    find<HTMLButtonElement>(workbench, '#set-updated').click();
    await settle(workbench);
    const updated = JSON.parse(textBox(workbench).value).updated as string;
    expect(Date.parse(updated)).to.be.within(Math.floor(before / 1000) * 1000, Date.now());
    expect(find(workbench, '#updated').textContent).to.contain(updated);
    await fill(workbench, find(workbench, '#feed-calendarUrl'), 'https://www.fafo.no/nsiw/events.ics');
    expect(Object.keys(JSON.parse(textBox(workbench).value))).to.deep.equal(['version', 'updated', 'calendarUrl']);
  });

  it('is usable by keyboard alone: add an event and type its title', async () => {
    workbench = await openWorkbench(formatFeed({ version: 1 }));
    find<HTMLButtonElement>(workbench, '#add-events').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowFocus(workbench!)?.id === 'events-0-title-nb', 'the new event’s title did not get the focus');
    await sendKeys({ type: 'Frokostseminar' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(workbench)?.id).to.equal('events-0-title-en');
    await waitUntil(() => textBox(workbench!).value.includes('"Frokostseminar"'), 'the title did not reach the text');
    await settle(workbench);
    expect(JSON.parse(textBox(workbench).value).events[0].title).to.deep.equal({ nb: 'Frokostseminar' });
  });

  it('has no axe violations, with problems and an open item', async () => {
    const feed = structuredClone(SEMINAR) as typeof SEMINAR & { events: Record<string, unknown>[] };
    feed.events.push({ id: 'bad', title: '', start: 'soon' });
    workbench = await openWorkbench(JSON.stringify(feed));
    await openItem(workbench, 'events/0');
    await expect(workbench).to.be.accessible();
  });
});

describe('the workbench: preview and embed', () => {
  it('previews every element with the feed in nb, en, sv and da, at a chosen now', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    await choose(workbench, find(workbench, '#preview-now'), '2023-10-12T15:00');
    const dates = {
      nb: 'torsdag 12. oktober 2023',
      en: 'Thursday 12 October 2023',
      sv: 'torsdag 12 oktober 2023',
      da: 'torsdag den 12. oktober 2023',
    };
    for (const [locale, date] of Object.entries(dates)) {
      await choose(workbench, find(workbench, '#preview-locale'), locale);
      const page = await previewDocument(workbench, 'preview-frame', (document) => {
        const events = document.querySelector('nsiw-events[show="upcoming"]');
        return document.documentElement.lang === locale && shadowText(events).includes(date);
      });
      // At 15:00 on 12 October 2023 the seminar is on (so upcoming), the first workshop ongoing.
      expect(shadowText(page.querySelector('nsiw-events[show="past"]'))).not.to.contain(date);
      expect(page.querySelector('nsiw-workshop-card[workshop-id="oslo-2023"]')).to.exist;
      expect(page.querySelector('nsiw-workshop-card')!.getAttribute('now')).to.equal('2023-10-12T15:00:00+02:00');
      expect(page.querySelector('nsiw-info-tabs')).to.exist;
      expect(page.querySelector('nsiw-language-toggle')).to.exist;
    }
    await choose(workbench, find(workbench, '#preview-now'), '2023-11-01T12:00');
    await previewDocument(workbench, 'preview-frame', (document) =>
      shadowText(document.querySelector('nsiw-events[show="past"]')).includes('torsdag den 12. oktober 2023'),
    );
    await choose(workbench, find(workbench, '#preview-width-phone'), true);
    expect(find(workbench, '#preview-frame').getBoundingClientRect().width).to.equal(360);
  });

  it('shows the embed snippet with the CDN tag and its integrity hash, the live element, and copies it', async () => {
    workbench = await openWorkbench(JSON.stringify(SEMINAR));
    await choose(workbench, find(workbench, '#embed-tag'), 'nsiw-events');
    await choose(workbench, find(workbench, '#embed-attribute-show'), 'past');
    await fill(workbench, find(workbench, '#embed-src'), 'https://www.fafo.no/nsiw/feed.json');
    await waitUntil(
      () => find<HTMLTextAreaElement>(workbench!, '#embed-snippet').value.includes('integrity'),
      'no integrity in the snippet',
    );
    const snippet = find<HTMLTextAreaElement>(workbench, '#embed-snippet').value;
    expect(snippet).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/nsiw-widgets@0.1.0/dist/nsiw-widgets.js" ' +
        'integrity="sha384-TESTtestTESTtestTESTtestTESTtestTESTtestTESTtestTESTtestTESTtestTEST" crossorigin="anonymous" blocking="render"></script>\n\n' +
        '<nsiw-events src="https://www.fafo.no/nsiw/feed.json" show="past"></nsiw-events>\n',
    );
    await previewDocument(workbench, 'embed-frame', (document) => {
      const element = document.querySelector('nsiw-events');
      return element?.getAttribute('show') === 'past' && shadowText(element).includes('Integreringsarbeid på bakkenivå');
    });
    let copied = '';
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      find<HTMLButtonElement>(workbench, '#copy-snippet').click();
      await waitUntil(() => copied !== '', 'nothing was copied');
    } finally {
      clipboard.writeText = original;
    }
    expect(copied).to.equal(snippet);
    await settle(workbench);
    expect(find(workbench, '#status').textContent!.trim()).to.equal('Copied the snippet.');
  });
});
