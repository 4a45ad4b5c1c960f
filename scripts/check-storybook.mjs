// Checks a built Storybook in Chromium: every story renders without an error, a failed request or a
// request off this machine; its widgets finish rendering, their feeds settle and nothing is wider than its
// box; axe finds no WCAG 2.2 A/AA violation (run here, and as reported by the a11y addon); each docs page
// lists the whole public API of its element from custom-elements.json, and the design tokens page every
// custom property and part in it; and each story's screenshot matches its committed baseline in
// test/screenshots/storybook/ (scripts/support/visual.mjs). Stories tagged `matrix` are also rendered in
// every other locale and right to left.
//
// Usage: node scripts/check-storybook.mjs [--dir storybook-static] [--out storybook-screenshots]
//          [--globals 'locale:nb;theme:dark']... [--color-scheme light|dark] [--filter TEXT] [--jobs N]
//          [--update]
// --globals renders every story with those toolbar globals (Storybook's URL syntax), once per --globals
// given; screenshots and their baselines then go to a folder per globals. Screenshots, and a `.diff.png`
// beside each that differs from its baseline, go to --out. --update writes the baselines instead of
// comparing (`npm run update-screenshots`). Exit status 1 when anything failed, with the list.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './support/static-server.mjs';
import { fixedOrigin, launchForScreenshots, ScreenshotComparison, steadyPage, wholePageScreenshot } from './support/visual.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    out: { type: 'string', default: 'storybook-screenshots' },
    globals: { type: 'string', multiple: true, default: [''] },
    'color-scheme': { type: 'string', default: 'light' },
    filter: { type: 'string', default: '' },
    jobs: { type: 'string', default: '2' },
    update: { type: 'boolean', default: false },
  },
});
const jobs = Number(options.jobs);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of pages, not "${options.jobs}"`);
if (!['light', 'dark'].includes(options['color-scheme'])) throw new Error('--color-scheme must be light or dark');
const staticDir = resolve(ROOT, options.dir);
const screenshotDir = resolve(ROOT, options.out);
const screenshots = new ScreenshotComparison({
  baselineDir: join(ROOT, 'test/screenshots/storybook'),
  outDir: screenshotDir,
  update: options.update,
});

/** The WCAG levels every story must pass; the a11y addon's settings in .storybook/preview.ts read the same file. */
const WCAG_TAGS = JSON.parse(readFileSync(join(ROOT, '.storybook/wcag-tags.json'), 'utf8'));
const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Stories tagged so show a feed that never arrives: their widgets must still be loading, not settled. */
const LOADING_TAG = 'stays-loading';
/**
 * Stories of a feed that fails: the library reports each failure once in the console (`nsiw-widgets: <tag
 * src="…">: …`), which is expected there and on docs pages (they render those stories), and nowhere else.
 */
const FEED_ERROR_TAG = 'feed-error';
const FAILURE_REPORT = /^console error: nsiw-widgets: <nsiw-[a-z-]+(?: [^>]*)?>: /;
/** The design tokens page (a story): it must list every custom property and part of the manifest. */
const TOKENS_TAG = 'design-tokens';
/** Stories of a page rather than a widget (the tokens, the workbench in a frame): no nsiw- element expected. */
const NO_WIDGETS_TAG = 'no-widgets';
/** Stories tagged so show many states side by side: they are also rendered with each of these globals. */
const MATRIX_TAG = 'matrix';
const MATRIX_GLOBALS = ['locale:nb', 'locale:sv', 'locale:da', 'dir:rtl'];
const STORY_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Runs in the page before Storybook: records what Storybook's preview announces on its channel (the story
 * finished with its test reports, it threw, docs rendered), which is how the check knows a story is done.
 */
function recordStorybookEvents() {
  const TERMINAL = ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing', 'docsRendered'];
  const OTHERS = ['playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
  // `entryId` is the story or docs page being shown: a docs page's own stories finish after it rendered,
  // and must not pass for the next entry finishing.
  const record = { events: [], finished: false, entryId: new URLSearchParams(location.search).get('id') };
  window.__storybookCheck = record;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const type of [...TERMINAL, ...OTHERS]) {
        value.on(type, (payload) => {
          let copy;
          try {
            copy = JSON.parse(JSON.stringify(payload ?? null));
          } catch {
            copy = String(payload);
          }
          if (payload instanceof Error) copy = { name: payload.name, message: payload.message, stack: payload.stack };
          record.events.push({ type, payload: copy });
          const entryId = type === 'storyFinished' ? copy?.storyId : type === 'docsRendered' ? copy : record.entryId;
          if (TERMINAL.includes(type) && entryId === record.entryId) record.finished = true;
        });
      }
    },
  });
}

/**
 * Runs in the page: waits until every `nsiw-` widget (those inside other widgets too) has finished
 * updating and, unless the story shows a feed that never arrives, every widget's feed has arrived or
 * failed (`aria-busy="false"`); then for the fonts and two frames, so that a screenshot shows the end.
 */
async function settleWidgets({ rootSelector, expectLoading, expectWidgets, timeout }) {
  const root = document.querySelector(rootSelector) ?? document.body;
  const widgetsIn = (node) =>
    [...node.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('nsiw-'))
      .flatMap((widget) => [widget, ...(widget.shadowRoot ? widgetsIn(widget.shadowRoot) : [])]);
  const widgets = () => widgetsIn(root);
  const busy = () => widgets().filter((widget) => widget.shadowRoot?.querySelector('[aria-busy="true"]'));
  const deadline = Date.now() + timeout;
  for (;;) {
    const pending = await Promise.all(widgets().map((widget) => widget.updateComplete));
    const done = pending.every(Boolean) && (expectLoading === undefined || (expectLoading ? busy().length > 0 : busy().length === 0));
    if (done) break;
    if (Date.now() > deadline) {
      return expectLoading
        ? 'no widget is loading, but the story is tagged to show the loading state'
        : `still loading after ${timeout / 1000} s: ${busy()
            .map((widget) => `<${widget.localName}>`)
            .join(', ')}`;
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  await document.fonts.ready;
  await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  return widgets().length === 0 && expectWidgets ? 'the story rendered no nsiw- widget' : undefined;
}

/**
 * Runs in the page: what is wider than the room it has, which a visitor would have to scroll sideways
 * for: a widget whose content overflows its own box, and the page itself overflowing the window.
 */
function overflows(rootSelector) {
  const root = document.querySelector(rootSelector) ?? document.body;
  const found = [...root.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('nsiw-') && element.scrollWidth > element.clientWidth + 1)
    .map((widget) => `<${widget.localName}> is ${widget.scrollWidth} px wide in its ${widget.clientWidth} px box`);
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`the page is ${page.scrollWidth} px wide in a ${page.clientWidth} px window`);
  return found;
}

/** Runs in the page: the custom properties, and each element's parts, that the design tokens page lists. */
function listedTokens() {
  const names = (table) => [...table.querySelectorAll('tbody > tr > td:first-child code')].map((code) => code.textContent.trim());
  const properties = document.querySelector('[data-tokens="custom-properties"]');
  return {
    properties: properties ? names(properties) : [],
    parts: Object.fromEntries([...document.querySelectorAll('[data-parts]')].map((table) => [table.dataset.parts, names(table)])),
  };
}

/** What the design tokens page lacks of the manifest's custom properties and parts. */
function missingTokens(manifest, listed) {
  const problems = [];
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const { name } of declaration.cssProperties ?? []) {
      if (!listed.properties.includes(name)) problems.push(`the design tokens page does not list ${name} (${declaration.tagName})`);
    }
    for (const { name } of declaration.cssParts ?? []) {
      if (!(listed.parts[declaration.tagName] ?? []).includes(`::part(${name})`)) {
        problems.push(`the design tokens page does not list ${declaration.tagName}::part(${name})`);
      }
    }
  }
  return problems;
}

/** One line per axe violation: rule, impact, what it asks, and where. */
function describeViolations(violations) {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.map((part) => [part].flat().join(' >>> ')).join(' '))
        .join('; ')}`,
  );
}

/** Runs in the page: the names the docs page's API table lists, by category, and whether each has a control. */
function listedApi() {
  const table = document.querySelector('.docblock-argstable');
  if (!table) return undefined;
  const listed = {};
  let category = '';
  for (const row of table.querySelectorAll(':scope > tbody > tr')) {
    // A category's heading row is a button that folds it: "Hide attributes items".
    const heading = row.querySelector(':scope > td[colspan]');
    if (heading) {
      category = (heading.querySelector('button')?.textContent ?? '')
        .trim()
        .replace(/^(Hide|Show) (.*) items$/, '$2')
        .toLowerCase();
      continue;
    }
    const cells = row.querySelectorAll(':scope > td');
    const name = cells[0]?.textContent.trim();
    const control = cells[cells.length - 1];
    const hasControl = !!control?.querySelector('input, select, textarea, button') && !control.querySelector('.sbdocs-argcontrol-setup');
    (listed[category] ??= []).push({ name, hasControl });
  }
  return listed;
}

/** What the docs page of `tagName` must list: its public API in custom-elements.json. */
function manifestApi(manifest, tagName) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tagName) continue;
      const publicFields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static,
      );
      const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      return {
        attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
        // A property behind an attribute is listed once, under its attribute.
        properties: publicFields.filter((field) => !attributeFields.has(field.name)).map((field) => field.name),
        events: (declaration.events ?? []).map((event) => event.name),
        slots: (declaration.slots ?? []).map((slot) => slot.name),
        'css shadow parts': (declaration.cssParts ?? []).map((part) => part.name),
        'css custom properties': (declaration.cssProperties ?? []).map((property) => property.name),
      };
    }
  }
  return undefined;
}

/** What the docs page lacks of the element's API, and attributes shown without a control. */
function compareApi(expected, listed) {
  const problems = [];
  const names = (category) => new Set((listed[category] ?? []).map((row) => row.name));
  for (const [category, wanted] of Object.entries(expected)) {
    for (const name of wanted) {
      // As stories/manifest.ts has the docs pages name them: the default slot "(default)", parts "::part(…)".
      const shown = category === 'slots' && name === '' ? '(default)' : category === 'css shadow parts' ? `::part(${name})` : name;
      if (!names(category).has(shown)) problems.push(`docs page does not list ${category.replace(/s$/, '')} "${shown}"`);
    }
  }
  for (const row of listed.attributes ?? []) {
    if (!row.hasControl) problems.push(`attribute "${row.name}" has no control`);
  }
  return problems;
}

/**
 * A Chromium page showing the built Storybook's preview (iframe.html), which renders story after story
 * as the Storybook UI has it do (its `setCurrentStory` event), without loading the preview again for each
 * one: that keeps the whole check within a minute or two. Storybook tears each story down before the next.
 */
class PreviewPage {
  /** The failures of the entry being checked; the page's listeners add to it. */
  failures = [];

  static async open(browser, origin) {
    // A context (window) of its own: a page behind another in one window gets no animation frames.
    const context = await browser.createBrowserContext();
    const preview = new PreviewPage(await context.newPage(), origin);
    await preview.listen();
    return preview;
  }

  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.loadedGlobals = undefined;
  }

  async listen() {
    const { page, origin } = this;
    await page.setViewport({ width: 1280, height: 800 });
    await steadyPage(page, [{ name: 'prefers-color-scheme', value: options['color-scheme'] }]);
    await page.evaluateOnNewDocument(recordStorybookEvents);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url ? ` (${message.location().url})` : '';
      this.failures.push(`console error: ${message.text()}${where}`);
    });
    page.on('pageerror', (error) => this.failures.push(`uncaught: ${error.message ?? error}`));
    page.on('requestfailed', (request) => {
      const offMachine = !request.url().startsWith(origin);
      this.failures.push(
        offMachine
          ? `request off this machine (stories must not use the network): ${request.url()}`
          : `request failed: ${request.url()} (${request.failure()?.errorText})`,
      );
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.failures.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }

  /** Shows `entry` (a story or a docs page) with the toolbar `globals`, and waits until Storybook is done with it. */
  async show(entry, globals) {
    const { page } = this;
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    if (this.loadedGlobals !== globals) {
      const query = new URLSearchParams({ id: entry.id, viewMode });
      if (globals) query.set('globals', globals);
      await page.goto(`${this.origin}/iframe.html?${query}`, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
      await page.addScriptTag({ path: AXE_SOURCE });
      this.loadedGlobals = globals;
    } else {
      await page.evaluate(
        (storyId, mode) => {
          Object.assign(window.__storybookCheck, { events: [], finished: false, entryId: storyId });
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: mode });
        },
        entry.id,
        viewMode,
      );
    }
    await page.waitForFunction(() => window.__storybookCheck.finished, { timeout: STORY_TIMEOUT_MS, polling: 50 });
    return (await page.evaluate(() => window.__storybookCheck)).events;
  }

  async check(entry, globals, manifest) {
    const failures = await this.inspect(entry, globals, manifest);
    const reportsExpected = entry.type === 'docs' || (entry.tags ?? []).includes(FEED_ERROR_TAG);
    return reportsExpected ? failures.filter((failure) => !FAILURE_REPORT.test(failure)) : failures;
  }

  async inspect(entry, globals, manifest) {
    this.failures = [];
    const { page, failures } = this;
    try {
      const events = await this.show(entry, globals);
      failures.push(...storybookFailures(events));

      const isDocs = entry.type === 'docs';
      const tags = entry.tags ?? [];
      const unsettled = await page.evaluate(settleWidgets, {
        rootSelector: isDocs ? '#storybook-docs' : '#storybook-root',
        expectLoading: isDocs ? undefined : tags.includes(LOADING_TAG),
        expectWidgets: !isDocs && !tags.includes(NO_WIDGETS_TAG),
        timeout: SETTLE_TIMEOUT_MS,
      });
      if (unsettled) failures.push(unsettled);
      if (tags.includes(TOKENS_TAG)) failures.push(...missingTokens(manifest, await page.evaluate(listedTokens)));

      if (isDocs) {
        const expected = manifestApi(manifest, entry.title.split('/').pop());
        if (expected) {
          // The API table renders after Storybook reports the page rendered.
          await page
            .waitForFunction(() => document.querySelector('.docblock-argstable > tbody > tr'), { timeout: SETTLE_TIMEOUT_MS, polling: 100 })
            .catch(() => {});
          const listed = await page.evaluate(listedApi);
          failures.push(...(listed ? compareApi(expected, listed) : ['docs page has no API table']));
        }
        return failures;
      }

      const violations = await page.evaluate(
        (tags) =>
          window.axe
            .run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
            .then((result) => result.violations),
        WCAG_TAGS,
      );
      failures.push(...describeViolations(violations).map((line) => `axe: ${line}`));

      failures.push(...(await page.evaluate(overflows, '#storybook-root')));
      const folder = globals ? `${globals.replace(/[^a-z0-9-]+/gi, '_')}/` : '';
      failures.push(...screenshots.check(`${folder}${entry.id}`, await wholePageScreenshot(page)));
    } catch (error) {
      failures.push(`check failed: ${error.message}`);
      // Whatever state the preview is in, the next entry starts from a fresh load.
      this.loadedGlobals = undefined;
    }
    return failures;
  }
}

/** What Storybook reported as wrong: the story threw, its play function failed, the a11y addon found violations. */
function storybookFailures(events) {
  const failures = [];
  for (const { type, payload } of events) {
    if (type === 'docsRendered') continue;
    if (type !== 'storyFinished') {
      failures.push(`${type}: ${payload?.message ?? payload?.description ?? JSON.stringify(payload)}`);
      continue;
    }
    if (payload.status !== 'success') failures.push(`story ${payload.storyId} finished with status "${payload.status}"`);
    for (const report of payload.reporters ?? []) {
      if (report.type !== 'a11y' || report.status !== 'failed') continue;
      const violations = report.result?.violations;
      failures.push(
        ...(violations
          ? describeViolations(violations).map((line) => `a11y addon: ${line}`)
          : [`a11y addon failed: ${JSON.stringify(report.result)}`]),
      );
    }
  }
  return failures;
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(options.filter));
const runs = options.globals.flatMap((globals) => [
  // Docs pages do not depend on the toolbar; they are checked once.
  ...entries.filter((entry) => entry.type === 'story' || globals === options.globals[0]).map((entry) => ({ entry, globals })),
  ...MATRIX_GLOBALS.flatMap((more) =>
    entries
      .filter((entry) => entry.type === 'story' && (entry.tags ?? []).includes(MATRIX_TAG))
      .map((entry) => ({ entry, globals: [globals, more].filter(Boolean).join(';') })),
  ),
]);

if (runs.length === 0) {
  console.error(`No stories in ${options.dir}/index.json${options.filter ? ` match "${options.filter}"` : ''}.`);
  process.exit(1);
}

const started = Date.now();
rmSync(screenshotDir, { recursive: true, force: true });
// Served as any static host would: a folder's URL gives its index.html.
const server = await startStaticServer({ folders: { '/': staticDir }, index: true });
const { origin, hostRule } = fixedOrigin('storybook', server.origin);
const browser = await launchForScreenshots({
  args: [
    // Pages checked side by side each keep rendering, not only the one in front.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    // No host name but the server's resolves, so that a story reaching for the network fails instead of waiting on it.
    `--host-resolver-rules=${hostRule}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ],
});

const results = [];
let next = 0;
async function worker() {
  const preview = await PreviewPage.open(browser, origin);
  while (next < runs.length) {
    const run = runs[next++];
    const runStarted = Date.now();
    const failures = await preview.check(run.entry, run.globals, manifest);
    const label = `${run.entry.id}${run.globals ? ` [${run.globals}]` : ''}`;
    const seconds = ((Date.now() - runStarted) / 1000).toFixed(1);
    console.log(`${failures.length === 0 ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
    results.push({ label, failures });
  }
}
try {
  await Promise.all(Array.from({ length: jobs }, worker));
} finally {
  await browser.close();
  await server.close();
}

// Only a whole run knows which baselines no story has any more.
const leftovers = options.filter
  ? []
  : options.globals.flatMap((globals) => screenshots.leftovers(globals.replace(/[^a-z0-9-]+/gi, '_') || '.'));
if (leftovers.length > 0) results.push({ label: 'baselines', failures: leftovers });
const failed = results.filter((result) => result.failures.length > 0);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const stories = runs.filter((run) => run.entry.type === 'story').length;
const docs = runs.length - stories;
console.log(`\nChecked ${stories} story renders and ${docs} docs pages in ${seconds} s; screenshots in ${options.out}/.`);
if (options.update)
  console.log(`Baselines written: ${screenshots.written.length ? `\n  ${screenshots.written.join('\n  ')}` : 'none (all matched)'}`);
if (failed.length > 0) {
  console.error(`\n${failed.length} failed:`);
  for (const { label, failures } of failed) {
    console.error(`\n${label}`);
    for (const failure of [...new Set(failures)]) console.error(`  - ${failure}`);
  }
  process.exit(1);
}
console.log('All passed.');
