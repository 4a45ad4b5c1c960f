/**
 * The feed's validator (`core/validator/validator-chunk.ts`: validate.ts, with the schema and valibot) as the loading code reaches
 * it. Here it is a static import, at hand at once: the npm build, Node (`npm run validate-feed`, a server
 * rendering a `.workshop` card whole, which a hydrating page must then render the same) and the tests.
 * The CDN build replaces this module with `validator-on-demand.ts` (rollup.config.mjs,
 * `validatorOnDemand`), where the validator is a chunk of its own, a fifth of the entry's bytes.
 */
import * as validate from './validator-chunk.js';
import type { LazyModule } from '../lazy-module.js';

export type Validator = typeof validate;

export const validator: LazyModule<Validator> = { module: validate, load: () => Promise.resolve(validate) };
