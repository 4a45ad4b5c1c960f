// Section 7: from navigation to the first event title painted on a phone-like profile (4× CPU throttling,
// slow 4G, cold cache), for the same five events three ways: as plain server HTML (the floor), as a page
// rendered by `nsiw-widgets/render` (which still loads the library), and by the library alone (the
// script-only embed). Goals: rendered ÷ plain ≤ 1.1 (HTML-first issue), script-only ÷ plain ≤ 3.0
// (performance issue).
import { benchmarkFeed, ms, summarize, table } from './harness.mjs';

const FEED = '/feed/phone.json';
const CPU_SLOWDOWN = 4;
/** Chrome DevTools' "Slow 4G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1e6) / 8, uploadThroughput: (0.675 * 1e6) / 8 };
const RENDERED_GOAL = 1.1;
const SCRIPT_ONLY_GOAL = 3.0;

const head = (title, extra) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>
${extra}
<style>body { margin: 0 auto; padding: 1rem; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif; }</style>
</head><body><h1>N-SIW</h1>`;

/** The bare embed: the library's module in the head, the element in the page. */
const SCRIPT_ONLY_PAGE = `${head('Phone benchmark: script only', '<script type="module" src="/dist/nsiw-widgets.js"></script>')}
<nsiw-events src="${FEED}" show="all" limit="5"></nsiw-events></body></html>`;

/**
 * Installed before any of the page's own scripts: resolves `window.firstTitlePainted` with the moment (ms
 * from the start of navigation) the frame that first shows an event title has been painted, whether the
 * title is in the page's HTML, in a declarative shadow root or rendered by the element. A
 * requestAnimationFrame callback runs just before a frame's style, layout and paint, and a task queued from
 * it runs after them (as `nextPaint` in browser/helpers.js).
 */
function watchFirstTitle() {
  const selector = '[part~="title"]';
  const title = () => document.querySelector(selector) ?? document.querySelector('nsiw-events')?.shadowRoot?.querySelector(selector);
  window.firstTitlePainted = new Promise((resolve) => {
    const check = () => {
      const found = title();
      if (found && found.getBoundingClientRect().height > 0) setTimeout(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** One load in a fresh browser context (nothing cached, no storage) with the phone's CPU and network. */
async function phoneLoad(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const session = await page.createCDPSession();
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await session.send('Network.emulateNetworkConditions', SLOW_4G);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluateOnNewDocument(watchFirstTitle);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(() => window.firstTitlePainted);
  } finally {
    await context.close();
  }
}

/** The list as the rendered page holds it (its markup in the declarative shadow root, without its styles). */
async function renderedList(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => document.querySelector('nsiw-events').shadowRoot.querySelector('[part~="list"]').outerHTML);
  } finally {
    await page.close();
  }
}

const bytes = (text) => Buffer.byteLength(text);

export async function phoneSection({ browser, server, loads }) {
  const feedText = benchmarkFeed(100);
  server.feed(FEED, feedText);
  const { renderPage } = await import('nsiw-widgets/render');
  const renderedPage = await renderPage(SCRIPT_ONLY_PAGE, {
    feed: JSON.parse(feedText),
    url: `${server.origin}/page/phone-rendered.html`,
    now: '2030-01-01T00:00:00Z',
  });
  const pages = { rendered: renderedPage, 'script-only': SCRIPT_ONLY_PAGE };
  server.page('/page/phone-rendered.html', renderedPage, { compress: true });
  server.page('/page/phone-script-only.html', SCRIPT_ONLY_PAGE, { compress: true });
  // The same five events as the rendered page holds them, as the page's own HTML, without the library.
  const listHtml = await renderedList(browser, `${server.origin}/page/phone-rendered.html`);
  pages.plain = `${head('Phone benchmark: plain HTML', '')}${listHtml}</body></html>`;
  server.page('/page/phone-plain.html', pages.plain, { compress: true });

  const painted = { plain: [], rendered: [], 'script-only': [] };
  // Interleaved, so that whatever else the machine does at a moment weighs on the three pages alike.
  for (let load = 0; load < loads; load++) {
    for (const name of Object.keys(painted)) painted[name].push(await phoneLoad(browser, `${server.origin}/page/phone-${name}.html`));
  }
  const stats = Object.fromEntries(Object.entries(painted).map(([name, values]) => [name, summarize(values)]));
  const ratio = (name) => stats[name].median / stats.plain.median;
  console.log(
    `phone: plain ${ms(stats.plain.median)} ms, rendered ${ms(stats.rendered.median)} ms (${ratio('rendered').toFixed(2)}×), script only ${ms(stats['script-only'].median)} ms (${ratio('script-only').toFixed(2)}×)`,
  );

  const row = (label, name) => [
    label,
    `**${ms(stats[name].median)} ms**`,
    name === 'plain' ? '1' : `${ratio(name).toFixed(2)}×`,
    `${ms(stats[name].q1)}–${ms(stats[name].q3)}`,
    `${ms(stats[name].min)}–${ms(stats[name].max)}`,
    String(stats[name].n),
    `${(bytes(pages[name]) / 1024).toFixed(1)} KiB`,
  ];
  const markdown = `## 7. Phone-like profile

Navigation to the first event title painted, each load in a new browser context (cold cache: nothing
stored, the cache disabled), with Chromium's CPU slowed ${CPU_SLOWDOWN}× (\`Emulation.setCPUThrottlingRate\`) and DevTools'
"Slow 4G" network (\`Network.emulateNetworkConditions\`: ${SLOW_4G.latency} ms round trip,
${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down). Every page is \`<html lang="nb">\` with
\`<nsiw-events show="all" limit="5">\` of a 100-event feed by URL, or the same five events:

- **plain HTML**: the five events as the page's own markup (the list the rendered page holds, without
  its styles and without the library): the floor;
- **rendered**: the script-only page run through \`renderPage\` (\`nsiw-widgets/render\`) with the feed: the
  list in a declarative shadow root, with its styles; the page still loads the library, which takes over;
- **script only**: the library's module in the head and the element, which fetches its feed.

"Painted" is the frame that first has an event title in it (a script installed before the page's own
checks each frame; the moment is taken after that frame's paint). The loads are interleaved (plain,
rendered, script only, and again). Pages are sent compressed (brotli); the library's files come
uncompressed from the benchmark's server.

${table(
  ['page', 'first event title painted, median', '÷ plain', 'IQR', 'min–max', 'loads', 'page (uncompressed)'],
  [
    row('plain server HTML (the floor)', 'plain'),
    row('rendered by `nsiw-widgets/render` (+ library)', 'rendered'),
    row('`<nsiw-events>` by script only (CDN build + feed)', 'script-only'),
  ],
)}
`;
  const figure = (name) =>
    `${ratio(name).toFixed(2)}× (${ms(stats[name].median)} vs ${ms(stats.plain.median)} ms, medians of ${stats[name].n} interleaved loads)`;
  const goals = [
    {
      goal: `Phone profile, first event title painted: rendered page ÷ plain HTML ≤ ${RENDERED_GOAL}× (HTML-first issue)`,
      met: ratio('rendered') <= RENDERED_GOAL,
      figure: figure('rendered'),
      reason:
        ratio('rendered') <= RENDERED_GOAL
          ? undefined
          : `the rendered page is ${(bytes(renderedPage) / 1024).toFixed(1)} KiB against ${(bytes(pages.plain) / 1024).toFixed(1)} KiB (the list's styles travel with it)`,
    },
    {
      goal: `Phone profile, first event title painted: script-only embed ÷ plain HTML ≤ ${SCRIPT_ONLY_GOAL}× (performance issue)`,
      met: ratio('script-only') <= SCRIPT_ONLY_GOAL,
      figure: figure('script-only'),
      reason:
        ratio('script-only') <= SCRIPT_ONLY_GOAL
          ? undefined
          : 'the script-only page waits for the library, its chunks and the feed, one round trip after another, before it can show an event',
    },
  ];
  return { markdown, goals, results: stats };
}
