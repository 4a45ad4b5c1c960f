import { executeServerCommand } from '@web/test-runner-commands';

/** The page's JavaScript heap in use after a full garbage collection, in bytes; `null` where the browser does not tell (see heap-plugin.mjs). */
export async function heapUsed(): Promise<number | null> {
  const used = await executeServerCommand<number | false, undefined>('heap-used');
  return used === false ? null : used;
}
