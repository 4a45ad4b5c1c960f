/**
 * What the feed's validator offers the elements (`core/loading/validator.ts`): `validate.ts`, the feed
 * version a `.workshop` card wraps its workshop in, and the rich-text parser, from here so that none of
 * them is needed before the validator (in the CDN build, a chunk of its own).
 */
export { validateFeed, validationSteps, warnProblems } from './validate.js';
export { FEED_VERSION } from './schema.js';
export { validateInSlices } from '../loading/validate-in-slices.js';
// The rich-text parser, which the validator checks links with and the elements render with (after validation).
export { parseRichText } from './rich-text.js';
