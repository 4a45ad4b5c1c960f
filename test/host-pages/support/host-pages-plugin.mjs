/**
 * What the host-page tests (test/host-pages/) need from the test runner's side:
 *
 * - `/test/host-pages/tailwind.css`: Tailwind 3 as a site builds it (preflight and the utilities the page
 *   `pages/tailwind.html` uses), compiled on request by Tailwind's own PostCSS plugin.
 * - command `host-page-screenshot` ({ name, selector }): saves a PNG of the element `selector` (the
 *   host page's iframe) as `host-page-screenshots/<browser>/<name>.png` (git-ignored), to look at.
 * - command `host-page-viewport` ({ width, height }): the size of the test's window (the host page's
 *   iframe sits in it, and the mouse must reach every point of it).
 * - command `host-page-emulate` ({ media, forcedColors, colorScheme }): the browser's own emulation of
 *   print, forced colours or a dark preference, where the browser offers it (Chromium); answers whether
 *   it did, so that a test can fall back to applying the element's media rules itself.
 *
 * Browser side: test/host-pages/host-page.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOTS = join(root, 'host-page-screenshots');

async function tailwindCss() {
  const [{ default: postcss }, { default: tailwind }] = await Promise.all([import('postcss'), import('tailwindcss')]);
  const page = readFileSync(join(root, 'test/host-pages/pages/tailwind.html'), 'utf8');
  const result = await postcss([tailwind({ content: [{ raw: page, extension: 'html' }] })]).process(
    '@tailwind base;\n@tailwind components;\n@tailwind utilities;\n',
    { from: undefined },
  );
  return result.css;
}

function engineOf(browser) {
  const name = browser.name.toLowerCase();
  return name.includes('firefox') ? 'firefox' : name.includes('chrom') ? 'chromium' : 'webkit';
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function hostPagesPlugin() {
  let compiled;
  return {
    name: 'host-pages',
    async serve(context) {
      if (context.path !== '/test/host-pages/tailwind.css') return undefined;
      compiled ??= tailwindCss();
      return { body: await compiled, type: 'css' };
    },
    async executeCommand({ command, payload, session }) {
      if (!['host-page-screenshot', 'host-page-emulate', 'host-page-viewport'].includes(command)) return undefined;
      const { browser } = session;
      const puppeteer = browser.type === 'puppeteer';
      if (command === 'host-page-viewport') {
        // A window as large as the widest host page, so that the mouse reaches all of it.
        if (puppeteer) await browser.getPage(session.id).setViewport({ width: payload.width, height: payload.height });
        else await browser.driver.setWindowSize(payload.width, payload.height + 100);
        return true;
      }
      if (command === 'host-page-emulate') {
        // Firefox under puppeteer (WebDriver BiDi) emulates none of these; WebKitGTK's driver neither.
        if (!puppeteer || engineOf(browser) !== 'chromium') return false;
        const page = browser.getPage(session.id);
        await page.emulateMediaType(payload.media ?? null);
        await page.emulateMediaFeatures([
          { name: 'forced-colors', value: payload.forcedColors ?? '' },
          { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
        ]);
        return true;
      }
      const file = join(SCREENSHOTS, engineOf(browser), `${String(payload.name).replace(/[^\w.-]/g, '_')}.png`);
      mkdirSync(dirname(file), { recursive: true });
      if (puppeteer) {
        const page = browser.getPage(session.id);
        const clip = await page.evaluate((selector) => {
          const rect = document.querySelector(selector).getBoundingClientRect();
          return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
        }, payload.selector);
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
        return file;
      }
      if (browser.type === 'webdriver') {
        const png = await browser.takeScreenshot(session.id, `return document.querySelector(${JSON.stringify(payload.selector)})`);
        writeFileSync(file, png);
        return file;
      }
      throw new Error(`host-page-screenshot is not supported for browser type ${browser.type}`);
    },
  };
}
