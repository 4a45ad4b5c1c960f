import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

/**
 * WebKit, as Debian's WebKitGTK packages it (`webkit2gtk-driver`), driven through its WebDriver server
 * and its MiniBrowser. WebKitGTK has no headless mode, so the run needs a display: the test scripts run
 * under `xvfb-run` (package `xvfb`). The runner connects to a WebDriver server but does not start one
 * for WebKitGTK, so this does, and ends it with the run.
 */
const DRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A port nobody listens on, for the driver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on `port` yet. */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts WebKitGTK's WebDriver server and returns a launcher for the test runner that uses it. */
export async function webkitLauncher() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKitGTK needs a display: run the tests under `xvfb-run -a` (Debian package xvfb), as the npm scripts do.');
  }
  const port = await freePort();
  // An English browser, as Chromium and Firefox are here: WebKitGTK takes its languages from LANG, which
  // a bare environment sets to `C` (then `navigator.languages` is `['C']`).
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' } });
  const failed = new Promise((_, reject) => driver.once('error', reject));
  process.once('exit', () => driver.kill());
  for (let attempt = 0; !(await Promise.race([listening(port), failed])); attempt++) {
    if (attempt === 100) throw new Error(`${DRIVER} did not start listening on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return webdriverLauncher({
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
  });
}
