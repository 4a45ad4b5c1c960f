// Section 2: from feed in hand to painted list, <nsiw-events show="all"> against a hand-written list.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkFeed, ms, msCells, openPage, summarize, table, threadTimer } from './harness.mjs';
import { functionShares, profile, profileMarkdown } from './profile.mjs';

/**
 * Events in the feed, `limit` (null: none) and `page-size` (null: the default, 50 events at first); the
 * big feeds as a page would show them (20, or the first page) and, for 1,000, all at once; `cost` picks
 * how many runs a case gets (the larger, the fewer, to keep the whole benchmark short). The baseline
 * shows as many events as the element does: the same list on the screen.
 */
const CASES = [
  { events: 10, limit: null, pageSize: null, cost: 'small' },
  { events: 100, limit: null, pageSize: null, cost: 'small' },
  { events: 1_000, limit: 20, pageSize: null, cost: 'small' },
  { events: 1_000, limit: null, pageSize: null, cost: 'small' },
  { events: 1_000, limit: null, pageSize: 1_000, cost: 'large' },
  { events: 10_000, limit: 20, pageSize: null, cost: 'large' },
  { events: 10_000, limit: null, pageSize: null, cost: 'large' },
];
/** What the element shows by default before "Show more events". */
const DEFAULT_PAGE_SIZE = 50;
const GOAL_RATIO = 1.5;
/** What was tried against the render goals, and what the profile leaves. */
const TRIED =
  'Tried: validation in 8 ms slices (it then no longer blocks, but still counts here, since the list waits for it), ' +
  "zone offsets and spans remembered, known zones kept in a set, a schema's nested and rich-text members found once, " +
  'rich text without `](` not parsed for links, each item copied and frozen in one walk (together some 15 % of the ' +
  'validation). Even without any validation the element is about 1.4–1.9× here: the goal needs the first page shown ' +
  'from the items it shows, validated first, with the rest of the feed checked after it (not done).';
/** Functions whose total time explains a missed goal: validation, zone arithmetic, dates, calendar files, Lit's DOM work. */
const EXPLAINING_FUNCTIONS = ['validateFeed', 'instantSpan', 'zoneOffset', 'formatWhen', 'renderActions', 'toICalendar', 'selectEvents'];
/** Runs before the measured ones, so that the engine has compiled the code and loaded the chunks. */
const WARM_UP_RUNS = { small: 3, large: 2 };
const PROFILED_EVENTS = 1_000;
const PROFILED_RUNS = 3;

const PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Render benchmark</title>
<script type="module" src="/dist/nsiw-widgets.js"></script>
<style>body { margin: 0 auto; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif; }</style>
</head><body><main id="stage"></main></body></html>`;

/**
 * Runs in the page, once: prepares `window.benchRender(name)`, which times one run of `element`,
 * `vanilla` or `validation`. Each run puts the feed's JSON text in an inline `<script type="application/json">`
 * (the feed "in hand": no network), then times from appending the list to the page until the frame after
 * it has been painted. The element's time covers parsing, validating, sorting and rendering; the
 * baseline's parsing, sorting and rendering.
 */
async function setUp({ feedUrl, limit, pageSize, expected, validatorUrl }) {
  const { nextPaint, allSettled, collectGarbage } = await import('/bench/browser/helpers.js');
  const { renderVanillaList } = await import('/bench/browser/vanilla-list.js');
  const { validateFeed } = await import(validatorUrl);
  await customElements.whenDefined('nsiw-events');
  const feedText = await (await fetch(feedUrl)).text();
  const stage = document.getElementById('stage');
  const inlineFeed = () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feedText;
    return script;
  };

  const implementations = {
    async element() {
      const list = document.createElement('nsiw-events');
      list.setAttribute('show', 'all');
      if (limit !== null) list.setAttribute('limit', String(limit));
      if (pageSize !== null) list.setAttribute('page-size', String(pageSize));
      list.append(inlineFeed());
      const loaded = new Promise((resolve, reject) => {
        list.addEventListener('nsiw-load', resolve, { once: true });
        list.addEventListener('nsiw-error', (event) => reject(event.detail.error), { once: true });
      });
      const start = performance.now();
      stage.append(list);
      await loaded;
      await allSettled([list]);
      await nextPaint();
      return { duration: performance.now() - start, items: list.shadowRoot.querySelectorAll('[part~="event"]').length };
    },
    async vanilla() {
      const host = document.createElement('div');
      host.append(inlineFeed());
      const start = performance.now();
      stage.append(host);
      const items = renderVanillaList(host, JSON.parse(host.firstChild.textContent), expected);
      await nextPaint();
      return { duration: performance.now() - start, items };
    },
    /** The element's validation alone, for the breakdown (no DOM). */
    async validation() {
      const document = JSON.parse(feedText);
      const start = performance.now();
      const result = validateFeed(document, location.href);
      return { duration: performance.now() - start, items: Math.min(result.feed.events.length, expected) };
    },
  };
  /** Empties the stage, collects garbage and lets a frame paint, so that no run pays for the one before. */
  window.benchReset = async () => {
    stage.replaceChildren();
    collectGarbage();
    await nextPaint();
  };
  window.benchRender = async (name) => {
    const { duration, items } = await implementations[name]();
    if (items !== expected) throw new Error(`${name} showed ${items} events, not ${expected}`);
    return duration;
  };
}

/** Runs every implementation `warmUpRuns + runs` times, alternating which goes first; wall clock and main-thread CPU. */
async function measure(tab, { runs, warmUpRuns }) {
  const timeThread = await threadTimer(tab);
  const wall = { element: [], vanilla: [], validation: [] };
  const cpu = { element: [], vanilla: [], validation: [] };
  for (let run = 0; run < warmUpRuns + runs; run++) {
    const order = run % 2 === 0 ? ['element', 'vanilla', 'validation'] : ['vanilla', 'element', 'validation'];
    for (const name of order) {
      await tab.evaluate(() => window.benchReset());
      const { result, ms: threadMs } = await timeThread(() => tab.evaluate((implementation) => window.benchRender(implementation), name));
      if (run >= warmUpRuns) {
        wall[name].push(result);
        cpu[name].push(threadMs);
      }
    }
  }
  await tab.evaluate(() => window.benchReset());
  return { wall, cpu };
}

/**
 * The element's own validator: the CDN build's chunk of it (the entry exports no `validateFeed`), which
 * imports the rest from the entry the page has loaded.
 */
function validatorUrl(distDirectory) {
  const chunk = readdirSync(join(distDirectory, 'chunks')).find((name) => /^validator-module-[\w-]+\.js$/.test(name));
  if (!chunk) throw new Error(`no validator chunk in ${distDirectory}/chunks: run \`npm run build\` first`);
  return `/dist/chunks/${chunk}`;
}

/** Every case on a fresh page; returns the section's Markdown and its goal rows. */
export async function renderSection({ browser, server, distDirectory, runs }) {
  server.page('/page/render.html', PAGE);
  const results = [];
  for (const { events, limit, pageSize, cost } of CASES) {
    const feedUrl = `/feed/render-${events}.json`;
    server.feed(feedUrl, benchmarkFeed(events));
    const tab = await openPage(browser, `${server.origin}/page/render.html`);
    const expected = Math.min(events, limit ?? pageSize ?? DEFAULT_PAGE_SIZE);
    await tab.evaluate(setUp, { feedUrl, limit, pageSize, expected, validatorUrl: validatorUrl(distDirectory) });
    const { wall, cpu } = await measure(tab, { runs: runs[cost], warmUpRuns: WARM_UP_RUNS[cost] });
    // Where the element's time goes, for the feed size the goal names.
    const cpuProfile =
      events === PROFILED_EVENTS && pageSize === null
        ? await profile(tab, distDirectory, {
            prepare: () => tab.evaluate(() => window.benchReset()),
            call: () => tab.evaluate(() => window.benchRender('element')),
            repetitions: PROFILED_RUNS,
          })
        : undefined;
    tab.assertNoErrors();
    await tab.close();
    const [element, vanilla, validation] = ['element', 'vanilla', 'validation'].map((name) => summarize(wall[name]));
    const [elementCpu, vanillaCpu, validationCpu] = ['element', 'vanilla', 'validation'].map((name) => summarize(cpu[name]));
    results.push({
      events,
      limit,
      pageSize,
      expected,
      element,
      vanilla,
      validation,
      elementCpu,
      vanillaCpu,
      validationCpu,
      cpuProfile,
      ratio: element.median / vanilla.median,
      cpuRatio: elementCpu.median / vanillaCpu.median,
    });
    console.log(
      `render ${events}${limit ? ` limit ${limit}` : ''}${pageSize ? ` page-size ${pageSize}` : ''}: element ${ms(element.median)} ms (CPU ${ms(elementCpu.median)}), vanilla ${ms(vanilla.median)} ms (CPU ${ms(vanillaCpu.median)})`,
    );
  }

  const label = ({ events, limit, pageSize }) =>
    `${events.toLocaleString('en')} events${limit ? `, \`limit="${limit}"\`` : ', no limit'}${pageSize ? `, \`page-size="${pageSize}"\`` : ''}`;
  const rows = results.map((result) => [
    label(result),
    String(result.expected),
    ...msCells(result.element).slice(0, 3),
    ...msCells(result.vanilla).slice(0, 3),
    `**${result.ratio.toFixed(2)}×**`,
    String(result.element.n),
  ]);
  const cpuRows = results.map((result) => [
    label(result),
    ...msCells(result.elementCpu).slice(0, 2),
    ...msCells(result.vanillaCpu).slice(0, 2),
    `**${result.cpuRatio.toFixed(2)}×**`,
    ...msCells(result.validationCpu).slice(0, 2),
    `${((100 * result.validationCpu.median) / result.elementCpu.median).toFixed(0)} %`,
  ]);
  const markdown = `## 2. Render: feed in hand to painted list

\`<nsiw-events show="all">\` (with and without \`limit\`) against a hand-written vanilla DOM list
(\`bench/browser/vanilla-list.js\`), in the same page, alternating which goes first. Without \`limit\`
the element shows its first page (\`page-size\`, 50 by default) with a "Show more events" button, and
the baseline the same number of events; one case sets \`page-size="1000"\` to show 1,000 at once. Both show, for each
event, the title (a link), the status when cancelled or postponed, the date and time formatted with
\`Intl\` in the event's own zone (with the zone's name), the type label, organizer, place or online link,
and an add-to-calendar \`data:\` link; both render into a shadow root with a stylesheet of the same shape.

- **Feed in hand** means an inline feed: the feed's JSON text is in a child \`<script type="application/json">\`
  before the clock starts, so no network is timed. Both implementations parse that text. The element then
  also validates the whole feed (the "validation" column is that step alone, measured apart) and builds a
  full RFC 5545 file with \`VTIMEZONE\` for every calendar link; the baseline trusts the feed and writes the
  smallest calendar file that works (UTC times). The feed: events a week apart, in four zones, with
  whole-day, two-day and timed events, online and on-site, three statuses (\`bench/harness.mjs\`).
- **Clock**: \`performance.now()\` in the page, from appending the element (or the baseline's host) to the
  page until the frame after the list is in the DOM has been painted. "In the DOM" is the element's
  \`nsiw-load\` event and then its \`updateComplete\` (with \`aria-busy="false"\`); "painted" is a
  \`requestAnimationFrame\` callback and then a \`setTimeout\` task queued from it, which runs after that
  frame's style, layout and paint.
- Warm-up runs of each (${WARM_UP_RUNS.small}; ${WARM_UP_RUNS.large} for 1,000 events shown at once and the
  10,000-event feed), then the measured ones (the "runs" column).
  The heap is collected (\`gc()\`) and a frame painted before every run.

Wall clock (what a visitor waits for on this machine):

${table(['feed', 'events shown', 'element median', 'IQR', 'min–max', 'vanilla median', 'IQR', 'min–max', 'element ÷ vanilla', 'runs'], rows)}

Main-thread CPU time of the same runs (Chromium's \`ThreadTime\` counter read through the DevTools protocol
before and after each run, less the cost of reading it: it leaves out the time other processes held the CPU,
so it is the steadier figure on a shared machine; rasterisation, on other threads, is not in it). The
"validation" columns are the element's feed validation alone (\`validateFeed\` on the parsed feed, no DOM),
timed apart in the same runs: the part of the element's time that the baseline does not do at all.

${table(['feed', 'element median', 'IQR', 'vanilla median', 'IQR', 'element ÷ vanilla', 'validation median', 'IQR', 'validation share of element'], cpuRows)}

### Where the element's time goes

V8's sampling CPU profiler (a sample every 0.2 ms), through the DevTools protocol, over ${PROFILED_RUNS} more runs of the element after the
measured ones, each frame mapped back to its TypeScript source (or dependency) by the bundle's source
maps (\`bench/profile.mjs\`). Main thread only; idle time left out; per run.
${results
  .filter((result) => result.cpuProfile)
  .map((result) => `\n#### ${label(result)}\n\n${profileMarkdown(result.cpuProfile)}\n`)
  .join('')}`;
  const goals = results
    .filter((result) => result.events === 1_000 && result.pageSize === null)
    .map((result) => {
      const withoutValidation = (result.elementCpu.median - result.validationCpu.median) / result.vanillaCpu.median;
      return {
        goal: `Render 1,000 events (${result.limit ? `\`limit="${result.limit}"\`` : 'no limit: the first page of 50'}) within ${GOAL_RATIO}× of vanilla`,
        met: result.ratio <= GOAL_RATIO,
        figure: `${result.ratio.toFixed(2)}× wall (${ms(result.element.median)} vs ${ms(result.vanilla.median)} ms); ${result.cpuRatio.toFixed(2)}× main-thread CPU`,
        reason:
          result.ratio <= GOAL_RATIO
            ? undefined
            : `validation is ${((100 * result.validationCpu.median) / result.elementCpu.median).toFixed(0)} % of the element's CPU time ` +
              `(${ms(result.validationCpu.median)} of ${ms(result.elementCpu.median)} ms); without it the element would be about ` +
              `${withoutValidation.toFixed(1)}× vanilla.` +
              (result.cpuProfile
                ? ` Shares of the CPU profile (total time, nested): ${functionShares(result.cpuProfile, EXPLAINING_FUNCTIONS)}.`
                : '') +
              ` ${TRIED}`,
      };
    });
  return { markdown, goals, results };
}
