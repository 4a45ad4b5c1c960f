/**
 * A long event list's two orders, worked out once per feed in slices that give the event loop back
 * (sorting 100 000 events in one render froze the page for a quarter of a second), and shared by every
 * `<nsiw-events>` reading the feed. A chunk of its own, loaded for long lists only.
 */
import type { FeedEvent } from '../core/feed/schema.js';
import { requireValidator } from '../core/validator/require-validator.js';
import { instantSpan } from '../core/time/dates.js';

/** Every event of a feed once, in an order; among equals, in the feed's order (as a stable sort leaves them). */
export interface SortedEvents {
  readonly events: readonly FeedEvent[];
  /** When each event ends (epoch ms), at the same position. */
  readonly ends: Float64Array;
}

/** A feed's events in the orders of `show`. */
export interface EventOrder {
  /** By start, soonest first: `upcoming` and `all`. */
  readonly byStart: SortedEvents;
  /** By end, latest first: `past`. */
  readonly byEndDescending: SortedEvents;
}

/** Positions sorted in place at once: well under a millisecond each. */
const RUN = 1024;

const orders = new WeakMap<readonly FeedEvent[], EventOrder>();
const ordering = new WeakMap<readonly FeedEvent[], Promise<EventOrder>>();

/** The orders of `events`, once {@link ordered} has worked them out. */
export function orderOf(events: readonly FeedEvent[]): EventOrder | undefined {
  return orders.get(events);
}

/** The orders of `events`, worked out in slices the first time they are asked for. */
export function ordered(events: readonly FeedEvent[]): Promise<EventOrder> {
  let order = ordering.get(events);
  if (!order) {
    order = inSlices(orderSteps(events)).then((result) => {
      orders.set(events, result);
      return result;
    });
    ordering.set(events, order);
  }
  return order;
}

async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  // The feed was validated, so the validator (with the slicing helpers) is at hand.
  const { SLICE_MS, yieldToEventLoop } = await requireValidator();
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    // After the last slice too: the list that waits for the order renders in a task of its own.
    if (step.done || performance.now() >= sliceEnd) {
      await yieldToEventLoop();
      sliceEnd = performance.now() + SLICE_MS;
    }
    if (step.done) return step.value;
  }
}

function* orderSteps(events: readonly FeedEvent[]): Generator<void, EventOrder> {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  for (let index = 0; index < events.length; index++) {
    // Not the list's cache of spans per event: 100 000 weak entries made each full garbage collection a long task.
    const { start, end, timeZone } = events[index]!;
    const span = instantSpan(start, end, timeZone);
    starts[index] = span.start;
    ends[index] = span.end;
    if (index % 64 === 63) yield;
  }
  // Ties broken by position in the feed: the order a stable sort gives.
  const byStart = yield* sortedPositions(events.length, (a, b) => starts[a]! - starts[b]! || a - b);
  const byEnd = yield* sortedPositions(events.length, (a, b) => ends[b]! - ends[a]! || a - b);
  return { byStart: yield* arranged(events, ends, byStart), byEndDescending: yield* arranged(events, ends, byEnd) };
}

/** The events at `positions`, in that order, and when each ends. */
function* arranged(events: readonly FeedEvent[], ends: Float64Array, positions: Uint32Array): Generator<void, SortedEvents> {
  const sorted: FeedEvent[] = [];
  const sortedEnds = new Float64Array(positions.length);
  for (let index = 0; index < positions.length; index++) {
    sorted.push(events[positions[index]!]!);
    sortedEnds[index] = ends[positions[index]!]!;
    if (index % 1024 === 1023) yield;
  }
  return { events: sorted, ends: sortedEnds };
}

/** The positions `0 … count - 1` in `compare`'s order: a bottom-up merge sort that yields every few thousand steps. */
function* sortedPositions(count: number, compare: (a: number, b: number) => number): Generator<void, Uint32Array> {
  let from = new Uint32Array(count);
  for (let index = 0; index < count; index++) from[index] = index;
  let to = new Uint32Array(count);
  for (let start = 0; start < count; start += RUN) {
    from.subarray(start, start + RUN).sort(compare);
    yield;
  }
  for (let width = RUN; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      for (let out = left, a = left, b = middle; out < right; out++) {
        to[out] = a < middle && (b >= right || compare(from[a]!, from[b]!) <= 0) ? from[a++]! : from[b++]!;
        if (out % 4096 === 4095) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
