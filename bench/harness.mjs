// What every benchmark section shares: a loopback server for the built library, the pages and the feeds
// (with a delay when asked, and a count of requests), Debian's Chromium through puppeteer-core, the
// benchmark feed, and the statistics.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/support/browser.mjs';
import { contentType, startStaticServer } from '../scripts/support/static-server.mjs';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const benchDirectory = fileURLToPath(new URL('.', import.meta.url));

/** Whether `directory` holds a whole build: a summary, and every file it lists with the size it lists. */
function isCompleteBuild(directory) {
  try {
    const summary = JSON.parse(readFileSync(join(directory, 'build-summary.json'), 'utf8'));
    return summary.files.every((file) => statSync(join(directory, file.path)).size === file.bytes);
  } catch {
    return false;
  }
}

/**
 * A copy of a whole `dist/` for this run, so that a rebuild elsewhere in the tree (which empties `dist/`
 * first) cannot change or remove the files while they are measured and served. While `dist/` is being
 * rebuilt, waits for the build to finish (up to five minutes).
 */
export async function snapshotDist() {
  const source = join(repositoryRoot, 'dist');
  for (let attempt = 0; ; attempt++) {
    const directory = mkdtempSync(join(tmpdir(), 'nsiw-bench-dist-'));
    const remove = () => rmSync(directory, { recursive: true, force: true });
    try {
      cpSync(source, directory, { recursive: true });
    } catch {
      // Files vanished under the copy: a rebuild is under way.
    }
    if (isCompleteBuild(directory)) return { directory, remove };
    remove();
    if (attempt === 60) throw new Error('dist/ is not a complete build: run `npm run build` first.');
    if (attempt === 0) console.log('dist/ is incomplete (a build under way?): waiting for it…');
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

/**
 * Serves, on 127.0.0.1 only: `/dist/…` from the snapshot, `/bench/…` browser modules from this folder,
 * pages and feeds registered by the sections. A feed URL with `?delay=ms` answers that much later.
 * Every response is `no-store`, and the pages are cross-origin isolated, which gives `performance.now()`
 * its finest resolution (5 µs instead of 100 µs).
 */
export async function startServer(distDirectory) {
  const pages = new Map();
  const feeds = new Map();
  const requestCounts = new Map();
  const headers = {
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  const { origin, close } = await startStaticServer({
    folders: { '/dist/': distDirectory, '/bench/': benchDirectory },
    headers,
    async handle({ path, url, request, response, send }) {
      requestCounts.set(path, (requestCounts.get(path) ?? 0) + 1);
      if (pages.has(path)) {
        const { html, compressed } = pages.get(path);
        const accepted = request.headers['accept-encoding'] ?? '';
        const encoding = compressed && (/\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined);
        if (!encoding) return send('text/html; charset=utf-8', html);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding, ...headers });
        return response.end(compressed[encoding]);
      }
      if (feeds.has(path)) {
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        return send(contentType('.json'), feeds.get(path));
      }
      return false;
    },
  });
  return {
    origin,
    /**
     * Serves `html` at `path` (absolute, e.g. `/page/render.html`); with `compress`, brotli- or
     * gzip-encoded (whichever the browser accepts, as a web server sends HTML).
     */
    page: (path, html, { compress = false } = {}) =>
      pages.set(path, { html, compressed: compress && { br: brotliCompressSync(html), gzip: gzipSync(html, { level: 9 }) } }),
    /** Serves the JSON text `body` at `path`. */
    feed: (path, body) => feeds.set(path, body),
    /** How many requests reached `path` since the last {@link resetCounts}. */
    requests: (path) => requestCounts.get(path) ?? 0,
    resetCounts: () => requestCounts.clear(),
    close,
  };
}

/** Debian's Chromium, headless, with the flags the project's tests use; `gc()` lets a run start with a clean heap. */
export function launchBrowser() {
  return launchChromium({
    args: ['--js-flags=--expose-gc'],
    defaultViewport: { width: 1024, height: 768 },
    // A busy machine can take minutes over the biggest render case.
    protocolTimeout: 900_000,
  });
}

/**
 * A new tab that fails the benchmark when the page throws or logs an error; `beforeNavigation(tab)` runs
 * before it loads `url`.
 */
export async function openPage(browser, url, { beforeNavigation } = {}) {
  const tab = await browser.newPage();
  await beforeNavigation?.(tab);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`);
  });
  tab.assertNoErrors = () => {
    if (errors.length > 0) throw new Error(`${url} reported: ${errors.join('; ')}`);
  };
  await tab.goto(url, { waitUntil: 'load' });
  return tab;
}

/** The machine and browser a run measured on, and how busy the machine was. */
export async function environment(browser) {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    browser: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
    loadAverage: loadavg(),
  };
}

const EVENT_TYPES = ['seminar', 'workshop', 'conference', 'panel', 'webinar', 'meeting'];
const ZONES = ['Europe/Oslo', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Helsinki'];

/**
 * `count` events a week apart from 2030 on, in every shape the list renders: times in four zones, whole
 * days, days that span two dates, places and online events, the three statuses, translated titles.
 */
function benchmarkEvents(count) {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2030, 0, 1 + index * 7));
    const date = day.toISOString().slice(0, 10);
    const nextDate = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    const shape = index % 5;
    const start = shape === 0 || shape === 4 ? date : `${date}T12:30:00+01:00`;
    const end = shape === 0 ? date : shape === 4 ? nextDate : `${date}T16:30:00+01:00`;
    return {
      id: `event-${index}`,
      title: { nb: `Arrangement nummer ${index}`, en: `Event number ${index}`, sv: `Evenemang nummer ${index}` },
      type: EVENT_TYPES[index % EVENT_TYPES.length],
      start,
      end,
      timeZone: ZONES[index % ZONES.length],
      status: index % 17 === 0 ? 'cancelled' : index % 13 === 0 ? 'postponed' : 'scheduled',
      organizer: 'Fafo',
      location:
        index % 4 === 0
          ? { online: 'https://example.org/stream' }
          : { name: 'Fafo', address: 'Borggata 2B', city: { nb: 'Oslo', en: 'Oslo' }, country: 'NO' },
      url: `https://example.org/events/${index}`,
    };
  });
}

/**
 * The network's own workshops and tabs (from `demo/feed.json`, the sample feed the demo shows) with
 * `eventCount` generated events: a feed every element can read.
 */
export function benchmarkFeed(eventCount) {
  const sample = JSON.parse(readFileSync(join(repositoryRoot, 'demo/feed.json'), 'utf8'));
  return JSON.stringify({
    version: 1,
    updated: '2030-01-01T00:00:00Z',
    events: benchmarkEvents(eventCount),
    workshops: sample.workshops,
    tabs: sample.tabs,
  });
}

/** The first workshop id of {@link benchmarkFeed}. */
export function sampleWorkshopId() {
  return JSON.parse(readFileSync(join(repositoryRoot, 'demo/feed.json'), 'utf8')).workshops[0].id;
}

// ---- statistics ----

/** The `q` quantile (0–1) of `values`, interpolating between the two nearest ranks. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Median, quartiles, extremes and count of a series of measurements. */
export function summarize(values) {
  if (values.length === 0) throw new Error('no measurements');
  return {
    n: values.length,
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** `12.3` for milliseconds, with more digits below 1 ms. */
export function ms(value) {
  return value < 1 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** Table cells: median, IQR, min–max and n of a summary, in ms. */
export function msCells(summary) {
  return [`${ms(summary.median)} ms`, `${ms(summary.q1)}–${ms(summary.q3)}`, `${ms(summary.min)}–${ms(summary.max)}`, String(summary.n)];
}

/** A Markdown table. */
export function table(header, rows, align = header.map((_, index) => (index === 0 ? '---' : '---:'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

/**
 * Main-thread CPU time of the page's renderer around a call, from Chromium's own counter (the DevTools
 * protocol's `Performance.getMetrics` `ThreadTime`), less the cost of reading it (measured once per tab).
 * Unlike the wall clock, it does not count the time other work on the machine holds the CPU, so it comes
 * nearer to what a quiet machine would spend (shared caches still slow it somewhat); it leaves out
 * rasterisation, which runs on other threads.
 */
export async function threadTimer(tab) {
  const client = await tab.createCDPSession();
  await client.send('Performance.enable');
  const threadTime = async () =>
    (await client.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  const rawTime = async (call) => {
    const before = await threadTime();
    const result = await call();
    return { result, ms: (await threadTime()) - before };
  };
  const idle = [];
  for (let run = 0; run < 9; run++) idle.push((await rawTime(() => tab.evaluate(() => undefined))).ms);
  const overhead = quantile(idle, 0.5);
  return async (call) => {
    const { result, ms } = await rawTime(call);
    return { result, ms: Math.max(0, ms - overhead) };
  };
}
