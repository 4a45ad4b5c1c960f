/**
 * The feed's validation in slices: part of the validator (`core/validator/validator-chunk.ts`), so that in the
 * CDN build it travels in the validator's chunk rather than the entry.
 */
import { validationSteps, type ValidatedFeed } from './validate.js';
import { SLICE_MS, yieldToEventLoop } from './slices.js';

/**
 * `validateFeed` in slices of {@link SLICE_MS}, giving the event loop back between them: a feed of
 * 10 000 events takes a few hundred milliseconds to read, which in one task would freeze the page.
 */
export async function validateInSlices(document: unknown, feedUrl: string): Promise<ValidatedFeed> {
  const steps = validationSteps(document, feedUrl);
  let sliceEnd = performance.now() + SLICE_MS;
  for (let item = 1; ; item++) {
    const step = steps.next();
    if (step.done) return step.value;
    // The clock every 16 items (some 0.3 ms), not after each.
    if (item % 16 !== 0 || performance.now() < sliceEnd) continue;
    await yieldToEventLoop();
    sliceEnd = performance.now() + SLICE_MS;
  }
}
