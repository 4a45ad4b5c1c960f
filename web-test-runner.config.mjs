import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/support/browser.mjs';
import { hostPagesPlugin } from './test/host-pages/support/host-pages-plugin.mjs';
import { failureSummaryReporter } from './test/support/failure-summary-reporter.mjs';
import { faultServer } from './test/support/fault-server.mjs';
import { keyChordPlugin } from './test/support/key-chord-plugin.mjs';
import { nodeRenderedPagesPlugin } from './test/support/node-rendered-pages.mjs';
import { renderServer } from './test/support/render-server.mjs';
import { waterfallServer } from './test/support/waterfall-server.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';

// Browsers come from Debian's packages (.ci/run installs them); nothing is downloaded.
const launchers = {
  chromium: () =>
    puppeteerLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // Headless Firefox gives a page no window focus once earlier pages had input, and a page without
        // it gets key events but not the click that Enter or Space on a button causes. Test mode (as
        // Firefox's own test harnesses run) keeps the focus where the page puts it.
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
    }),
  webkit: webkitLauncher,
};

// WTR_BROWSERS="chromium webkit" (any of the three names) narrows a local run; `npm test` runs all three.
const wanted = Object.keys(launchers).filter((name) => !process.env.WTR_BROWSERS || process.env.WTR_BROWSERS.includes(name));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // press-keys: a key with modifiers held, in every engine (see the file); host pages: test/host-pages/;
  // pages a server renders (`NAME.server.mjs` beside `NAME.html`).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    keyChordPlugin(),
    hostPagesPlugin(),
    nodeRenderedPagesPlugin(),
  ],
  browsers: await Promise.all(wanted.map((name) => launchers[name]())),
  concurrency: 1,
  reporters: [defaultReporter(), failureSummaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  // Feeds that are slow, cut off, failing or redirected, for the fault tests; pages as a server renders them;
  // the CDN build with its translations held back (see the files).
  middleware: [faultServer, renderServer, waterfallServer],
  // FC_RUNS and FC_SEED (fast-check's number of runs and seed) reach the property tests as `window.FC_ENV`;
  // a long run may take a file past the runner's usual two minutes.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.FC_ENV = ${JSON.stringify({
      runs: process.env.FC_RUNS,
      seed: process.env.FC_SEED,
    }).replace(/</g, '\\u003c')}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  ...(process.env.FC_RUNS && { testsFinishTimeout: 60 * 60_000 }),
  // WTR_COVERAGE=0 skips coverage (and its threshold) when running a subset of the files. Chromium and
  // Firefox measure it; the WebDriver launcher (WebKit) collects none.
  coverage: process.env.WTR_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts', 'workbench/**/*.ts'],
    // The server renderer runs in Node (test/scripts/render.test.mjs), never in a browser.
    exclude: ['src/render/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 75 },
  },
};
