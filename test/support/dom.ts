/**
 * The small DOM helpers the element tests share: what a node says, an element's parts, and waiting for a
 * feed element to settle. Each waits for what it reads; none waits for a time.
 */
import { oneEvent, waitUntil } from '@open-wc/testing';

/** An element that renders with Lit (or any element with an `updateComplete` promise). */
export type Rendering = Element & { readonly updateComplete: Promise<unknown> };

/** The text of `node` as a visitor reads it: white space folded, trimmed; `''` for no node. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible text of a link or button, without its visually hidden context (": event title"). */
export function visibleText(node: Node | null | undefined): string {
  const ownText = [...(node?.childNodes ?? [])].filter((child) => child.nodeType === Node.TEXT_NODE);
  return ownText
    .map((child) => child.textContent)
    .join('')
    .trim();
}

/** The first element of `element`'s shadow root that carries the part `name`, or null. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every element of `element`'s shadow root that carries the part `name`. */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The `aria-busy` of the element's base part: `'true'` while its feed loads. */
export function busy(element: Element): string | null {
  return part(element, 'base')!.getAttribute('aria-busy');
}

/**
 * Waits until `element` and every Lit element rendered inside it (the cards of a series) have finished
 * their pending updates.
 */
export async function rendered(element: Rendering): Promise<void> {
  await element.updateComplete;
  const inside = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((child): child is Rendering => 'updateComplete' in child);
  await Promise.all(inside.map(rendered));
}

/**
 * The feed element once it has left its loading state, whatever it ended in (`aria-busy="false"` on its
 * base part), and rendered that, with what it renders inside. Takes the element or a fixture's promise.
 */
export async function settled<T extends Rendering>(pending: T | Promise<T>): Promise<T> {
  const element = await pending;
  await waitUntil(() => element.shadowRoot?.querySelector('[part="base"][aria-busy="false"]'), `<${element.localName}> did not settle`, {
    timeout: 5000,
  });
  await rendered(element);
  return element;
}

/**
 * Waits for the element's next `nsiw-load` or `nsiw-error`, then for the render that follows it. Call it
 * before what makes the element load (a retry, a new `src`): an outcome that fired already does not count.
 */
export async function nextOutcome(element: Rendering): Promise<void> {
  await Promise.race([oneEvent(element, 'nsiw-load'), oneEvent(element, 'nsiw-error')]);
  await rendered(element);
}

/**
 * Records the URL of every `fetch` the page makes, passing each on to the real `fetch`, until `restore()`.
 */
export function recordFetches(): { requested: string[]; restore(): void } {
  const realFetch = window.fetch;
  const requested: string[] = [];
  window.fetch = (input, init) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  return { requested, restore: () => (window.fetch = realFetch) };
}
