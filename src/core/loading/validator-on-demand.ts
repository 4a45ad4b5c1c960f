/**
 * The CDN build's `validator.ts`: the feed's validator as a chunk loaded on first use. Its load starts when
 * an element starts loading a feed (`FeedController`, `loadFeed`), so that it arrives while the feed is
 * fetched; an inline feed waits for it.
 */
import type { Validator } from './validator.js';
import { lazyModule, type LazyModule } from './lazy-module.js';

const importValidator = (): Promise<Validator> => import('../feed/validator-module.js');
let chunk = lazyModule(importValidator);

/** After a failure, the next `load()` (an element's "Try again") asks for the chunk again. */
export const validator: LazyModule<Validator> = {
  get module() {
    return chunk.module;
  },
  load() {
    if (chunk.module === null) chunk = lazyModule(importValidator);
    return chunk.load();
  },
};
