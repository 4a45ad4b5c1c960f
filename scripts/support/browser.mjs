// Debian's Chromium, headless through puppeteer-core, as every script, benchmark and the test runner
// launch it: one place for the executable and the flags.
import puppeteer from 'puppeteer-core';

/** Debian's package (`.ci/run` installs it); `CHROMIUM_PATH` points elsewhere. Nothing is downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags of every headless Chromium of the project (web-test-runner.config.mjs uses them too): no
 * sandbox (containers run as root), no GPU, and no requests of its own to Google's servers.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/**
 * Launches that Chromium with {@link CHROMIUM_FLAGS} followed by `args`; every other option goes to
 * puppeteer's `launch()` as given (`defaultViewport`, `protocolTimeout` …).
 * @param {{ args?: string[] } & import('puppeteer-core').LaunchOptions} [options]
 */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: [...CHROMIUM_FLAGS, ...args],
  });
}
