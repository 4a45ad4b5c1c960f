/**
 * Work in slices: what reads a big feed (its parse, its validation, a list's order) holds the main thread
 * for {@link SLICE_MS} at most before it gives the event loop back (input, paint, other scripts).
 */
export const SLICE_MS = 8;

/**
 * A moment for the event loop: a task, after those already queued (input, a timer, another script's
 * work). Not `scheduler.yield()`: Chromium resumes its continuations ahead of every other task, so the
 * page's timers waited for the whole validation all the same. A message, not a timer: nested timers wait 4 ms each.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // An open port keeps Node's event loop alive: a server rendering the elements would never exit.
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
