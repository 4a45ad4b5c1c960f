// Section 7: from navigation to the list painted on a phone-like profile (4× CPU throttling, slow 4G,
// cold cache), against the same content as plain server HTML. No goal yet: measured and reported.
import { benchmarkFeed, ms, summarize, table } from './harness.mjs';

const FEED = '/feed/phone.json';
const CPU_SLOWDOWN = 4;
/** Chrome DevTools' "Slow 4G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1e6) / 8, uploadThroughput: (0.675 * 1e6) / 8 };

const head = (title, extra) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>
${extra}
<style>body { margin: 0 auto; padding: 1rem; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif; }</style>
</head><body><h1>N-SIW</h1>`;

const ELEMENT_PAGE = `${head('Phone benchmark: element', '<script type="module" src="/dist/nsiw-widgets.js"></script>')}
<nsiw-events src="${FEED}" show="all" limit="5"></nsiw-events></body></html>`;

/** Runs in the element's page: the moment the list has been painted (ms from the start of navigation). */
async function listPainted() {
  const { allSettled, nextPaint } = await import('/bench/browser/helpers.js');
  await customElements.whenDefined('nsiw-events');
  const element = document.querySelector('nsiw-events');
  await allSettled([element]);
  await nextPaint();
  return { painted: performance.now(), html: element.shadowRoot.querySelector('[part~="list"]').outerHTML };
}

/** Runs in the plain page: its first contentful paint, when the list (all of its content) appeared. */
async function htmlPainted() {
  const [paint] = await new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntriesByName('first-contentful-paint');
      if (entries.length > 0) resolve(entries);
    }).observe({ type: 'paint', buffered: true });
  });
  return { painted: paint.startTime };
}

/** One load in a fresh browser context (nothing cached, no storage) with the phone's CPU and network. */
async function phoneLoad(browser, url, measure) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const session = await page.createCDPSession();
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    await session.send('Network.emulateNetworkConditions', SLOW_4G);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await page.evaluate(measure);
  } finally {
    await context.close();
  }
}

export async function phoneSection({ browser, server, loads }) {
  server.feed(FEED, benchmarkFeed(100));
  server.page('/page/phone-element.html', ELEMENT_PAGE);
  const element = [];
  let listHtml = '';
  for (let load = 0; load < loads; load++) {
    const result = await phoneLoad(browser, `${server.origin}/page/phone-element.html`, listPainted);
    element.push(result.painted);
    listHtml = result.html;
  }
  // The same list as the element rendered it (its markup, Lit's comments included), served in the page.
  server.page('/page/phone-html.html', `${head('Phone benchmark: plain HTML', '')}${listHtml}</body></html>`);
  const plain = [];
  for (let load = 0; load < loads; load++)
    plain.push((await phoneLoad(browser, `${server.origin}/page/phone-html.html`, htmlPainted)).painted);
  const [elementStats, plainStats] = [summarize(element), summarize(plain)];
  console.log(`phone: element ${ms(elementStats.median)} ms, plain HTML ${ms(plainStats.median)} ms`);
  const markdown = `## 7. Phone-like profile

Navigation to the list painted, each load in a new browser context (cold cache: nothing stored, the
cache disabled), with Chromium's CPU slowed ${CPU_SLOWDOWN}× (\`Emulation.setCPUThrottlingRate\`) and DevTools'
"Slow 4G" network (\`Network.emulateNetworkConditions\`: ${SLOW_4G.latency} ms round trip,
${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down). The element's page loads the CDN build and
\`<nsiw-events show="all" limit="5">\` with a 100-event feed by URL; "painted" is the frame after the
element has settled (as in section 2). The plain page holds the same five events as server HTML (the
element's rendered markup, without its styles): its first contentful paint. No goal yet.

${table(
  ['page', 'list painted, median', 'IQR', 'min–max', 'loads'],
  [
    [
      '`<nsiw-events>` (CDN build + feed)',
      `**${ms(elementStats.median)} ms**`,
      `${ms(elementStats.q1)}–${ms(elementStats.q3)}`,
      `${ms(elementStats.min)}–${ms(elementStats.max)}`,
      String(element.length),
    ],
    [
      'plain server HTML (the floor)',
      `**${ms(plainStats.median)} ms**`,
      `${ms(plainStats.q1)}–${ms(plainStats.q3)}`,
      `${ms(plainStats.min)}–${ms(plainStats.max)}`,
      String(plain.length),
    ],
  ],
)}
`;
  return { markdown, goals: [], results: { element: elementStats, plain: plainStats } };
}
