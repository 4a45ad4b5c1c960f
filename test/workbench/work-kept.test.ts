import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/core/i18n/localization.js';
import { formatFeed } from '../../workbench/feed/feed-text.js';
import type { NsiwWorkbench } from '../../workbench/workbench-app.js';
import { pressKeys } from '../support/keyboard.js';
import { SEMINAR, closeWorkbench, fill, find, openItem, openWorkbench, settle, textBox } from './workbench-fixture.js';

let workbench: NsiwWorkbench | undefined;
beforeEach(() => setLocale('en', { remember: false }));
afterEach(() => {
  if (workbench) closeWorkbench(workbench);
  workbench = undefined;
});

const feedOf = (element: NsiwWorkbench) => JSON.parse(textBox(element).value);
const ids = (items: { id: string }[]) => items.map((item) => item.id);
const storageKey = (element: NsiwWorkbench) => element.getAttribute('storage-key')!;
const statusText = (element: NsiwWorkbench) => find(element, '#status').textContent!.trim();

/** Types into the text box as an input event leaves it, without waiting for the check: a click can follow at once. */
function typeNow(element: NsiwWorkbench, text: string): void {
  const box = textBox(element);
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Clicks a button of the workbench and waits for the text's check. */
async function click(element: NsiwWorkbench, selector: string): Promise<void> {
  find<HTMLButtonElement>(element, selector).click();
  await settle(element);
}

/** Presses a chord in the text box, as the editor does. */
async function pressInTextBox(element: NsiwWorkbench, keys: string): Promise<void> {
  textBox(element).focus();
  await pressKeys(keys);
  await settle(element);
}

const EMPTY = formatFeed({ version: 1, events: [] });
const PASTED = formatFeed(SEMINAR);

describe('the workbench keeps the editor’s work: every action reads the text as it is now', () => {
  it('adds an event to a feed pasted a moment before the click, not to the text last checked', async () => {
    workbench = await openWorkbench(EMPTY);
    typeNow(workbench, PASTED);
    await click(workbench, '#add-events');
    const feed = feedOf(workbench);
    expect(ids(feed.events)).to.deep.equal(['seminar-2023', 'event']);
    expect(ids(feed.workshops)).to.deep.equal(['oslo-2023']);
  });

  it('sets the feed’s date to now on the text as typed a moment before', async () => {
    workbench = await openWorkbench(EMPTY);
    typeNow(workbench, PASTED);
    await click(workbench, '#set-updated');
    const feed = feedOf(workbench);
    expect(feed.updated).not.to.equal(SEMINAR.updated);
    expect(ids(feed.tabs)).to.deep.equal(['about']);
  });

  it('duplicates, removes and edits an item without undoing an edit of the text made a moment before', async () => {
    workbench = await openWorkbench(PASTED);
    await openItem(workbench, 'events/0');
    typeNow(workbench, PASTED.replace('"Om"', '"Om oss"'));
    await click(workbench, '[data-item="events/0"] .item-actions button:first-child');
    expect(ids(feedOf(workbench).events)).to.deep.equal(['seminar-2023', 'seminar-2023-copy']);
    expect(feedOf(workbench).tabs[0].title.nb).to.equal('Om oss');

    await openItem(workbench, 'events/0');
    typeNow(workbench, textBox(workbench).value.replace('"N-SIW"', '"Nettverket"'));
    await click(workbench, '[data-item="events/0"] .item-actions button:last-child');
    expect(ids(feedOf(workbench).events)).to.deep.equal(['seminar-2023-copy']);
    expect(feedOf(workbench).tabs[0].body).to.equal('Nettverket');

    await openItem(workbench, 'tabs/0');
    typeNow(workbench, textBox(workbench).value.replace('"oslo-2023"', '"bergen-2023"'));
    await fill(workbench, find(workbench, '#tabs-0-title-en'), 'About us');
    expect(ids(feedOf(workbench).workshops)).to.deep.equal(['bergen-2023']);
    expect(feedOf(workbench).tabs[0].title).to.deep.equal({ nb: 'Om oss', en: 'About us' });
  });

  it('does nothing to a text that is not a feed at the click, and says why', async () => {
    workbench = await openWorkbench(EMPTY);
    typeNow(workbench, '{ "version": 1, "events": [');
    await click(workbench, '#add-events');
    expect(textBox(workbench).value).to.equal('{ "version": 1, "events": [');
    expect(statusText(workbench)).to.contain('not a JSON object');
  });
});

describe('the workbench keeps the editor’s work: a second tab', () => {
  /** Writes the kept text as another tab of the workbench does: from another window of this origin. */
  async function writeFromAnotherTab(key: string, text: string): Promise<void> {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentWindow!.localStorage.setItem(key, text);
    } finally {
      frame.remove();
    }
  }

  it('offers the text another tab kept, and a click in this forgotten tab does not write over it', async () => {
    workbench = await openWorkbench(PASTED);
    const key = storageKey(workbench);
    const newer = formatFeed({ ...SEMINAR, tabs: [] });
    await writeFromAnotherTab(key, newer);
    await waitUntil(() => workbench!.shadowRoot!.querySelector('#offer-other-tab'), 'the other tab’s text was not offered');
    expect(textBox(workbench).value, 'this tab’s text, not replaced unasked').to.equal(PASTED);
    expect(find(workbench, '#offer-other-tab').textContent).to.contain('Another tab');
    await expect(workbench).to.be.accessible();

    await click(workbench, '#add-events');
    expect(localStorage.getItem(key), 'the other tab’s work').to.equal(newer);

    await click(workbench, '#offer-other-tab-accept');
    expect(textBox(workbench).value).to.equal(newer);
    expect(workbench.shadowRoot!.querySelector('#offer-other-tab')).to.equal(null);
    await click(workbench, '#undo');
    expect(ids(feedOf(workbench).events)).to.deep.equal(['seminar-2023', 'event']);
  });

  it('does not write over what another tab kept while this one slept, and keeps this tab’s text when told', async () => {
    workbench = await openWorkbench(PASTED);
    const key = storageKey(workbench);
    const newer = formatFeed({ ...SEMINAR, tabs: [] });
    // Written with no event reaching this tab, as when it was asleep in the background.
    localStorage.setItem(key, newer);
    await click(workbench, '#add-events');
    expect(localStorage.getItem(key)).to.equal(newer);
    expect(find(workbench, '#offer-other-tab').textContent).to.contain('Another tab');
    await click(workbench, '#offer-other-tab-keep');
    expect(localStorage.getItem(key)).to.equal(textBox(workbench).value);
    expect(ids(JSON.parse(localStorage.getItem(key)!).events)).to.deep.equal(['seminar-2023', 'event']);
  });
});

describe('the workbench keeps the editor’s work: storage', () => {
  it('says on the page when the browser’s storage is full, until the text is kept again', async () => {
    workbench = await openWorkbench(PASTED);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await fill(workbench, textBox(workbench), EMPTY);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    const problem = find(workbench, '#storage-problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('storage is full').and.contain('Download');
    await expect(workbench).to.be.accessible();
    await fill(workbench, textBox(workbench), PASTED);
    expect(workbench.shadowRoot!.querySelector('#storage-problem')).to.equal(null);
    expect(localStorage.getItem(storageKey(workbench))).to.equal(PASTED);
  });

  it('says on the page when the browser refuses storage', async () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      workbench = await openWorkbench();
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(find(workbench, '#storage-problem').textContent).to.contain('does not let the workbench keep the text');
  });
});

describe('the workbench keeps the editor’s work: what replaces it can be undone', () => {
  it('undoes an opened file with the status’s Undo, and a dropped one with Ctrl+Z in the text box', async () => {
    workbench = await openWorkbench(PASTED);
    const files = new DataTransfer();
    files.items.add(new File([EMPTY], 'empty.json', { type: 'application/json' }));
    const input = find<HTMLInputElement>(workbench, '#open-file');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => textBox(workbench!).value === EMPTY, 'the file was not opened');
    expect(statusText(workbench)).to.equal('Opened empty.json.');
    await click(workbench, '#undo');
    expect(textBox(workbench).value).to.equal(PASTED);

    const dropped = new DataTransfer();
    dropped.items.add(new File([EMPTY], 'empty.json'));
    textBox(workbench).dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => textBox(workbench!).value === EMPTY, 'the dropped file was not opened');
    await pressInTextBox(workbench, 'Control+z');
    expect(textBox(workbench).value).to.equal(PASTED);
    await pressInTextBox(workbench, 'Control+Shift+Z');
    expect(textBox(workbench).value, 'redone').to.equal(EMPTY);
  });

  it('refuses a file that is not JSON, such as a PDF dropped by mistake', async () => {
    workbench = await openWorkbench(PASTED);
    const dropped = new DataTransfer();
    dropped.items.add(
      new File(['%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'], 'programme.pdf', {
        type: 'application/pdf',
      }),
    );
    textBox(workbench).dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => statusText(workbench!).includes('programme.pdf'), 'nothing was said about the file');
    expect(statusText(workbench)).to.contain('not a JSON file');
    expect(textBox(workbench).value).to.equal(PASTED);
  });

  it('shows that an address is loading, and asks before the feed that arrives replaces what was typed meanwhile', async () => {
    workbench = await openWorkbench(EMPTY);
    const url = new URL(`/__faults/feed.json?id=${Math.random()}&delay=1000`, location.href).href;
    await fill(workbench, find(workbench, '#open-url'), url);
    find<HTMLButtonElement>(workbench, '.open-url button').click();
    typeNow(workbench, PASTED);
    await workbench.updateComplete;
    expect(statusText(workbench)).to.equal(`Opening ${url}…`);
    expect(find(workbench, '.open-url').getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => workbench!.shadowRoot!.querySelector('#offer-address'), 'the arrived feed was not offered', { timeout: 5000 });
    expect(textBox(workbench).value, 'what was typed while it loaded').to.equal(PASTED);
    expect(find(workbench, '.open-url').getAttribute('aria-busy')).to.equal('false');
    await click(workbench, '#offer-address-accept');
    expect(ids(feedOf(workbench).events)).to.deep.equal(['e0', 'e1']);
    await pressInTextBox(workbench, 'Control+z');
    expect(textBox(workbench).value).to.equal(PASTED);
  });

  it('undoes a form action and typing with Ctrl+Z in the text box, and redoes with Ctrl+Y', async () => {
    workbench = await openWorkbench(EMPTY);
    await click(workbench, '#add-events');
    expect(feedOf(workbench).events).to.have.length(1);
    await pressInTextBox(workbench, 'Control+z');
    expect(textBox(workbench).value).to.equal(EMPTY);
    await pressInTextBox(workbench, 'Control+y');
    expect(feedOf(workbench).events).to.have.length(1);

    const box = textBox(workbench);
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    await sendKeys({ type: 'abc' });
    await settle(workbench);
    expect(box.value.endsWith('abc')).to.equal(true);
    await pressInTextBox(workbench, 'Control+z');
    expect(box.value.endsWith('abc'), 'the typing is one step').to.equal(false);
    expect(feedOf(workbench).events).to.have.length(1);
  });
});

describe('the workbench keeps the editor’s work: Remove', () => {
  it('has an Undo in its status, and Ctrl+Z in the text box undoes it too', async () => {
    workbench = await openWorkbench(PASTED);
    await openItem(workbench, 'workshops/0');
    await click(workbench, '[data-item="workshops/0"] .item-actions button:last-child');
    expect(feedOf(workbench).workshops).to.deep.equal([]);
    expect(statusText(workbench)).to.equal('Removed.');
    await click(workbench, '#undo');
    expect(textBox(workbench).value).to.equal(PASTED);
    expect(find(workbench, '[data-item="workshops/0"] summary').textContent).to.contain('oslo-2023');

    await openItem(workbench, 'tabs/0');
    await click(workbench, '[data-item="tabs/0"] .item-actions button:last-child');
    expect(feedOf(workbench).tabs).to.deep.equal([]);
    await pressInTextBox(workbench, 'Control+z');
    expect(textBox(workbench).value).to.equal(PASTED);
  });
});
