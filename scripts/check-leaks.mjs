// Shows that the elements give back what they take: each kind is created and removed 1,000 times, then
// 1,000 times more, in Debian's Chromium, against the built CDN bundle (`npm run build` first), and after
// each thousand the page is garbage-collected and measured: the V8 heap, how many instances of the
// element are still alive, the listeners on window and document, the observers still observing, the
// timers and animation frames still pending, and the feed requests in flight (the library's shared
// loader and, for feeds removed while loading, the server's own count of open requests).
//
// Usage: node scripts/check-leaks.mjs [--cycles 1000] [--runs 1] [--retain] [--report bench/LEAKS.md]
// Exits 1 when any count differs from where it stood after the warm-up, or the heap grows by more than
// HEAP_GROWTH_LIMIT over 1,000 cycles. `--retain` keeps every removed element referenced from the page,
// a leak on purpose, to see the check fail; it writes no report. Only `--report` writes one (so that
// `npm test` leaves the committed bench/LEAKS.md alone): `node scripts/check-leaks.mjs --report bench/LEAKS.md`.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';

const { values: options } = parseArgs({
  options: {
    cycles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    retain: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
const CYCLES = Number(options.cycles);
const RUNS = Number(options.runs);
/** Cycles before the first measurement, so that compiled code, caches and lazy chunks are in place. */
const WARM_UP_CYCLES = 100;
/** Elements created (and then removed) together: one cycle is one element, a batch only saves time. */
const BATCH = 50;
/**
 * The most the heap may grow over 1,000 cycles: 1 KiB a cycle. Between measurements of a clean run the
 * heap moves by under 100 KiB either way (V8's own bookkeeping, code compiled late), while a leaked
 * element keeps from 1.5 KiB of it (one still loading its feed) to 25 KiB (a list of events), measured
 * with `--retain`: 1,000 leaked elements go over the limit, and a leak of one small object per cycle (a
 * listener, an observer, a timer, a loader entry) is caught by the counts instead, which must not move.
 */
const HEAP_GROWTH_LIMIT = 1024 * 1024;
const root = new URL('..', import.meta.url).pathname;

/** A feed with something for every element: events, a workshop series and tabs, with links to resolve. */
const FEED = JSON.stringify({
  version: 1,
  events: Array.from({ length: 5 }, (_, index) => ({
    id: `event-${index}`,
    title: { nb: `Arrangement ${index}`, en: `Event ${index}` },
    type: 'seminar',
    start: `2030-0${index + 1}-12T12:30:00+02:00`,
    end: `2030-0${index + 1}-12T16:30:00+02:00`,
    organizer: 'Fafo',
    location: { name: 'Fafo', city: 'Oslo', country: 'NO' },
    url: `events/${index}.html`,
    registrationUrl: 'https://example.org/register',
    description: `See [the programme](programme/${index}.html).`,
  })),
  workshops: [1, 2, 3].map((number) => ({
    id: `workshop-${number}`,
    number,
    title: `Workshop ${number}`,
    start: `2030-1${number - 1}-12`,
    end: `2030-1${number - 1}-13`,
    host: 'Fafo',
    city: 'Oslo',
    country: 'NO',
    programUrl: `programme/${number}.html`,
    description: 'A *workshop* of the series.',
  })),
  tabs: ['about', 'partners', 'contact'].map((id) => ({
    id,
    title: id,
    body: `About **${id}**:\n\n- [a link](${id}.html)\n- more`,
  })),
});

/**
 * Each kind of element: its markup, and the part that shows it has rendered (for a feed removed while
 * loading, the loading state: the point is that it leaves before its feed arrives).
 */
const KINDS = [
  { name: '`<nsiw-events src>`', markup: '<nsiw-events src="/leaks/feed.json" show="all"></nsiw-events>', part: 'list' },
  {
    name: '`<nsiw-events src>` removed while its feed loads',
    markup: '<nsiw-events src="/leaks/slow-feed.json"></nsiw-events>',
    part: 'loading',
    slow: true,
  },
  {
    name: '`<nsiw-info-tabs>` from `<details>`',
    markup:
      '<nsiw-info-tabs><details id="a"><summary>A</summary><p>First</p></details><details id="b"><summary>B</summary><p><a href="#a">Second</a></p></details></nsiw-info-tabs>',
    part: 'tablist',
  },
  { name: '`<nsiw-info-tabs src>`', markup: '<nsiw-info-tabs src="/leaks/feed.json"></nsiw-info-tabs>', part: 'tablist' },
  { name: '`<nsiw-language-toggle>`', markup: '<nsiw-language-toggle locales="nb en sv da"></nsiw-language-toggle>', part: 'button' },
  {
    name: '`<nsiw-workshop-card src workshop-id>`',
    markup: '<nsiw-workshop-card src="/leaks/feed.json" workshop-id="workshop-2"></nsiw-workshop-card>',
    part: 'title',
  },
  { name: '`<nsiw-workshop-series src>`', markup: '<nsiw-workshop-series src="/leaks/feed.json"></nsiw-workshop-series>', part: 'list' },
];

/**
 * Runs in the page before anything else: counts what is taken and not yet given back, of what the
 * browser has no counter for (observers observing, timers and animation frames pending). Counters only,
 * no references, so that the instrument keeps nothing alive.
 */
function instrument() {
  const live = { observers: 0, timers: 0, frames: 0 };
  window.__leaks = live;
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const prototype = window[name].prototype;
    const observing = new WeakSet();
    const { observe, disconnect } = prototype;
    prototype.observe = function (...args) {
      if (!observing.has(this)) {
        observing.add(this);
        live.observers += 1;
      }
      return observe.apply(this, args);
    };
    prototype.disconnect = function () {
      if (observing.delete(this)) live.observers -= 1;
      return disconnect.call(this);
    };
  }
  const pending = (schedule, cancel, counter, repeats) => {
    const ids = new Set();
    const originalSchedule = window[schedule];
    const originalCancel = window[cancel];
    window[schedule] = function (callback, ...rest) {
      const id = originalSchedule.call(
        window,
        typeof callback === 'function'
          ? (...args) => {
              if (!repeats && ids.delete(id)) live[counter] -= 1;
              return callback(...args);
            }
          : callback,
        ...rest,
      );
      ids.add(id);
      live[counter] += 1;
      return id;
    };
    window[cancel] = function (id) {
      if (ids.delete(id)) live[counter] -= 1;
      return originalCancel.call(window, id);
    };
  };
  pending('setTimeout', 'clearTimeout', 'timers', false);
  pending('setInterval', 'clearInterval', 'timers', true);
  pending('requestAnimationFrame', 'cancelAnimationFrame', 'frames', false);
}

/** Runs in the page: `count` cycles of creating `batch` elements, waiting until each shows `part`, removing them. */
async function cycle({ markup, part, count, batch, retain }) {
  const stage = document.getElementById('stage');
  window.__retained ??= [];
  const rendered = (element) => element.shadowRoot?.querySelector(`[part~="${part}"]`);
  for (let done = 0; done < count; done += batch) {
    stage.insertAdjacentHTML('beforeend', markup.repeat(Math.min(batch, count - done)));
    const elements = [...stage.children];
    const deadline = performance.now() + 10_000;
    while (!elements.every(rendered)) {
      if (performance.now() > deadline) throw new Error(`${elements[0].localName} did not render its ${part}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    if (retain) window.__retained.push(...elements);
    stage.replaceChildren();
  }
}

/** Runs in the page: the feed requests in flight in the loader every copy of the library shares. */
function feedRequests() {
  const requests = globalThis[Symbol.for('nsiw-widgets.feeds.v1')] ?? new Map();
  let inFlight = 0;
  let waiting = 0;
  for (const request of requests.values()) {
    if (request.receivedAt === undefined) {
      inFlight += 1;
      waiting += request.waiting;
    }
  }
  return { inFlight, waiting };
}

/** Serves the page, the feeds and `dist/` on a loopback port; counts slow-feed requests still open. */
async function serve() {
  const open = new Set();
  const { server, origin } = await startStaticServer({
    folders: { '/dist/': join(root, 'dist') },
    headers: { 'cache-control': 'max-age=600' },
    handle({ path, response, send }) {
      if (path === '/leaks/page.html') {
        return send(
          'text/html',
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leak check</title>' +
            '<script type="module" src="/dist/nsiw-widgets.js"></script></head><body><div id="stage"></div></body></html>',
        );
      }
      if (path === '/leaks/feed.json') return send('application/json', FEED);
      if (path === '/leaks/slow-feed.json') {
        // Never answered: the only way this request ends is the browser giving up on it.
        open.add(response);
        response.on('close', () => open.delete(response));
        return true;
      }
      return false;
    },
  });
  return { server, origin, openSlowRequests: () => open.size };
}

/** The page's state after garbage collection, as the browser itself counts it. */
async function measure(page, cdp, tag, openSlowRequests) {
  // Timers the elements cleared may still be queued; a few turns let the browser settle, and a few
  // collections catch what the first one freed (weak maps, finalizers). `gc()` runs inside script, where
  // Blink scans the native stack conservatively and may keep a node a stale pointer names; the last
  // collections come through the DevTools protocol, between tasks, with no stack to scan.
  await page.evaluate(async () => {
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      window.gc();
    }
  });
  for (let round = 0; round < 2; round++) await cdp.send('HeapProfiler.collectGarbage');
  // The server hears of an aborted fetch when its connection closes, a moment after the page aborted it.
  for (let wait = 0; wait < 100 && openSlowRequests() > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const listenersOn = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'leaks' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
    objectGroup: 'leaks',
  });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId, objectGroup: 'leaks' });
  const { result: instances } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  const counts = {
    'live elements': instances.value,
    'window listeners': await listenersOn('window'),
    'document listeners': await listenersOn('document'),
    ...(await page.evaluate(() => window.__leaks)),
    ...(await page.evaluate(feedRequests)),
    'open at server': openSlowRequests(),
    'DOM nodes': nodes,
    'JS event listeners': jsEventListeners,
  };
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leaks' });
  return { heap: usedSize, counts };
}

/**
 * One kind on a page of its own, measured before any element, after the warm-up, and after each of two
 * rounds of `CYCLES`.
 */
async function checkKind(browser, origin, kind, openSlowRequests) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(instrument);
  await page.goto(`${origin}/leaks/page.html`);
  const tag = /<([a-z-]+)/.exec(kind.markup)[1];
  await page.evaluate((name) => customElements.whenDefined(name), tag);
  const cdp = await page.createCDPSession();
  const run = (count) => page.evaluate(cycle, { markup: kind.markup, part: kind.part, count, batch: BATCH, retain: options.retain });
  const checkpoints = [await measure(page, cdp, tag, openSlowRequests)];
  await run(WARM_UP_CYCLES);
  checkpoints.push(await measure(page, cdp, tag, openSlowRequests));
  for (let round = 0; round < 2; round++) {
    await run(CYCLES);
    checkpoints.push(await measure(page, cdp, tag, openSlowRequests));
  }
  await page.close();
  if (errors.length > 0) throw new Error(`${kind.name}: the page threw: ${errors.join('; ')}`);
  return checkpoints;
}

/**
 * What an element takes for itself alone, and must give back in full: after any number of cycles these
 * are where they were before the first element. The other counts include what the library sets up once
 * per page on first use (the shared locale's listener and observer) and the templates Lit keeps (DOM
 * nodes), so they are held to their value after the warm-up instead.
 */
const PER_ELEMENT = new Set(['live elements', 'window listeners', 'timers', 'frames', 'inFlight', 'waiting', 'open at server']);

/** What is wrong with one kind's checkpoints (before, warm-up, two rounds): counts that moved, a heap that grew. */
function problemsOf(checkpoints) {
  const [before, warm, ...rounds] = checkpoints;
  const problems = [];
  for (const name of Object.keys(before.counts)) {
    const start = PER_ELEMENT.has(name) ? before : warm;
    const later = PER_ELEMENT.has(name) ? [warm, ...rounds] : rounds;
    if (later.some((checkpoint) => checkpoint.counts[name] !== start.counts[name])) {
      problems.push(`${name}: ${[start, ...later].map((checkpoint) => checkpoint.counts[name]).join(' → ')}`);
    }
  }
  rounds.forEach((checkpoint, index) => {
    const growth = checkpoint.heap - [warm, ...rounds][index].heap;
    if (growth > HEAP_GROWTH_LIMIT) problems.push(`heap grew ${kib(growth)} over cycles ${index * CYCLES + 1}–${(index + 1) * CYCLES}`);
  });
  return problems;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kib(Math.abs(bytes))}`;

await readFile(join(root, 'dist/nsiw-widgets.js')).catch(() => {
  console.error('dist/nsiw-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
});
const started = performance.now();
const { server, origin, openSlowRequests } = await serve();
const browser = await launchChromium({ args: ['--js-flags=--expose-gc'] });
const results = [];
let failed = false;
try {
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    for (const kind of KINDS) {
      const kindStarted = performance.now();
      const checkpoints = await checkKind(browser, origin, kind, openSlowRequests);
      const problems = problemsOf(checkpoints);
      failed ||= problems.length > 0;
      results.push({ run: runIndex + 1, kind, checkpoints, problems, seconds: (performance.now() - kindStarted) / 1000 });
      const [, warm, first, second] = checkpoints.map((checkpoint) => checkpoint.heap);
      console.log(
        `${problems.length > 0 ? 'FAIL' : 'ok  '} ${kind.name.replaceAll('`', '')}: heap ${mib(warm)} → ${mib(first)} → ${mib(second)}, ` +
          `${results.at(-1).seconds.toFixed(1)} s` +
          (problems.length > 0 ? `\n       ${problems.join('\n       ')}` : ''),
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${failed ? 'Leaks found' : 'No leaks'} (${seconds.toFixed(1)} s)`);
  if (options.report && !options.retain) await writeReport(results, await browser.version(), seconds);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

async function writeReport(results, version, seconds) {
  const row = ({ run, kind, checkpoints, problems }) => {
    const [, warm, first, second] = checkpoints.map((checkpoint) => checkpoint.heap);
    return `| ${RUNS > 1 ? `${run} | ` : ''}${kind.name} | ${mib(warm)} | ${mib(first)} (${signed(first - warm)}) | ${mib(second)} (${signed(second - first)}) | ${problems.length > 0 ? `**${problems.join('; ')}**` : 'flat'} |`;
  };
  const countRow = ({ kind, checkpoints }) =>
    `| ${kind.name} | ${Object.keys(checkpoints[0].counts)
      .map((name) => checkpoints.map((checkpoint) => checkpoint.counts[name]).join(' / '))
      .join(' | ')} |`;
  const countNames = Object.keys(results[0].checkpoints[0].counts);
  const lastRun = results.filter((result) => result.run === RUNS);
  const report = `# Leak check

\`node scripts/check-leaks.mjs --report bench/LEAKS.md\`, after \`npm run build\`: the minified CDN bundle
(\`dist/nsiw-widgets.js\`) in headless Chromium ${version.replace(/^\D*/, '')} started with
\`--js-flags=--expose-gc\`, served from a loopback HTTP server, on the project's machine (2 cores).
${RUNS > 1 ? `${RUNS} runs in one browser, ` : ''}${seconds.toFixed(0)} s in all.

Each kind of element, on a page of its own, is created ${BATCH} at a time, each waiting until it has
rendered (a feed removed while loading: until it shows its loading state), then removed, ${WARM_UP_CYCLES} times to
warm up and then ${CYCLES} times twice. Before the first element, after the warm-up and after each ${CYCLES}, the page
is garbage-collected (\`gc()\` four times, a turn of the event loop between them, then twice through the
DevTools protocol, between tasks, where no stale pointer on the stack keeps a node alive) and measured.

## Heap (V8 \`usedSize\`, after GC)

| ${RUNS > 1 ? 'run | ' : ''}element | after warm-up | after ${CYCLES} | after ${2 * CYCLES} | verdict |
|${RUNS > 1 ? '---|' : ''}---|---:|---:|---:|---|
${results.map(row).join('\n')}

The check fails when the heap grows by more than ${kib(HEAP_GROWTH_LIMIT)} over ${CYCLES} cycles (1 KiB a cycle). In a clean run
it moves by under 100 KiB either way between measurements; an element kept alive keeps from 1.5 KiB
of it (one still loading its feed) to 25 KiB (a list of events), measured with \`--retain\`, so ${CYCLES} of them go
over the limit, and anything smaller leaked per cycle (a listener, an observer, a timer, a loader entry)
is caught by the counts, which must not move at all.

## Counts (before the first element / after warm-up / after ${CYCLES} / after ${2 * CYCLES}${RUNS > 1 ? `; run ${RUNS}` : ''})

| element | ${countNames.join(' | ')} |
|---|${countNames.map(() => '---:').join('|')}|
${lastRun.map(countRow).join('\n')}

- **live elements**: instances of the element's class still alive after GC (CDP \`Runtime.queryObjects\`).
- **window / document listeners**: CDP \`DOMDebugger.getEventListeners\` on \`window\` and \`document\` (each
  connected element listens on \`window\` for @lit/localize's status, and a toggle on \`document\` for the
  locale). The one document listener present from the start is the shared locale's, once per page.
- **observers**: Mutation-, Resize- and IntersectionObservers that observe and were not disconnected;
  **timers**, **frames**: \`setTimeout\`/\`setInterval\` and \`requestAnimationFrame\` callbacks pending. These three
  are counted by wrapping the constructors' methods and the timer functions before the library loads.
  The one observer present from the start is the shared locale's watch on \`<html lang>\`, once per page.
- **inFlight / waiting**: feed requests in flight in the shared loader (the page-wide map under
  \`Symbol.for('nsiw-widgets.feeds.v1')\`, the same one \`feedRequestsInFlight()\` reads) and the callers waiting
  for them; **open at server**: requests for the never-answered feed that the server still holds open, so
  that a fetch the loader forgot without aborting it would show.
- **DOM nodes**, **JS event listeners**: the browser's own counters (CDP \`Memory.getDOMCounters\`).

The check fails when a count does not return to where it started: live elements, window listeners,
timers, frames, inFlight, waiting and open at server to their value before the first element (what each
element takes, it gives back), the others to their value after the warm-up (they also hold what the
library sets up once per page on first use, and the templates Lit keeps).

## Can it fail?

\`node scripts/check-leaks.mjs --retain\` keeps every removed element referenced from the page, a leak
on purpose (it writes no report): the check then fails for every kind, on live elements and DOM nodes
(and on listeners, or the heap, for the kinds that hold more).
`;
  const path = resolve(root, options.report);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, report);
  console.log(`Wrote ${options.report}`);
}
