import { FeedError } from '../feed/errors.js';
import { validator, type Validator } from './static-validator.js';

/** The feed's validator, once loaded; rejects with a FeedError (the element's error state) if it cannot be. */
export async function requireValidator(): Promise<Validator> {
  const loaded = validator.module ?? (await validator.load());
  if (!loaded) throw new FeedError('The feed could not be checked: its validator, a file beside nsiw-widgets.js, could not be loaded');
  return loaded;
}
