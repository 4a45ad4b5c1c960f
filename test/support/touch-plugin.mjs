/**
 * A test-runner command, `tap` ({ x, y }: a point of the test page's viewport, in CSS pixels): a finger
 * touches the screen there and lifts, as real input (touch and pointer events of pointer type `touch`,
 * then the click a tap makes). Chromium through the DevTools protocol's touch input (puppeteer's
 * touchscreen), Firefox through WebDriver BiDi's touch pointer actions (puppeteer's too), WebKit through
 * W3C WebDriver's touch pointer actions.
 *
 * Browser side: `tap()` in test/support/touch.ts.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function touchPlugin() {
  return {
    name: 'touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tap') return undefined;
      const x = Math.round(payload.x);
      const y = Math.round(payload.y);
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        await browser.getPage(session.id).touchscreen.tap(x, y);
        return true;
      }
      if (browser.type === 'webdriver') {
        await browser.driver.performActions([
          {
            type: 'pointer',
            id: 'finger',
            parameters: { pointerType: 'touch' },
            actions: [
              { type: 'pointerMove', duration: 0, x, y, origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pause', duration: 50 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
        await browser.driver.releaseActions();
        return true;
      }
      throw new Error(`tap is not supported for browser type ${browser.type}`);
    },
  };
}
