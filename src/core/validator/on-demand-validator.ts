/**
 * The CDN build's `validator.ts`: the feed's validator as a chunk loaded on first use. Its load starts when
 * an element starts loading a feed (`FeedController`, `loadFeed`), so that it arrives while the feed is
 * fetched; an inline feed waits for it. A chunk that could not be loaded stays so until the page is
 * loaded again, as the other chunks do (Chromium and Firefox would not fetch it again anyway).
 */
import type { Validator } from './static-validator.js';
import { lazyModule } from '../lazy-module.js';

export const validator = lazyModule<Validator>(() => import('./validator-chunk.js'));
