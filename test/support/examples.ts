// The built examples (examples/, `npm run build:examples`) opened as a visitor opens them: in a frame of the
// test page, with no language remembered from an earlier page, and closed after each test.
import { expect } from '@open-wc/testing';

export interface ExamplePage extends Window {
  /** Recorded by examples/page-check.js. */
  pageErrors?: string[];
  policyViolations?: string[];
  /** Each copy of Lit that ran on the page adds its version here. */
  litElementVersions?: string[];
}

const LOCALE_KEY = 'nsiw-widgets:locale';
export const WAIT = { timeout: 8000 };
export const examplesUrl = new URL('../../examples/', import.meta.url);

export async function openExample(path: string): Promise<{ page: ExamplePage; iframe: HTMLIFrameElement }> {
  // A choice remembered by an earlier page of the same origin would override the page's own language.
  localStorage.removeItem(LOCALE_KEY);
  const iframe = document.createElement('iframe');
  // Wide enough that the info tabs show as tabs, not as the accordion of narrow containers.
  iframe.style.cssText = 'width: 1024px; height: 768px';
  iframe.src = new URL(path, examplesUrl).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { page: iframe.contentWindow as ExamplePage, iframe };
}

export function closeExample(iframe: HTMLIFrameElement): void {
  iframe.remove();
  localStorage.removeItem(LOCALE_KEY);
}

/** The elements with `part` in the shadow root of `host`, none when there is no host. */
export function examplePart(host: Element | null | undefined, part: string): HTMLElement[] {
  return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? [])];
}

/** The toggle's control that switches to `locale` (the single button, or one of a group). */
export function localeButton(page: ExamplePage, locale: string): HTMLButtonElement | undefined {
  const toggle = page.document.querySelector('nsiw-language-toggle');
  return examplePart(toggle, 'button').find((button) => button.lang === locale) as HTMLButtonElement | undefined;
}

export async function expectBuilt(path: string): Promise<void> {
  const response = await fetch(new URL(path, examplesUrl), { method: 'HEAD' });
  expect(response.ok, `examples/${path} is missing: run \`npm run build:examples\``).to.equal(true);
}
