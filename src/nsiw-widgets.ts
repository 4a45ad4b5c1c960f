/**
 * The CDN build: one module that registers every element. Lit is bundled in; translations, the feed's
 * validator and the other parts needed only later are loaded on demand from files next to this one. It
 * exports what `nsiw-widgets` exports but `validateFeed` (docs/embedding.md, "What the CDN module exports").
 */
export * from './elements.js';
export * from './core/api.js';
