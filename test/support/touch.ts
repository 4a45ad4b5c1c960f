import { executeServerCommand } from '@web/test-runner-commands';

/** A finger taps the middle of `element`, as real touch input in every engine (see test/support/touch-plugin.mjs). */
export async function tap(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await executeServerCommand('tap', { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}
