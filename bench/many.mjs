// Section 5: fifty elements on one page sharing one feed: how many requests, and how long until all are rendered.
import { benchmarkFeed, ms, msCells, openPage, sampleWorkshopId, summarize, table } from './harness.mjs';

const FEED = '/feed/many.json';
const EVENT_COUNT = 100;
const MANY = 50;

/** The four feed-driven elements in turn, `count` in all, every one naming the same feed URL. */
function elements(count, workshopId) {
  const kinds = [
    `<nsiw-events src="${FEED}" show="all" limit="5"></nsiw-events>`,
    `<nsiw-workshop-card src="${FEED}" workshop-id="${workshopId}"></nsiw-workshop-card>`,
    `<nsiw-workshop-series src="${FEED}"></nsiw-workshop-series>`,
    `<nsiw-info-tabs src="${FEED}"></nsiw-info-tabs>`,
  ];
  return Array.from({ length: count }, (_, index) => kinds[index % kinds.length]).join('\n');
}

const page = (count, workshopId) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${count} elements, one feed</title>
<script type="module" src="/dist/nsiw-widgets.js"></script>
<style>body { margin: 0 auto; max-width: 60rem; font: 16px/1.5 system-ui, sans-serif; }</style>
</head><body>
${elements(count, workshopId)}
</body></html>`;

/**
 * Runs in the page: waits until every element has rendered past loading with no update pending and the
 * frame after that has been painted; reports that moment and the feed's resource timing entries, all on
 * the page's clock (milliseconds from the start of navigation).
 */
async function collect({ count, feedPath }) {
  const { nextPaint, allSettled } = await import('/bench/browser/helpers.js');
  const tags = ['nsiw-events', 'nsiw-workshop-card', 'nsiw-workshop-series', 'nsiw-info-tabs'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const found = [...document.querySelectorAll(tags.join(','))];
  if (found.length !== count) throw new Error(`found ${found.length} elements, not ${count}`);
  await allSettled(found);
  await nextPaint();
  const renderedAt = performance.now();
  const feedEntries = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === feedPath);
  const problems = found.filter((element) => element.shadowRoot.querySelector('[part~="error"], [part~="empty"], [part~="not-found"]'));
  if (problems.length > 0) throw new Error(`${problems.length} elements show an error or nothing`);
  return { renderedAt, feedRequests: feedEntries.length, feedArrivedAt: feedEntries[0]?.responseEnd };
}

async function measurePage(browser, server, count, loads, workshopId) {
  const path = `/page/many-${count}.html`;
  server.page(path, page(count, workshopId));
  const rendered = [];
  const afterFeed = [];
  const cpu = [];
  const browserCounts = new Set();
  const serverCounts = new Set();
  for (let load = 0; load < loads; load++) {
    server.resetCounts();
    let metrics;
    const tab = await openPage(browser, `${server.origin}${path}`, {
      beforeNavigation: async (newTab) => {
        metrics = await newTab.createCDPSession();
        await metrics.send('Performance.enable');
      },
    });
    const result = await tab.evaluate(collect, { count, feedPath: FEED });
    // A new tab's renderer counts its main thread's CPU time from the start of the page.
    const threadMs = (await metrics.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
    cpu.push(threadMs);
    tab.assertNoErrors();
    await tab.close();
    rendered.push(result.renderedAt);
    afterFeed.push(result.renderedAt - result.feedArrivedAt);
    browserCounts.add(result.feedRequests);
    serverCounts.add(server.requests(FEED));
  }
  return {
    count,
    rendered: summarize(rendered),
    afterFeed: summarize(afterFeed),
    cpu: summarize(cpu),
    browserCounts: [...browserCounts],
    serverCounts: [...serverCounts],
  };
}

export async function manySection({ browser, server, loads }) {
  server.feed(FEED, benchmarkFeed(EVENT_COUNT));
  const workshopId = sampleWorkshopId();
  const few = await measurePage(browser, server, 4, loads, workshopId);
  const many = await measurePage(browser, server, MANY, loads, workshopId);
  console.log(
    `many: ${MANY} elements rendered at ${ms(many.rendered.median)} ms, 4 at ${ms(few.rendered.median)} ms; feed requests ${many.serverCounts}`,
  );

  const counts = (result) => `${result.serverCounts.join(' or ')} (browser: ${result.browserCounts.join(' or ')})`;
  const rows = [few, many].map((result) => [
    `${result.count} elements`,
    counts(result),
    ...msCells(result.rendered).slice(0, 3),
    ...msCells(result.afterFeed).slice(0, 3),
    ...msCells(result.cpu).slice(0, 2),
    String(result.rendered.n),
  ]);
  const markdown = `## 5. Cost of many

${MANY} elements on one page, all naming the same feed URL (${EVENT_COUNT} events, the sample feed's workshops and
tabs): \`<nsiw-events show="all" limit="5">\`, \`<nsiw-workshop-card>\`, \`<nsiw-workshop-series>\` and
\`<nsiw-info-tabs>\` in turn (13, 13, 12, 12), next to a page with one of each (4 elements). Each page is loaded
${loads} times, with the feed served \`no-store\` (so that no load is answered from the HTTP cache).

- **Requests** for the feed are counted twice: by the benchmark's server (every request that reached it
  during the load) and by the page's Resource Timing entries for the feed URL.
- **Time to all rendered**: \`performance.now()\` in the page (milliseconds from the start of navigation)
  once every element has left its loading state with no update pending (\`updateComplete\`) and the next
  frame has been painted (\`requestAnimationFrame\`, then a \`setTimeout\` task); "after the feed" subtracts
  the feed's \`responseEnd\`. Main-thread CPU is the new tab's renderer \`ThreadTime\` (as in section 2) at that moment:
  the whole page's work from its start, steadier than the wall clock on a shared machine.
- **Why the Performance API, not a Chromium trace**: the question is one count and one moment on the
  page's own clock; Resource Timing and \`performance.now()\` give both without the tracing overhead (which
  slows the very rendering measured) and without parsing a trace. tachometer (through chromedriver) times
  a whole page or one \`performance.mark\`, and would add nothing here that puppeteer-core does not.

${table(
  [
    'page',
    'feed requests per load',
    'all rendered, median',
    'IQR',
    'min–max',
    'after the feed, median',
    'IQR',
    'min–max',
    'main-thread CPU, median',
    'IQR',
    'loads',
  ],
  rows,
)}
`;
  const single = many.serverCounts.length === 1 && many.serverCounts[0] === 1 && many.browserCounts.every((count) => count === 1);
  const goals = [
    {
      goal: `${MANY} elements sharing one feed make 1 request`,
      met: single,
      figure: `${counts(many)} per load`,
    },
  ];
  return { markdown, goals, few, many };
}
