import { expect, waitFor } from 'storybook/test';

/**
 * The moment every story measures "upcoming" and "past" from, so that a story shows the same events
 * whatever day a designer opens it: the sample feed's 2027 events stay upcoming, its 2023–2024 ones past.
 */
export const STORY_NOW = new Date('2026-11-25T12:00:00+01:00');

/**
 * Waits until every feed-reading element in the story (events, info tabs, workshop cards) has left its
 * loading state (the feed arrived or failed), so that the accessibility scan that follows each story
 * checks what a visitor finally sees.
 */
export async function feedSettled(canvasElement: HTMLElement): Promise<void> {
  const elements = [...canvasElement.querySelectorAll('nsiw-events, nsiw-info-tabs, nsiw-workshop-card')];
  await waitFor(() => {
    for (const element of elements) {
      expect(element.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy')).toBe('false');
    }
  });
}

/**
 * Makes every request for `url` hang until it is aborted, on any host (the dev server or a static copy
 * of the built Storybook), so that a story can show the loading state. Returns the function that undoes it.
 */
export function holdRequests(url: string): () => void {
  const heldUrl = new URL(url, document.baseURI).href;
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const requestedUrl = new URL(request ? request.url : String(input), document.baseURI).href;
    if (requestedUrl !== heldUrl) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      const signal = init?.signal ?? request?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}

/**
 * The `<script type="application/json">` child that holds an inline feed. Built as a DOM node because a
 * Lit template cannot bind into a script's text.
 */
export function inlineFeed(feed: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(feed);
  return script;
}
