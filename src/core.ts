/**
 * The shared code without any element (`nsiw-widgets/core.js`): the feed loader and validator, the
 * feed's types and errors, and the page-wide locale API. Importing it registers nothing, so a page or
 * bundle that only reads the feed, or drives the language of widgets loaded elsewhere, pays for no element.
 */
export * from './core/api.js';
export { validateFeed } from './core/validator/validate.js';
