/**
 * The CDN build: one module that registers every element. Lit is bundled in; translations are loaded
 * lazily from files next to this one.
 */
export * from './index.js';
