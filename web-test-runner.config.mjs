import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { faultServer } from './test/support/fault-server.mjs';

// Browsers come from Debian's packages (.ci/run installs them); nothing is downloaded.
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  },
});

const firefox = puppeteerLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  },
});

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // WTR_BROWSERS=chromium (or firefox) narrows a local run; `npm test` always runs both.
  browsers: [chromium, firefox].filter((b) => !process.env.WTR_BROWSERS || process.env.WTR_BROWSERS.includes(b === chromium ? 'chromium' : 'firefox')),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Feeds that are slow, cut off, failing or redirected, for the fault tests (see the file).
  middleware: [faultServer],
  // FC_RUNS and FC_SEED (fast-check's number of runs and seed) reach the property tests as `window.FC_ENV`;
  // a long run may take a file past the runner's usual two minutes.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.FC_ENV = ${JSON.stringify({
      runs: process.env.FC_RUNS,
      seed: process.env.FC_SEED,
    }).replace(/</g, '\\u003c')}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  ...(process.env.FC_RUNS && { testsFinishTimeout: 60 * 60_000 }),
  // WTR_COVERAGE=0 skips coverage (and its threshold) when running a subset of the files.
  coverage: process.env.WTR_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 75 },
  },
};
