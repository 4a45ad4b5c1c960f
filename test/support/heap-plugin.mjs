/**
 * A test-runner command, `heap-used`: the bytes of JavaScript heap in use on the test's page after a full
 * garbage collection, where the browser tells it to the runner (Chromium, through the DevTools protocol),
 * and `false` where it does not (Firefox and WebKit: the runner reads `null` as a command nobody
 * handles), so that a test can still check what it can count.
 *
 * Browser side: `heapUsed()` in test/support/heap.ts.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  return {
    name: 'heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      const { browser } = session;
      if (browser.type !== 'puppeteer' || !browser.name.toLowerCase().includes('chrom')) return false;
      const cdp = await browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
