import { waitUntil } from '@open-wc/testing';
import '../../workbench/workbench-app.js';
import type { NsiwWorkbench } from '../../workbench/workbench-app.js';

/** A feed with one of each kind of item. */
export const SEMINAR = {
  version: 1,
  updated: '2025-05-02T08:00:00Z',
  events: [
    {
      id: 'seminar-2023',
      title: { nb: 'Integreringsarbeid på bakkenivå', en: 'Street-level integration work' },
      type: 'seminar',
      start: '2023-10-12T12:30:00+02:00',
      end: '2023-10-12T16:30:00+02:00',
      timeZone: 'Europe/Oslo',
    },
  ],
  workshops: [
    {
      id: 'oslo-2023',
      number: 1,
      title: { nb: 'Første workshop', en: 'First workshop' },
      start: '2023-10-12',
      end: '2023-10-13',
      city: 'Oslo',
    },
  ],
  tabs: [{ id: 'about', title: { nb: 'Om', en: 'About' }, body: 'N-SIW' }],
};

/** A workbench on the test page, its preview frame run from source, its text kept under a key of its own. */
export async function openWorkbench(text?: string): Promise<NsiwWorkbench> {
  const key = `nsiw-workbench:test:${Math.random()}`;
  if (text !== undefined) localStorage.setItem(key, text);
  const element = document.createElement('nsiw-workbench');
  element.setAttribute('storage-key', key);
  element.setAttribute('preview-src', new URL('./preview-page.html', import.meta.url).href);
  element.setAttribute('cdn-info', new URL('./cdn-fixture.json', import.meta.url).href);
  document.body.append(element);
  await element.updateComplete;
  await element.checked;
  await element.updateComplete;
  return element;
}

export function closeWorkbench(element: NsiwWorkbench): void {
  localStorage.removeItem(element.getAttribute('storage-key')!);
  element.remove();
}

/** An element of the workbench's shadow root. */
export function find<T extends Element = HTMLElement>(element: NsiwWorkbench, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the workbench`);
  return found;
}

export function textBox(element: NsiwWorkbench): HTMLTextAreaElement {
  return find<HTMLTextAreaElement>(element, '#feed-text');
}

/** Types into a field as an input event would leave it (the whole value at once), and waits for the check. */
export async function fill(element: NsiwWorkbench, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(element);
}

/** Picks a value of a select, date, time or checkbox as a change event would leave it. */
export async function choose(element: NsiwWorkbench, field: HTMLInputElement | HTMLSelectElement, value: string | boolean): Promise<void> {
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(element);
}

export async function settle(element: NsiwWorkbench): Promise<void> {
  await element.updateComplete;
  await element.checked;
  await element.updateComplete;
}

/** The preview frame's document, once its elements show `ready`. */
export async function previewDocument(element: NsiwWorkbench, frameId: string, ready: (document: Document) => boolean): Promise<Document> {
  const frame = find<HTMLIFrameElement>(element, `#${frameId}`);
  await waitUntil(
    () => frame.contentDocument?.documentElement && ready(frame.contentDocument),
    `the ${frameId} did not show what was expected`,
    { timeout: 5000 },
  );
  return frame.contentDocument!;
}

/** The text of an element inside a preview frame, through its shadow root. */
export function shadowText(root: Element | null | undefined): string {
  return (root?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens an item of the form (`events/0`) as a click on its summary does, once its fields are there. */
export async function openItem(element: NsiwWorkbench, key: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLElement>(`[data-item="${key}"] summary`)!.click();
  await waitUntil(() => element.shadowRoot!.querySelector(`[data-item="${key}"] .item-actions`), `${key} did not open`);
  await settle(element);
}
