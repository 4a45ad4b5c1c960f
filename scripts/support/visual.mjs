// Visual regression of the scripts that screenshot pages (Storybook's stories, the demo page, the
// workbench): a Chromium whose rendering depends on nothing but Debian's fonts-dejavu-core, and a
// comparison of each screenshot with its committed baseline (pixelmatch), with a diff image where it
// differs. `npm run update-screenshots` writes the baselines instead.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchChromium } from './browser.mjs';

/**
 * How far apart two pixels' colours may be (pixelmatch's OKLab HyAB distance, 0 to 1, where 1 is black
 * against white) and still count as the same. Run to run the screenshots here are identical; 0.02 still
 * sees a text colour moved from #1c1c1e to #2c2c2e, where pixelmatch's default of 0.1 does not.
 */
export const COLOUR_THRESHOLD = 0.02;

/**
 * How many pixels may differ before a screenshot fails. Anti-aliased pixels (edges of glyphs and curves,
 * which another CPU may round differently) are told apart by pixelmatch and never counted; anything else
 * that moved or changed colour is a change.
 */
export const MAX_DIFFERING_PIXELS = 0;

/** The only fonts a screenshot may use: fonts-dejavu-core, which `.ci/run` installs, and nothing else. */
const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_CORE = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSansMono.ttf',
  'DejaVuSansMono-Bold.ttf',
  'DejaVuSerif.ttf',
  'DejaVuSerif-Bold.ttf',
];

/**
 * The environment of a Chromium that renders text in fonts-dejavu-core alone, whatever else the machine
 * has installed: a fontconfig of its own that lists only those six files and maps the generic families
 * (and `system-ui`, which the pages ask for first) to them. Without it, a machine with Liberation or Noto
 * fonts renders `Arial` or `monospace` otherwise than one without, and no baseline would hold on both.
 */
function pinnedFontsEnvironment() {
  const missing = DEJAVU_CORE.filter((file) => !existsSync(join(DEJAVU_DIR, file)));
  if (missing.length > 0) {
    throw new Error(`Screenshots need Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core); missing: ${missing.join(', ')}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'nsiw-fonts-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const file of DEJAVU_CORE) symlinkSync(join(DEJAVU_DIR, file), join(dir, file));
  const alias = (generic, family) =>
    `<alias binding="strong"><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  writeFileSync(
    join(dir, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      `<dir>${dir}</dir>`,
      `<cachedir>${join(dir, 'cache')}</cachedir>`,
      alias('sans-serif', 'DejaVu Sans'),
      alias('system-ui', 'DejaVu Sans'),
      alias('serif', 'DejaVu Serif'),
      alias('monospace', 'DejaVu Sans Mono'),
      '</fontconfig>',
    ].join('\n'),
  );
  return { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') };
}

/**
 * Launches Debian's Chromium (see browser.mjs; `options` as there) for screenshots that are the same run
 * to run: fonts pinned as above, glyph outlines unhinted (hinting snaps them to the pixel grid in ways
 * that vary with the FreeType build), and no scroll bars to take width.
 * @param {Parameters<typeof launchChromium>[0]} [options]
 */
export function launchForScreenshots({ args = [], ...options } = {}) {
  return launchChromium({
    ...options,
    env: pinnedFontsEnvironment(),
    args: ['--font-render-hinting=none', '--hide-scrollbars', ...args],
  });
}

/**
 * Sets `page` up to look the same every time: motion reduced (the elements honour it; the page's own
 * animations and transitions are stopped too), and no blinking caret in a focused field. `mediaFeatures`
 * are emulated besides (a call of `emulateMediaFeatures` replaces the features it emulated before).
 * @param {import('puppeteer-core').Page} page
 * @param {import('puppeteer-core').MediaFeature[]} [mediaFeatures]
 */
export async function steadyPage(page, mediaFeatures = []) {
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }, ...mediaFeatures]);
  await page.evaluateOnNewDocument(() => {
    const style = new CSSStyleSheet();
    style.replaceSync(
      '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }',
    );
    const adopt = () => document.adoptedStyleSheets.push(style);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt, { once: true });
    else adopt();
  });
}

/**
 * The same origin on every run for a server on a free port, `http://<name>.localhost`, since a screenshot
 * may show a URL (a feed's address in an error): the Chromium flag `--host-resolver-rules=<hostRule>`
 * sends it to the server. A `.localhost` name is a secure context, as `127.0.0.1` is.
 */
export function fixedOrigin(name, serverOrigin) {
  return { origin: `http://${name}.localhost`, hostRule: `MAP ${name}.localhost 127.0.0.1:${new URL(serverOrigin).port}` };
}

/**
 * A screenshot of the whole page, `page`'s viewport as wide as it is and as tall as the page. Puppeteer's
 * `fullPage` draws beyond the viewport without moving it, which leaves `content-visibility: auto` content
 * there (the event list's items) unpainted. Here the viewport grows to the page's height, so that all of
 * it is painted and takes its real height instead of its estimate, and the page is measured again at
 * the first height (where it is no longer stretched to a tall viewport), until that height holds.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<Uint8Array>}
 */
export async function wholePageScreenshot(page) {
  const viewport = page.viewport();
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const resize = async (height) => {
    await page.setViewport({ ...viewport, height });
    await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  };
  let height = viewport.height;
  for (let needed = await pageHeight(); needed !== height; needed = await pageHeight()) {
    height = needed;
    await resize(height);
    await resize(viewport.height);
  }
  if (height !== viewport.height) await resize(height);
  const screenshot = await page.screenshot();
  if (height !== viewport.height) await page.setViewport(viewport);
  return screenshot;
}

/** `png`'s pixels on a canvas `width` × `height`, transparent where the image does not reach. */
function onCanvas(png, width, height) {
  if (png.width === width && png.height === height) return png.data;
  const canvas = new PNG({ width, height });
  PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
  return canvas.data;
}

/**
 * Compares screenshots with the PNG baselines under `baselineDir` (committed), named `<name>.png`; writes
 * each screenshot to `outDir/<name>.png` and, where it differs, `outDir/<name>.diff.png` (red: changed
 * pixels; yellow: anti-aliasing, not counted). With `update`, writes the baselines instead: only those that
 * differ or are new, so that an unchanged rendering leaves git clean.
 */
export class ScreenshotComparison {
  /** Names compared so far. */
  seen = new Set();
  /** Baselines written, when updating. */
  written = [];

  constructor({ baselineDir, outDir, update = false }) {
    Object.assign(this, { baselineDir, outDir, update });
  }

  /**
   * Compares (or, updating, stores) the screenshot `actual` (PNG bytes) under `name`, which may contain
   * `/` for a subfolder. Returns what is wrong with it: nothing, or one line.
   * @returns {string[]}
   */
  check(name, actual) {
    this.seen.add(name);
    const baselinePath = join(this.baselineDir, `${name}.png`);
    const actualPath = join(this.outDir, `${name}.png`);
    const diffPath = join(this.outDir, `${name}.diff.png`);
    mkdirSync(dirname(actualPath), { recursive: true });
    writeFileSync(actualPath, actual);
    rmSync(diffPath, { force: true });

    const baseline = existsSync(baselinePath) ? PNG.sync.read(readFileSync(baselinePath)) : undefined;
    const difference = baseline && this.difference(baseline, PNG.sync.read(actual), diffPath);
    if (this.update) {
      if (!baseline || difference) {
        mkdirSync(dirname(baselinePath), { recursive: true });
        writeFileSync(baselinePath, actual);
        rmSync(diffPath, { force: true });
        this.written.push(relative(process.cwd(), baselinePath));
      }
      return [];
    }
    if (!baseline) return [`no baseline ${relative(process.cwd(), baselinePath)} (npm run update-screenshots writes it)`];
    return difference ? [`${difference} from ${relative(process.cwd(), baselinePath)}; diff: ${relative(process.cwd(), diffPath)}`] : [];
  }

  /** What differs between the two images, in words, writing the diff image; `undefined` when nothing does. */
  difference(baseline, actual, diffPath) {
    const width = Math.max(baseline.width, actual.width);
    const height = Math.max(baseline.height, actual.height);
    const diff = new PNG({ width, height });
    const differing = pixelmatch(onCanvas(baseline, width, height), onCanvas(actual, width, height), diff.data, width, height, {
      threshold: COLOUR_THRESHOLD,
    });
    const resized = baseline.width !== actual.width || baseline.height !== actual.height;
    if (differing <= MAX_DIFFERING_PIXELS && !resized) return undefined;
    writeFileSync(diffPath, PNG.sync.write(diff));
    const size = resized ? `${actual.width}×${actual.height} px instead of ${baseline.width}×${baseline.height}, ` : '';
    return `${size}${differing} pixels differ`;
  }

  /**
   * Baselines under `folder` (relative to the baseline directory) that no screenshot of this run matched:
   * left behind by a renamed or removed story. Updating deletes them; otherwise they are reported.
   * @returns {string[]}
   */
  leftovers(folder = '.') {
    const dir = join(this.baselineDir, folder);
    if (!existsSync(dir)) return [];
    const names = readdirSync(dir, { recursive: true })
      .filter((file) => file.endsWith('.png'))
      .map((file) => join(folder, file.slice(0, -'.png'.length)).replace(/^\.\//, ''));
    const unused = names.filter((name) => !this.seen.has(name));
    if (this.update) {
      for (const name of unused) rmSync(join(this.baselineDir, `${name}.png`));
      return [];
    }
    return unused.map(
      (name) =>
        `baseline ${relative(process.cwd(), join(this.baselineDir, `${name}.png`))} matches no screenshot (npm run update-screenshots removes it)`,
    );
  }
}
