/**
 * What the feed's validator offers the elements (`core/validator/static-validator.ts`): `validate.ts`, the feed
 * version a `.workshop` card wraps its workshop in, and the rich-text parser, from here so that none of
 * them is needed before the validator (in the CDN build, a chunk of its own).
 */
export { validateFeed, validationSteps, warnProblems } from './validate.js';
export { FEED_VERSION } from '../feed/schema.js';
export { validateInSlices } from './validate-in-slices.js';
// The slicing helpers, which the big feeds' chunks take from here: in the CDN build they then travel in the
// validator's chunk (loaded whenever a feed is), where a chunk of their own, of 169 B, was fetched only
// after it, one more round trip (562 ms on the phone profile's network).
export { SLICE_MS, yieldToEventLoop } from './slices.js';
// The rich-text parser, which the validator checks links with and the elements render with (after validation).
export { parseRichText } from '../feed/rich-text.js';
