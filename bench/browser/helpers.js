// In-page helpers of the benchmark pages (served at /bench/browser/helpers.js).

/**
 * Resolves once the frame after this call has been rendered: a requestAnimationFrame callback runs just
 * before the browser's style, layout and paint of a frame, and a task queued from it runs after them.
 */
export function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Whether an `nsiw-` element has left its loading state (its base no longer `aria-busy="true"`). */
export function isSettled(element) {
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  return base !== null && base !== undefined && base.getAttribute('aria-busy') !== 'true';
}

/**
 * Resolves when every element has rendered past its loading state and has no update pending. Elements
 * still loading (a feed or a chunk in flight) are waited for frame by frame, which is as soon as the
 * result can be painted anyway.
 */
export async function allSettled(elements) {
  for (;;) {
    const done = await Promise.all(elements.map((element) => element.updateComplete));
    if (done.every(Boolean) && elements.every(isSettled)) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Collects garbage between runs when the browser allows it (`--js-flags=--expose-gc`), so that no run pays for an earlier one. */
export function collectGarbage() {
  globalThis.gc?.();
}
