// Section 4: the layout shift each feed-driven element causes when its feed arrives late, with and
// without the height it reserves set to its rendered height.
import { benchmarkFeed, openPage, sampleWorkshopId, table } from './harness.mjs';

const FEED = '/feed/layout.json';
const DELAY_MS = 800;
/** The goal: without any page CSS, each element's CLS under this; on a second page view of the visit, 0.00. */
const GOAL_DEFAULT = 0.05;
/** How long after the element has settled shifts are still collected (a late re-layout would show here). */
const SETTLE_MS = 500;

const ELEMENTS = [
  {
    name: 'nsiw-events',
    label: 'nsiw-events limit="3"',
    attributes: 'show="all" limit="3"',
    property: '--nsiw-events-min-height',
  },
  { name: 'nsiw-events', label: 'nsiw-events', attributes: 'show="all"', property: '--nsiw-events-min-height' },
  {
    name: 'nsiw-workshop-card',
    attributes: 'workshop-id="%WORKSHOP%"',
    property: '--nsiw-workshop-card-min-height',
  },
  { name: 'nsiw-info-tabs', attributes: '', property: '--nsiw-info-tabs-min-height' },
  { name: 'nsiw-workshop-series', attributes: '', property: '--nsiw-workshop-series-min-height' },
].map((element) => ({ label: element.name, ...element }));

const PARAGRAPH =
  'Nettverket samler forskere fra Danmark, Norge og Sverige i en serie workshops og seminarer om integreringsarbeid på bakkenivå.';

/**
 * A page with a heading and an introduction above the element and a long section below it (all in the
 * first viewport), recording every layout shift from the start of the page with its sources.
 */
const page = (element, feedUrl, style, pageCss, lang, scriptAttributes = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Layout shift benchmark</title>
<script>
  window.benchShifts = [];
  const describe = (node) => node ? (node.nodeType === 1 ? node.localName + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '') : node.nodeName) : '(not exposed)';
  const rect = (r) => ({ y: Math.round(r.y), height: Math.round(r.height) });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.benchShifts.push({
        value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput,
        sources: entry.sources.map((source) => ({ node: describe(source.node), previous: rect(source.previousRect), current: rect(source.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  customElements.whenDefined('${element.name}').then(() => { window.benchDefinedAt = performance.now(); });
</script>
<script type="module" src="/dist/nsiw-widgets.js"${scriptAttributes}></script>
<style>
  body { margin: 0 auto; padding: 1rem; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif; }
  h1 { margin: 0 0 0.5rem; }
  ${pageCss}
</style>
</head><body>
<h1 id="heading">N-SIW</h1>
<p id="intro">${PARAGRAPH}</p>
<${element.name} src="${feedUrl}" ${element.attributes}${style ? ` style="${style}"` : ''}></${element.name}>
<section id="below">${`<p>${PARAGRAPH}</p>`.repeat(12)}</section>
</body></html>`;

/** Runs in the page: waits for the element to settle and the page to be still, then reports. */
async function collect({ name, feedPath, settleMs }) {
  const { allSettled, nextPaint } = await import('/bench/browser/helpers.js');
  await customElements.whenDefined(name);
  const element = document.querySelector(name);
  // What the element holds while it loads, from its definition on (its styles' estimate).
  const reserved = parseFloat(getComputedStyle(element).minBlockSize) || 0;
  // The fresh feed too, on a second view that first shows the stored one.
  await element.loaded?.catch(() => undefined);
  await allSettled([element]);
  await nextPaint();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  await nextPaint();
  const feed = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === feedPath);
  const base = element.shadowRoot.querySelector('[part~="base"]');
  return {
    shifts: window.benchShifts.filter((shift) => !shift.hadRecentInput),
    definedAt: window.benchDefinedAt,
    reserved,
    feedArrivedAt: feed?.responseEnd,
    height: base.getBoundingClientRect().height,
  };
}

/** Pixels to two decimals, as a page would write them. */
const roundPixels = (value) => Number(value.toFixed(2));

/**
 * How a page can hold the element's place: not at all; the documented custom property (read inside the
 * element's shadow root, so only once the element is defined); that property also applied by the page
 * before the element is defined; and the last on an English page.
 */
const BLOCKING = ' blocking="render"';
const STATES = [
  { key: 'default', label: 'no page CSS', lang: 'nb', style: () => '', pageCss: () => '' },
  // The same page loaded again in the same tab: a second page view of the visit (sessionStorage kept; the
  // server still answers everything \`no-store\`, so the library and the feed are fetched again).
  { key: 'repeat', label: 'no page CSS, second view in the session', lang: 'nb', style: () => '', pageCss: () => '', repeat: true },
  // The script tag as the README gives it: the first paint waits for the elements' definition (Chromium, Safari 18.2+).
  { key: 'blocking', label: 'no page CSS, script `blocking="render"`', lang: 'nb', style: () => '', pageCss: () => '', script: BLOCKING },
  {
    key: 'repeatBlocking',
    label: 'no page CSS, script `blocking="render"`, second view in the session',
    lang: 'nb',
    style: () => '',
    pageCss: () => '',
    script: BLOCKING,
    repeat: true,
  },
  { key: 'reserved', label: 'reserved (custom property)', lang: 'nb', style: reservation, pageCss: () => '' },
  { key: 'beforeUpgrade', label: 'reserved + page rule for `:not(:defined)`', lang: 'nb', style: reservation, pageCss: undefinedRule },
];

function reservation(element, height) {
  return `${element.property}: ${height}px`;
}

function undefinedRule(element) {
  return `${element.name}:not(:defined) { display: block; min-block-size: var(${element.property}); }`;
}

/** One page load: the element's shifts, each labelled by when it happened. */
async function load(browser, server, element, { delay, state, height }) {
  const feedUrl = `${FEED}${delay ? `?delay=${delay}` : ''}`;
  const path = `/page/layout-${element.label.replace(/\W+/g, '-')}-${delay}-${state.key}.html`;
  server.page(path, page(element, feedUrl, state.style(element, height), state.pageCss(element), state.lang, state.script));
  const tab = await openPage(browser, `${server.origin}${path}`);
  let result = await tab.evaluate(collect, { name: element.name, feedPath: FEED, settleMs: SETTLE_MS });
  if (state.repeat) {
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    result = await tab.evaluate(collect, { name: element.name, feedPath: FEED, settleMs: SETTLE_MS });
  }
  tab.assertNoErrors();
  await tab.close();
  const labelled = result.shifts.map((shift) => ({
    ...shift,
    when:
      result.feedArrivedAt === undefined || shift.startTime < result.feedArrivedAt ? 'before the feed arrived' : 'when the feed arrived',
  }));
  const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
  return {
    ...result,
    cls: sum(labelled),
    clsAtFeed: sum(labelled.filter((shift) => shift.when === 'when the feed arrived')),
    shifts: labelled,
  };
}

export async function layoutShiftSection({ browser, server, runs }) {
  server.feed(FEED, benchmarkFeed(20));
  const workshopId = sampleWorkshopId();
  const results = [];
  for (const template of ELEMENTS) {
    const element = { ...template, attributes: template.attributes.replace('%WORKSHOP%', workshopId) };
    // The rendered height, from a load without delay, is what a page sets the reservation to.
    // (in each language: the English texts have other lengths).
    const heights = {};
    for (const lang of ['nb', 'en']) {
      const calibration = await load(browser, server, element, { delay: 0, state: { ...STATES[0], key: `calibration-${lang}`, lang } });
      heights[lang] = roundPixels(calibration.height);
    }
    const height = heights.nb;
    const loads = Object.fromEntries(STATES.map((state) => [state.key, []]));
    for (let run = 0; run < runs; run++) {
      for (const state of STATES) {
        loads[state.key].push(await load(browser, server, element, { delay: DELAY_MS, state, height: heights[state.lang] }));
      }
    }
    results.push({ element, height, heights, reserved: roundPixels(loads.default[0].reserved), loads });
    console.log(
      `layout shift ${element.label}: height ${height} px, worst CLS ${STATES.map((state) => `${state.key} ${worst(loads[state.key]).cls.toFixed(4)}`).join(', ')}`,
    );
  }

  const rows = results.flatMap(({ element, height, heights, reserved, loads }) =>
    STATES.map((state, index) => [
      index === 0 ? `\`<${element.label}>\` (${height} px, in English ${heights.en} px; reserves ${reserved} px while loading)` : '',
      state.label,
      `**${median(loads[state.key], 'cls').toFixed(4)}**`,
      worst(loads[state.key]).cls.toFixed(4),
      median(loads[state.key], 'clsAtFeed').toFixed(4),
    ]),
  );
  const describeShifts = (entry) =>
    entry.shifts.length === 0
      ? 'none'
      : entry.shifts
          .map(
            (shift) =>
              `${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms (${shift.when}): ` +
              shift.sources
                .map(
                  (source) =>
                    `${source.node} y ${source.previous.y}→${source.current.y}, height ${source.previous.height}→${source.current.height}`,
                )
                .join('; '),
          )
          .join('<br>');
  const detailRows = results.flatMap(({ element, loads }) =>
    STATES.map((state) => {
      const load = worst(loads[state.key]);
      return [
        `\`<${element.label}>\` ${state.label}`,
        `${Math.round(load.definedAt ?? NaN)} ms`,
        `${Math.round(load.feedArrivedAt ?? NaN)} ms`,
        describeShifts(load),
      ];
    }),
  );

  const markdown = `## 4. Layout shift

Each feed-driven element alone on a page, between a heading with an introduction above it and a section of
text below it (all in the first 1024 × 768 viewport), with its feed served ${DELAY_MS} ms late by the benchmark's
server (\`?delay=${DELAY_MS}\`); the library itself is served at once. A \`PerformanceObserver\` for \`layout-shift\`
entries (\`buffered\`), registered by a classic script before anything else on the page, sums every shift
(none has recent input) from the start of the page until ${SETTLE_MS} ms after the element has settled: the
page's cumulative layout shift (CLS), all of it caused by the element, the only thing on the page that moves.

- **No page CSS**: the page sets nothing; the element reserves what it knows while it loads (with
  \`limit\`, that many rows; the card's, tabs' and series' usual shape), from its definition on. The script
  tag is a plain \`<script type="module">\`: its module runs after the first paint.
- **No page CSS, script \`blocking="render"\`**: the script tag as the README gives it. The first paint waits for
  the library (Chromium, Safari 18.2 and later; Firefox ignores the attribute), so the reservation is there
  from the first frame. Also as a second view in the session.
- **Second view in the session**: the same page loaded again in the same tab; the element shows the last
  good feed of the visit (\`sessionStorage\`) at once and replaces it when the fresh one arrives.
- **Reserved (custom property)**: the page sets \`--nsiw-events-min-height\`,
  \`--nsiw-workshop-card-min-height\`, \`--nsiw-info-tabs-min-height\` or \`--nsiw-workshop-series-min-height\`
  (a \`min-block-size\` on the element's \`base\` part while it loads) on the element, to the rendered height of
  its \`base\` part, measured in the same run from a load without delay.
- **Reserved + page rule for \`:not(:defined)\`**, the documented way: the same, and the page's stylesheet also
  gives the element that height before the library has defined it:
  \`nsiw-events:not(:defined) { display: block; min-block-size: var(--nsiw-events-min-height); }\`.
- Feed: ${20} events (3 shown with \`limit="3"\`, all 20 without), and the sample feed's workshops and tabs. ${runs} page loads for each
  element and state: median and worst CLS, and the median of the part that came when the feed arrived (the
  rest came earlier, when the element first rendered its loading state).

${table(['element (rendered height)', 'page', 'CLS median', 'worst', 'of it when the feed arrived (median)'], rows, ['---', '---', '---:', '---:', '---:'])}

Every shift of the worst load of each ("defined": when the bundle had registered the element; "feed": when
the feed's response ended; times from the start of navigation; each shifted box as its \`y\` and height, in CSS
px, before → after, clipped to the viewport; "(not exposed)" is a box inside a shadow root or since removed):

${table(['element and page', 'defined', 'feed', 'shifts'], detailRows, ['---', '---:', '---:', '---'])}
${findings(results)}`;
  const goals = results.flatMap(({ element, loads }) => {
    // The documented way (README, "No layout shift"): the custom property plus the page rule for the
    // element before the script has defined it.
    const documentedWorst = worst(loads.beforeUpgrade);
    // The goal rows take the README's script tag (blocking="render"); the plain tag's figure stands beside it.
    const defaultMedian = median(loads.blocking, 'cls');
    const repeatMedian = median(loads.repeatBlocking, 'cls');
    const plain = (key) =>
      `; a plain \`<script type="module">\` (first paint before the library): median ${median(loads[key], 'cls').toFixed(4)}`;
    return [
      {
        goal: `\`<${element.label}>\` CLS under ${GOAL_DEFAULT} without page CSS, feed ${DELAY_MS} ms late`,
        met: defaultMedian < GOAL_DEFAULT,
        figure: `median ${defaultMedian.toFixed(4)}, worst ${worst(loads.blocking).cls.toFixed(4)}${plain('default')}`,
        reason: defaultMedian < GOAL_DEFAULT ? undefined : explain(worst(loads.blocking)),
      },
      {
        goal: `\`<${element.label}>\` CLS 0.00 on a second page view in the session, without page CSS`,
        met: repeatMedian < 0.005,
        figure: `median ${repeatMedian.toFixed(4)}, worst ${worst(loads.repeatBlocking).cls.toFixed(4)}${plain('repeat')}`,
        reason: repeatMedian < 0.005 ? undefined : explain(worst(loads.repeatBlocking)),
      },
      {
        goal: `\`<${element.label}>\` CLS 0.00 with its reservation set to the rendered height (the documented way)`,
        met: documentedWorst.cls < 0.005,
        figure: `median ${median(loads.beforeUpgrade, 'cls').toFixed(4)}, worst ${documentedWorst.cls.toFixed(4)}; the custom property alone, without the page rule: ${worst(loads.reserved).cls.toFixed(4)}`,
        reason: documentedWorst.cls < 0.005 ? undefined : `${explain(documentedWorst)} (see section 4).`,
      },
    ];
  });
  return { markdown, goals, results };
}

const worst = (list) => list.reduce((found, entry) => (entry.cls > found.cls ? entry : found));
const median = (list, key) => {
  const sorted = list.map((entry) => entry[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** What the shifts show, from this run's figures. */
function findings(results) {
  const all = (key, test) => results.every(({ loads }) => loads[key].every(test));
  const worstOf = (key) => Math.max(...results.map(({ loads }) => worst(loads[key]).cls));
  const lines = [];
  if (all('reserved', (load) => load.clsAtFeed < 0.005)) {
    lines.push(
      `- Once loading, the reservation works: with it, no element shifts anything when its feed arrives ` +
        `(largest: ${Math.max(...results.map(({ loads }) => worst(loads.reserved).clsAtFeed)).toFixed(4)}).`,
    );
  }
  if (worstOf('default') >= GOAL_DEFAULT) {
    lines.push(
      `- With a plain \`<script type="module">\`, the page is painted before the library has run: until then the ` +
        `element is an empty inline box, and whatever it then reserves (its estimate, or the custom property, read ` +
        `inside its shadow root) moves the content below, once (worst ${worstOf('default').toFixed(4)}). ` +
        `With \`blocking="render"\` the first frame already holds the reservation (worst ${worstOf('blocking').toFixed(4)}).`,
    );
  }
  return lines.length > 0 ? `\nWhat the shifts show:\n\n${lines.join('\n')}\n` : '';
}

/** Which shift of a load cost what, in a sentence. */
function explain(load) {
  return load.shifts
    .map((shift) => {
      const moved = shift.sources.find((source) => source.node.startsWith('section#below')) ?? shift.sources[0];
      const distance = moved.current.height === 0 ? 'out of the viewport' : `${moved.current.y - moved.previous.y} px`;
      return `${shift.value.toFixed(3)} ${shift.when} (content below moved ${distance})`;
    })
    .join('; ');
}
