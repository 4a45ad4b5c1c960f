/**
 * What the feed's validator offers the elements (`core/loading/validator.ts`): `validate.ts`, and the feed
 * version a `.workshop` card wraps its workshop in, from here so that nothing of the schema is needed
 * before the validator (in the CDN build, a chunk of its own).
 */
export { validateFeed, validationSteps, warnProblems } from './validate.js';
export { FEED_VERSION } from './schema.js';
