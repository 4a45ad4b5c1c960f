import { instantSpan, spanStatus, type SpanStatus } from '../time/dates.js';
import type { Workshop } from './schema.js';

/** Where a workshop stands at a moment, measured in its own zone: on its last day it is still ongoing. */
export function workshopStatus(workshop: Workshop, now: Date = new Date()): SpanStatus {
  return spanStatus(instantSpan(workshop.start, workshop.end, workshop.timeZone), now.getTime());
}

/**
 * How many workshops the series has: the feed lists them all, though an invalid one is left out, so a
 * number higher than the count (workshop 3 of a feed whose second was skipped) still counts.
 */
export function seriesLength(workshops: readonly Workshop[]): number {
  // A loop, not `Math.max(...numbers)`: spread arguments overflow the stack for some 100,000 workshops.
  return workshops.reduce((length, workshop) => Math.max(length, workshop.number ?? 0), workshops.length);
}

/** The workshops in series order: by number, then (and for those without one) by start. */
export function inSeriesOrder(workshops: readonly Workshop[]): Workshop[] {
  const start = (workshop: Workshop) => instantSpan(workshop.start, workshop.end, workshop.timeZone).start;
  return [...workshops].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || start(a) - start(b));
}
