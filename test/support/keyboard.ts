import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses a key as the visitor does, with any modifiers held down while it is pressed: `'ArrowRight'`,
 * `'Shift+Tab'`, `'Control+ArrowRight'`. Real input in Chromium, Firefox and WebKit alike (see
 * test/support/key-chord-plugin.mjs).
 */
export async function pressKeys(keys: string): Promise<void> {
  await executeServerCommand('press-keys', { keys });
}
