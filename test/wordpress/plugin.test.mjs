// `npm run test:wordpress` (after `npm run build`): the plugin of dist/wordpress/ in a real WordPress
// (harness.mjs): every role that may write a post saves the shortcodes and blocks and gets them back
// unchanged, the published page shows the widgets in Chromium with one library script in <head>, its
// content is there without JavaScript, nothing moves while the feed is late, on a single site and on a
// multisite; the zip installs through WordPress's upload form.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/support/browser.mjs';
import { createUsers, ensurePackages, rest, startLab, startSite, waitFor } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = join(root, 'dist/wordpress/nsiw-widgets.zip');
const source = join(root, 'wordpress/nsiw-widgets');
const FEED_DELAY = 800;

/** The feed's server: the test feed with CORS, `delay` ms late (the page's request and the site's alike). */
const feedServer = { delay: 0 };

let lab;
let browser;
let feedUrl;

before(async () => {
  if (!existsSync(zip)) throw new Error('dist/wordpress/nsiw-widgets.zip is missing: run `npm run build` first');
  ensurePackages();
  const feed = readFileSync(new URL('feed.json', import.meta.url));
  feedServer.server = createServer((request, response) => {
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      response.end(feed);
    }, feedServer.delay);
  });
  await new Promise((resolve) => feedServer.server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${feedServer.server.address().port}/feed.json`;
  lab = await startLab();
  browser = await launchChromium({ defaultViewport: { width: 1280, height: 800 } });
});

after(async () => {
  await browser?.close();
  await lab?.stop();
  feedServer.server?.close();
});

/** The site reads the test feed on its own port (wp_safe_remote_get allows 80, 443 and 8080). */
const feedPortPlugin = () => ({
  'nsiw-test-feed-port.php': `<?php add_filter( 'http_allowed_safe_ports', function ( $ports ) { $ports[] = ${feedServer.server.address().port}; return $ports; } );\n`,
});

function activatePlugin(site) {
  const result = site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
$nsiw_result = activate_plugin( 'nsiw-widgets/nsiw-widgets.php' );
$nsiw_result = is_wp_error( $nsiw_result ) ? $nsiw_result->get_error_message() : 'active';`);
  assert.equal(result, 'active');
}

/** A post with every shortcode, as an author types them. */
const shortcodePost = (feed) =>
  [
    '[nsiw_language_toggle locales="nb en sv da"]',
    `[nsiw_events src="${feed}" limit="3" heading-level="2"]`,
    `[nsiw_workshop_card src="${feed}" workshop-id="workshop-oslo"]`,
    `[nsiw_workshop_series src="${feed}"]`,
    `[nsiw_info_tabs src="${feed}"]`,
    'The text below the widgets.',
  ].join('\n\n');

/** A post with every block, as the block editor serializes them. */
const blockPost = (feed) =>
  [
    '<!-- wp:nsiw-widgets/language-toggle {"locales":"nb en sv da"} /-->',
    `<!-- wp:nsiw-widgets/events {"src":"${feed}","limit":3,"headingLevel":2} /-->`,
    `<!-- wp:nsiw-widgets/workshop-card {"src":"${feed}","workshopId":"workshop-oslo"} /-->`,
    `<!-- wp:nsiw-widgets/workshop-series {"src":"${feed}"} /-->`,
    `<!-- wp:nsiw-widgets/info-tabs {"src":"${feed}"} /-->`,
    '<!-- wp:paragraph -->\n<p>The text below the widgets.</p>\n<!-- /wp:paragraph -->',
  ].join('\n\n');

/** What the widgets of those posts show once loaded. */
const LOADED = { events: 3, card: true, series: 2, tabs: 2, toggle: 4 };

function widgetsState(page) {
  return page.evaluate(() => {
    const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
    return {
      events: shadow('nsiw-events')?.querySelectorAll('[part~="event"]').length ?? 0,
      card: shadow('nsiw-workshop-card')?.querySelector('[part~="title"]')?.textContent.includes('Oslo') ?? false,
      series: shadow('nsiw-workshop-series')?.querySelectorAll('nsiw-workshop-card').length ?? 0,
      tabs: shadow('nsiw-info-tabs')?.querySelectorAll('[role="tab"]').length ?? 0,
      toggle: shadow('nsiw-language-toggle')?.querySelectorAll('button').length ?? 0,
    };
  });
}

async function expectWidgets(page) {
  let state;
  await waitFor(
    async () => {
      state = await widgetsState(page);
      return JSON.stringify(state) === JSON.stringify(LOADED);
    },
    'the widgets to render',
    15_000,
  ).catch(() => assert.deepEqual(state, LOADED, 'the widgets on the published page'));
}

async function expectOneLibraryScript(page) {
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[src*="/nsiw-widgets.js"]')].map((script) => ({
      inHead: script.parentElement === document.head,
      type: script.type,
      integrity: /^sha384-[A-Za-z0-9+/]+=*$/.test(script.integrity),
      crossOrigin: script.crossOrigin,
    })),
  );
  assert.deepEqual(scripts, [{ inHead: true, type: 'module', integrity: true, crossOrigin: 'anonymous' }]);
}

/** The page with JavaScript off: its text. */
async function textWithoutJavaScript(url) {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

/**
 * The cumulative layout shift of a first visit to `url` (a fresh browser context: no cache, no feed kept
 * from an earlier page) with the feed `FEED_DELAY` ms late, until the widgets have rendered and two more
 * frames have been laid out; with each shift's boxes, for the message.
 */
async function layoutShift(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  feedServer.delay = FEED_DELAY;
  try {
    await page.evaluateOnNewDocument(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: entry.sources.map(
              ({ node, previousRect, currentRect }) => `${node?.nodeName ?? '?'} y ${previousRect.y}→${currentRect.y}`,
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await expectWidgets(page);
    return await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({ cls: window.shifts.reduce((sum, shift) => sum + shift.value, 0), shifts: window.shifts }),
            ),
          ),
        ),
    );
  } finally {
    feedServer.delay = 0;
    await context.close();
  }
}

async function logIn(page, site, login) {
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
  // Filled, not typed: the login page selects the user name field's text 200 ms after it loads, and the
  // keys typed after that would replace what was typed before.
  await page.$eval('#user_login', (field, value) => (field.value = value), login);
  await page.$eval('#user_pass', (field, value) => (field.value = value), `${login}-password`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  assert.ok(new URL(page.url()).pathname.startsWith('/wp-admin'), `${login} is logged in (at ${page.url()})`);
}

/** Saves `content` as `writer`, published (by `publisher` when given, as an editor publishes a contributor's post). */
async function savePost(site, content, writer, publisher) {
  const post = await rest(site, writer, 'POST', '/wp/v2/posts', { title: 'N-SIW', content, status: publisher ? 'pending' : 'publish' });
  const stored = await rest(site, writer, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
  assert.equal(stored.content.raw, content, 'stored as saved');
  if (publisher) {
    await rest(site, publisher, 'POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
    // A contributor may no longer edit the post once it is published: the editor reads it back.
    const published = await rest(site, publisher, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    assert.equal(published.status, 'publish');
    assert.equal(published.content.raw, content, 'stored as saved after the editor published it');
  }
  return post;
}

/** The checks of a published post: widgets, one script in <head>, content without JavaScript, no layout shift. */
async function checkPublished(link, { title, date }) {
  const page = await browser.newPage();
  try {
    await page.goto(link, { waitUntil: 'load' });
    await expectWidgets(page);
    await expectOneLibraryScript(page);
  } finally {
    await page.close();
  }
  const text = await textWithoutJavaScript(link);
  assert.ok(text.includes(title), `without JavaScript the page shows "${title}"`);
  for (const part of date) assert.ok(text.includes(part), `without JavaScript the page shows "${part}" (the date and time)`);
  const { cls, shifts } = await layoutShift(link);
  console.log(`CLS ${cls.toFixed(4)} (feed ${FEED_DELAY} ms late): ${link}`);
  assert.ok(cls < 0.05, `CLS ${cls.toFixed(4)} with the feed ${FEED_DELAY} ms late: ${JSON.stringify(shifts)}`);
}

/** No warning, notice or error of the plugin in the site's PHP log. */
function expectCleanLog(site) {
  const lines = site
    .log()
    .split('\n')
    .filter((line) => line.includes('nsiw-widgets'));
  assert.deepEqual(lines, [], 'PHP messages from the plugin');
}

test('every string of the plugin is in the .pot and translated into nb_NO, sv_SE and da_DK', () => {
  const keys = new Set();
  const walk = (dir) =>
    readdirSync(dir).forEach((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      const text = readFileSync(path, 'utf8');
      if (path.endsWith('.php')) {
        for (const [, string] of text.matchAll(
          /\b(?:__|_e|esc_html__|esc_attr__|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)',\s*'nsiw-widgets'\s*\)/g,
        )) {
          keys.add(string.replace(/\\(.)/g, '$1'));
        }
        for (const [, header] of text.matchAll(/^ \* (?:Plugin Name|Description|Author):\s+(.+)$/gm)) keys.add(header.trim());
      }
      if (name === 'block.json') {
        const block = JSON.parse(text);
        keys.add(`block title\u0004${block.title}`);
        keys.add(`block description\u0004${block.description}`);
        for (const keyword of block.keywords) keys.add(`block keyword\u0004${keyword}`);
      }
    });
  walk(source);
  const catalogue = (file) => {
    const entries = new Map();
    for (const block of readFileSync(join(source, 'languages', file), 'utf8').split(/\n\n+/)) {
      const field = (name) => {
        const match = new RegExp(`^${name} ((?:".*"\\n?)+)`, 'm').exec(`${block}\n`);
        return match
          ? match[1]
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line))
              .join('')
          : undefined;
      };
      const id = field('msgid');
      if (!id) continue;
      const context = field('msgctxt');
      entries.set(context === undefined ? id : `${context}\u0004${id}`, field('msgstr'));
    }
    return entries;
  };
  assert.deepEqual([...catalogue('nsiw-widgets.pot').keys()].sort(), [...keys].sort(), 'the .pot holds exactly the strings of the sources');
  for (const locale of ['nb_NO', 'sv_SE', 'da_DK']) {
    const po = catalogue(`nsiw-widgets-${locale}.po`);
    const missing = [...keys].filter((key) => !po.get(key));
    assert.deepEqual(missing, [], `untranslated in ${locale}`);
  }
});

describe('single site', () => {
  let site;
  let users;

  before(async () => {
    site = await startSite(lab, { name: 'single', plugins: [zip], muPlugins: feedPortPlugin() });
    activatePlugin(site);
    users = createUsers(site, { editor: 'editor', author: 'author', contributor: 'contributor' });
  });

  test('PHP lints every file of the plugin, as the repository has it and as the zip installs it', () => {
    const phpFiles = (dir) =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? phpFiles(path) : path.endsWith('.php') ? [path] : [];
      });
    const files = [
      ...phpFiles(source),
      ...phpFiles(join(site.content, 'plugins/nsiw-widgets')),
      fileURLToPath(new URL('router.php', import.meta.url)),
    ];
    assert.ok(
      files.some((file) => file.endsWith('library/library.php')),
      'the build wrote library/library.php',
    );
    for (const file of files) {
      const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(result.status, 0, `php -l ${file}: ${result.stdout}${result.stderr}`);
    }
  });

  test("the blocks are registered with the attributes the plugin turns into the elements' own", () => {
    const mismatches = site.php(`
$nsiw_result = array();
foreach ( NSIW_Widgets\\element_definitions() as $tag => $definition ) {
	$block    = WP_Block_Type_Registry::get_instance()->get_registered( $definition['block'] );
	$expected = array_column( $definition['attributes'], 'block' );
	$actual   = array_diff( array_keys( $block->attributes ), array( 'align', 'className', 'lock' ) );
	sort( $expected );
	sort( $actual );
	if ( $expected !== $actual || ! shortcode_exists( $definition['shortcode'] ) ) {
		$nsiw_result[ $tag ] = array( $expected, array_values( $actual ) );
	}
}`);
    assert.deepEqual(mismatches, []);
  });

  test('the built translations are .mo files WordPress reads: the plugin speaks nb_NO, sv_SE and da_DK', () => {
    const labels = site.php(`
$nsiw_result = array();
foreach ( array( 'nb_NO', 'sv_SE', 'da_DK' ) as $locale ) {
	unload_textdomain( 'nsiw-widgets' );
	load_textdomain( 'nsiw-widgets', WP_PLUGIN_DIR . "/nsiw-widgets/languages/nsiw-widgets-$locale.mo" );
	$nsiw_result[ $locale ] = __( 'Feed URL', 'nsiw-widgets' );
}`);
    assert.deepEqual(labels, { nb_NO: 'Feed-adresse', sv_SE: 'Flödesadress', da_DK: 'Feed-adresse' });
  });

  test("a contributor's post with every shortcode and block, published by an editor, is stored unchanged and shows the widgets", async () => {
    for (const content of [shortcodePost(feedUrl), blockPost(feedUrl)]) {
      const post = await savePost(site, content, users.contributor, users.editor);
      await checkPublished(post.link, { title: 'Seminar on integration work in Oslo', date: ['12 October 2099', '12:30'] });
    }
  });

  test("an author's post with every shortcode and block is stored unchanged, also after the author changes only its title", async () => {
    for (const content of [shortcodePost(feedUrl), blockPost(feedUrl)]) {
      const post = await savePost(site, content, users.author);
      await rest(site, users.author, 'POST', `/wp/v2/posts/${post.id}`, { title: 'N-SIW, renamed' });
      const stored = await rest(site, users.author, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
      assert.equal(stored.content.raw, content);
      await checkPublished(post.link, { title: 'Seminar on integration work in Oslo', date: ['12 October 2099', '12:30'] });
    }
  });

  test('a page without a widget loads no library', async () => {
    const post = await rest(site, users.author, 'POST', '/wp/v2/posts', { title: 'Plain', content: 'Nothing here.', status: 'publish' });
    const html = await (await fetch(post.link)).text();
    assert.ok(!html.includes('nsiw-widgets.js'), 'no script on a page without widgets');
  });

  test('in the block editor an author gets the sidebar controls and a live preview, and saves a change', async () => {
    const post = await savePost(site, blockPost(feedUrl), users.author);
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await logIn(page, site, 'author');
      await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 0);
      await page.evaluate(() => {
        const { select, dispatch } = window.wp.data;
        if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
        const events = select('core/block-editor')
          .getBlocks()
          .find((block) => block.name === 'nsiw-widgets/events');
        dispatch('core/block-editor').selectBlock(events.clientId);
        dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      // The preview is the server's rendering, upgraded by the library in the editor.
      const previewEvents = () =>
        page.evaluate(
          () =>
            document.querySelector('[data-type="nsiw-widgets/events"] nsiw-events')?.shadowRoot?.querySelectorAll('[part~="event"]')
              .length ?? 0,
        );
      await waitFor(async () => (await previewEvents()) === 3, 'the preview of the events block');
      const labels = await page.$$eval('.interface-complementary-area label', (elements) => elements.map((label) => label.textContent));
      for (const label of ['Feed URL', 'Show', 'Most events shown', 'Event types', 'Heading level']) {
        assert.ok(labels.includes(label), `the sidebar has "${label}" (it has ${labels.join(', ')})`);
      }
      const limitId = await page.$$eval('.interface-complementary-area label', (elements) =>
        elements.find((label) => label.textContent === 'Most events shown').getAttribute('for'),
      );
      await page.focus(`#${limitId}`);
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type('1');
      await waitFor(async () => (await previewEvents()) === 1, 'the preview to show one event');
      await page.click('.editor-post-publish-button');
      await page.waitForFunction(() => {
        const editor = window.wp.data.select('core/editor');
        return !editor.isSavingPost() && !editor.isEditedPostDirty();
      });
      const stored = await rest(site, users.author, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
      assert.ok(
        stored.content.raw.includes(`<!-- wp:nsiw-widgets/events {"src":"${feedUrl}","limit":1,"headingLevel":2} /-->`),
        stored.content.raw,
      );
    } finally {
      await context.close();
    }
  });

  test('the settings page saves the default feed URL for an administrator (nonce, manage_options), and is closed to an editor', async () => {
    const editorContext = await browser.createBrowserContext();
    try {
      const page = await editorContext.newPage();
      await logIn(page, site, 'editor');
      const denied = await page.goto(`${site.url}/wp-admin/options-general.php?page=nsiw-widgets`, { waitUntil: 'load' });
      assert.equal(denied.status(), 403);
    } finally {
      await editorContext.close();
    }
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await logIn(page, site, 'admin');
      await page.goto(`${site.url}/wp-admin/options-general.php?page=nsiw-widgets`, { waitUntil: 'load' });
      await page.type('#nsiw-widgets-feed_url', feedUrl);
      await page.type('#nsiw-widgets-library_url', 'https://cdn.example.org/nsiw-widgets.js');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      const notices = await page.$$eval('.notice, .error, .updated', (elements) => elements.map((element) => element.textContent.trim()));
      assert.ok(
        notices.some((notice) => notice.includes('A library URL needs its integrity')),
        `a library URL without integrity is refused: ${notices}`,
      );
      const saved = site.php(`$nsiw_result = get_option( 'nsiw_widgets_settings' );`);
      assert.equal(saved.feed_url, feedUrl);
      assert.equal(saved.library_url, '');

      const post = await rest(site, users.contributor, 'POST', '/wp/v2/posts', {
        title: 'Default feed',
        content: '[nsiw_events]',
        status: 'pending',
      });
      await rest(site, users.editor, 'POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
      const html = await (await fetch(post.link)).text();
      assert.ok(html.includes(`<nsiw-events src="${feedUrl}">`), 'a shortcode without src reads the default feed');
      assert.ok(html.includes('Seminar on integration work in Oslo'), 'with its content in the page');
    } finally {
      await context.close();
    }
  });

  test('the plugin leaves nothing in the PHP log', () => expectCleanLog(site));

  test('uninstalling the plugin removes its settings and its copies of feeds', () => {
    const stored = `global $wpdb;
$nsiw_result = $wpdb->get_col( "SELECT option_name FROM $wpdb->options WHERE option_name LIKE '%nsiw_widgets%'" );`;
    const before = site.php(stored);
    assert.ok(
      before.includes('nsiw_widgets_settings') && before.some((name) => name.startsWith('_transient_nsiw_widgets_feed_')),
      before.join(),
    );
    site.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'nsiw-widgets/nsiw-widgets.php' );
uninstall_plugin( 'nsiw-widgets/nsiw-widgets.php' );`);
    assert.deepEqual(site.php(stored), []);
  });
});

describe('multisite, as a site administrator', () => {
  let site;
  let users;

  before(async () => {
    site = await startSite(lab, { name: 'network', multisite: true, locale: 'nb_NO', plugins: [zip], muPlugins: feedPortPlugin() });
    activatePlugin(site);
    users = createUsers(site, { siteadmin: 'administrator' });
  });

  test("the plugin speaks the site's language (nb_NO)", () => {
    assert.deepEqual(site.php(`$nsiw_result = array( get_locale(), __( 'Feed URL', 'nsiw-widgets' ) );`), ['nb_NO', 'Feed-adresse']);
  });

  test('a site administrator has no unfiltered_html on a network', () => {
    assert.deepEqual(
      site.php(
        `$nsiw_result = array( is_multisite(), is_super_admin( ${users.siteadmin.id} ), user_can( ${users.siteadmin.id}, 'unfiltered_html' ) );`,
      ),
      [true, false, false],
    );
  });

  test("a site administrator's post with every shortcode and block is stored unchanged and shows the widgets, in Norwegian without JavaScript", async () => {
    for (const content of [shortcodePost(feedUrl), blockPost(feedUrl)]) {
      const post = await savePost(site, content, users.siteadmin);
      await checkPublished(post.link, { title: 'Seminar om integreringsarbeid i Oslo', date: ['12. oktober 2099', '12:30'] });
    }
  });

  test('the plugin leaves nothing in the PHP log', () => expectCleanLog(site));
});

describe('a fresh WordPress', () => {
  test('the zip installs through Plugins → Add New → Upload Plugin, and its shortcode works', async () => {
    const site = await startSite(lab, { name: 'fresh', muPlugins: feedPortPlugin() });
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await logIn(page, site, 'admin');
      await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
      const input = await page.waitForSelector('#pluginzip');
      await input.uploadFile(zip);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#install-plugin-submit')]);
      const report = await page.$eval('#wpbody-content', (element) => element.innerText);
      assert.match(report, /Plugin installed successfully/, report);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href*="action=activate"]')]);
      assert.match(await page.$eval('#wpbody-content', (element) => element.innerText), /Plugin activated/);

      const users = createUsers(site, { author: 'author' });
      const post = await savePost(site, `[nsiw_events src="${feedUrl}" limit="3"]`, users.author);
      await page.goto(post.link, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('nsiw-events')?.shadowRoot?.querySelectorAll('[part~="event"]').length === 3);
      await expectOneLibraryScript(page);
      expectCleanLog(site);
    } finally {
      await context.close();
    }
  });
});
