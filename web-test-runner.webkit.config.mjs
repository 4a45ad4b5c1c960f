import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';

/**
 * The suite in a third engine: WebKit, as Debian's WebKitGTK packages it (`webkit2gtk-driver`), driven
 * through its WebDriver server and its MiniBrowser. WebKitGTK has no headless mode, so the run needs a
 * display: `npm run test:webkit` runs under `xvfb-run` (package `xvfb`).
 */
const DRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A port nobody listens on, for the driver. */
const port = await new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

// The runner connects to the driver; it does not start one for WebKitGTK, so this config does, and
// ends it with the run.
const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
process.once('exit', () => driver.kill());

/** Whether the driver accepts connections yet. */
const listening = () =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
for (let attempt = 0; !(await listening()); attempt++) {
  if (attempt === 100) throw new Error(`${DRIVER} did not start listening on port ${port}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Otherwise webdriverio 9 asks for WebDriver BiDi (`webSocketUrl`), and WebKitGTK's driver refuses
        // the session ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  ],
  // The WebDriver launcher collects no coverage; Chromium's run measures it.
  coverage: false,
};
