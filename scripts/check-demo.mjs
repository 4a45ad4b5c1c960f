// Checks the demo page (`npm start`'s page, demo/index.html) and the workbench as visitors see them, from
// the built `dist/`, in Chromium: at 1280 px and at a 360 px phone, every widget settles, nothing is wider
// than the window, the page logs no error (the strict Content-Security-Policy it is served with included)
// beyond its example of a missing feed, its own text follows the language toggle, and each screenshot
// matches its committed baseline
// (scripts/support/visual.mjs): the whole page in test/screenshots/demo/, and the first screen of the
// demo on both widths and of the workbench as the README shows them, in docs/images/. The clock is held
// at DEMO_NOW, so that what is upcoming stays upcoming.
//
// Usage: node scripts/check-demo.mjs [--out demo-screenshots] [--update]
// Screenshots, and a `.diff.png` beside each that differs from its baseline, go to --out; --update writes
// the baselines instead (`npm run update-screenshots`). Exit status 1 when anything failed, with the list.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_SECURITY_POLICY } from './support/content-security-policy.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { fixedOrigin, launchForScreenshots, ScreenshotComparison, steadyPage, wholePageScreenshot } from './support/visual.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'demo-screenshots' },
    update: { type: 'boolean', default: false },
  },
});

/** The moment the pages take as now: the sample feed's 2027 workshop and events are still to come. */
const DEMO_NOW = '2026-11-25T12:00:00+01:00';
/** The demo's example of a feed that is not there, whose failure the page reports by design. */
const MISSING_FEED = '/demo/missing.json';
const SETTLE_TIMEOUT_MS = 15_000;

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

for (const file of ['dist/nsiw-widgets.js', 'dist/workbench/index.html']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}

const outDir = resolve(ROOT, options.out);
rmSync(outDir, { recursive: true, force: true });
const wholePages = new ScreenshotComparison({ baselineDir: join(ROOT, 'test/screenshots/demo'), outDir, update: options.update });
const readmeImages = new ScreenshotComparison({
  baselineDir: join(ROOT, 'docs/images'),
  outDir: join(outDir, 'readme'),
  update: options.update,
});

/** Runs in the page before its scripts: `Date` tells the time as if it were `now` (ms), and goes on ticking. */
function holdClockAt(now) {
  const RealDate = Date;
  const offset = now - RealDate.now();
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }

    static now() {
      return RealDate.now() + offset;
    }
  };
}

/**
 * Runs in the page: waits until every `nsiw-` widget (those inside other widgets too) has its feed or
 * its failure (`loaded`), has rendered it and shows no loading line (a widget keeps it while a chunk its
 * content needs is on its way), then for the fonts and two frames.
 */
async function settle(timeout) {
  const widgetsIn = (node) =>
    [...node.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('nsiw-'))
      .flatMap((widget) => [widget, ...(widget.shadowRoot ? widgetsIn(widget.shadowRoot) : [])]);
  const busy = () => widgetsIn(document).filter((widget) => widget.shadowRoot?.querySelector('[aria-busy="true"]'));
  const deadline = Date.now() + timeout;
  await Promise.all([...new Set(widgetsIn(document).map((widget) => customElements.whenDefined(widget.localName)))]);
  for (;;) {
    const widgets = widgetsIn(document);
    const loaded = Promise.all(widgets.map((widget) => Promise.resolve(widget.loaded).catch(() => {})));
    await Promise.race([loaded, new Promise((late) => setTimeout(late, Math.max(0, deadline - Date.now())))]);
    const updated = await Promise.all(widgets.map((widget) => widget.updateComplete));
    if (updated.every(Boolean) && busy().length === 0 && widgetsIn(document).length === widgets.length) break;
    if (Date.now() > deadline)
      return `still loading after ${timeout / 1000} s: ${busy()
        .map((widget) => `<${widget.localName}>`)
        .join(', ')}`;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  await document.fonts.ready;
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  return undefined;
}

/** Runs in the page: what is wider than the window or than its own box (see check-storybook.mjs). */
function overflows() {
  const found = [...document.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('nsiw-') && element.scrollWidth > element.clientWidth + 1)
    .map((widget) => `<${widget.localName}> is ${widget.scrollWidth} px wide in its ${widget.clientWidth} px box`);
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`the page is ${page.scrollWidth} px wide in a ${page.clientWidth} px window`);
  return found;
}

const server = await startStaticServer({
  folders: { '/': ROOT },
  index: true,
  headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
});
const { origin, hostRule } = fixedOrigin('demo', server.origin);
const browser = await launchForScreenshots({ args: [`--host-resolver-rules=${hostRule}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });

/**
 * Opens `path` at `width` in a fresh window, settled; `failures` collects what the page reports as wrong.
 * Requests for the missing feed (the demo's error example) and what the library logs about it are expected.
 * `storage` is put in the page's `localStorage` before it loads.
 */
async function open(path, { width, height }, failures, storage = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await steadyPage(page, [{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.evaluateOnNewDocument(holdClockAt, Date.parse(DEMO_NOW));
  await page.evaluateOnNewDocument((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const expected = (url) => url.endsWith(MISSING_FEED);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().includes(MISSING_FEED) || expected(message.location()?.url ?? '')) return;
    failures.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`uncaught: ${error.message ?? error}`));
  page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url())) failures.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const unsettled = await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  if (unsettled) failures.push(unsettled);
  return { page, close: () => context.close() };
}

/**
 * The page's own text follows the language toggle: a click on English turns `<html lang>`, the visible
 * heading and the title to English, and the widgets with them. Returns what did not.
 * @param {import('puppeteer-core').Page} page
 */
async function switchesToEnglish(page) {
  await page.evaluate(() => document.querySelector('nsiw-language-toggle').shadowRoot.querySelector('button[lang="en"]').click());
  await page.waitForFunction(() => document.documentElement.lang === 'en', { timeout: SETTLE_TIMEOUT_MS });
  await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  const shown = await page.evaluate(() => ({
    heading: document.querySelector('h1').innerText.trim(),
    title: document.title,
    list: document.querySelector('nsiw-events').shadowRoot.querySelector('[part~="base"]').lang,
  }));
  const wanted = {
    heading: 'Street-level integration work in the Nordic countries',
    title: 'Street-level integration work in the Nordic countries – N-SIW',
    list: 'en',
  };
  return Object.entries(wanted)
    .filter(([key, value]) => shown[key] !== value)
    .map(([key, value]) => `after a click on English, the ${key} is "${shown[key]}", not "${value}"`);
}

const results = [];
const started = Date.now();
try {
  for (const size of WIDTHS) {
    const failures = [];
    const { page, close } = await open('/demo/', size, failures);
    failures.push(...(await page.evaluate(overflows)));
    failures.push(...readmeImages.check(`demo-${size.name}`, await page.screenshot()));
    failures.push(...wholePages.check(`demo-${size.width}`, await wholePageScreenshot(page)));
    if (size.name === 'phone') failures.push(...(await switchesToEnglish(page)));
    await close();
    results.push({ label: `demo page at ${size.width} px`, failures });
  }
  // The sample feed as the editor's text kept from an earlier visit: the workbench then shows it without a
  // status line, whose "Opened …" may be written before the page's translations have arrived.
  const failures = [];
  const sampleFeed = readFileSync(join(ROOT, 'demo/feed.json'), 'utf8');
  const { page, close } = await open('/dist/workbench/', WIDTHS[0], failures, { 'nsiw-workbench:feed': sampleFeed });
  await page.waitForFunction(() =>
    document.querySelector('nsiw-workbench')?.shadowRoot?.querySelector('#check-summary')?.textContent.trim(),
  );
  failures.push(...readmeImages.check('workbench', await page.screenshot()));
  await close();
  results.push({ label: 'workbench', failures });
} finally {
  await browser.close();
  await server.close();
}
const leftovers = [...wholePages.leftovers(), ...readmeImages.leftovers()];
if (leftovers.length > 0) results.push({ label: 'baselines', failures: leftovers });

for (const { label, failures } of results) console.log(`${failures.length === 0 ? 'ok  ' : 'FAIL'} ${label}`);
console.log(
  `\nChecked the demo page and the workbench in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${options.out}/.`,
);
const written = [...wholePages.written, ...readmeImages.written];
if (options.update) console.log(`Baselines written: ${written.length ? `\n  ${written.join('\n  ')}` : 'none (all matched)'}`);
const failed = results.filter((result) => result.failures.length > 0);
if (failed.length > 0) {
  console.error(`\n${failed.length} failed:`);
  for (const { label, failures } of failed) {
    console.error(`\n${label}`);
    for (const failure of [...new Set(failures)]) console.error(`  - ${failure}`);
  }
  process.exit(1);
}
console.log('All passed.');
