import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

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
