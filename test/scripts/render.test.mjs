// The server renderer's command (`npx nsiw-widgets render`, bin/nsiw-widgets.js, after `npm run build`),
// run as a static build runs it: the project's own pages in every language, and what it cannot use.
// Run with: node --test test/scripts/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the command with `args`; resolves with its exit code and output. */
function render(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/nsiw-widgets.js', 'render', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The text of a rendered page, tags and comments gone: what a reader without a browser gets. */
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const NOW = '2026-12-01T12:00:00Z';

describe('nsiw-widgets render: the project pages in every language', () => {
  /** A feed text as the elements show it in `locale`: its own, else English (docs/feed.md). */
  const inLocale = (text, locale) => (typeof text === 'string' ? text : (text[locale] ?? text.en));
  const dates = { nb: 'torsdag 18. mars 2027', en: 'Thursday 18 March 2027', sv: 'torsdag 18 mars 2027', da: 'torsdag den 18. marts 2027' };
  /** What a page rendered from `feedFile` must say in `locale`: the title of the March 2027 meeting, its date, the first tab's title. */
  const expected = (feedFile, locale) => {
    const feed = JSON.parse(readFileSync(join(ROOT, feedFile), 'utf8'));
    const meeting = feed.events.find((event) => event.id === 'meeting-2027-03-copenhagen');
    return [inLocale(meeting.title, locale), dates[locale], inLocale(feed.tabs[0].title, locale)];
  };
  for (const locale of Object.keys(dates)) {
    it(`renders the demo page's events, dates and tabs in ${locale}`, async () => {
      const [title, date, tab] = expected('demo/feed.json', locale);
      const { code, stdout, stderr } = await render('demo/index.html', '--feed', 'demo/feed.json', '--locale', locale, '--now', NOW);
      assert.equal(code, 0, stderr);
      const text = textOf(stdout);
      assert.ok(text.includes(title), `${locale}: ${title}`);
      assert.ok(text.includes(date), `${locale}: ${date}`);
      assert.ok(text.includes(tab), `${locale}: ${tab}`);
      assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
      assert.match(stdout, /<time datetime="2027-03-18T10:00:00\+01:00"/);
      assert.ok(
        stdout.includes(`<!-- nsiw-widgets render: ${locale}, as of 2026-12-01T12:00:00.000Z -->`),
        'the render records its locale and now',
      );
      assert.match(stderr, /style-src 'sha256-[\w+/=]+'/, 'the hashes a strict policy needs');
    });

    it(`renders examples/cdn.html with examples/feed.json in ${locale}`, async () => {
      const [title, date] = expected('examples/feed.json', locale);
      const { code, stdout, stderr } = await render('examples/cdn.html', '--feed', 'examples/feed.json', '--locale', locale, '--now', NOW);
      assert.equal(code, 0, stderr);
      assert.ok(textOf(stdout).includes(title), `${locale}: ${title}`);
      assert.ok(textOf(stdout).includes(date), `${locale}: ${date}`);
    });
  }

  it("takes the page's own language without --locale", async () => {
    const { stdout } = await render('examples/cdn.html', '--feed', 'examples/feed.json', '--now', NOW);
    assert.ok(stdout.includes('<!-- nsiw-widgets render: nb,'), 'examples/cdn.html is <html lang="nb">');
  });

  it('renders a page it rendered before once, not twice', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'nsiw-render-'));
    const once = join(directory, 'once.html');
    await render('examples/cdn.html', '--feed', 'examples/feed.json', '--now', NOW, '--out', once);
    const { code, stdout } = await render(once, '--feed', 'examples/feed.json', '--now', NOW);
    assert.equal(code, 0);
    assert.equal(stdout, await readFile(once, 'utf8'));
  });
});

describe('nsiw-widgets render: what it cannot use', () => {
  let directory;
  let out;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'nsiw-render-'));
    out = join(directory, 'out.html');
    await writeFile(join(directory, 'broken.json'), '{ "version": 1, "events": [ }');
    await writeFile(join(directory, 'v2.json'), '{ "version": 2, "events": [] }');
    await writeFile(
      join(directory, 'inline.html'),
      '<!doctype html><html lang="en"><body>\n<nsiw-events>\n<script type="application/json">{ "version": 1, </script></nsiw-events></body></html>',
    );
  });

  const fails = async (args, pattern) => {
    const { code, stdout, stderr } = await render(...args, '--out', out);
    assert.equal(code, 1, stderr);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line: ${stderr}`);
    assert.match(lines[0], pattern);
    assert.equal(existsSync(out), false, 'nothing written');
  };

  it('names a feed that is not JSON, with its line', () =>
    fails(['demo/index.html', '--feed', join(directory, 'broken.json')], /broken\.json: not valid JSON at line 1/));
  it('names a page that does not exist', () =>
    fails(['no-such-page.html', '--feed', 'demo/feed.json'], /no-such-page\.html: no such file/));
  it('names a feed that does not exist', () =>
    fails(['demo/index.html', '--feed', 'no-such-feed.json'], /no-such-feed\.json: no such file/));
  it('names the element whose feed is of another version', () =>
    fails(
      ['demo/index.html', '--feed', join(directory, 'v2.json')],
      /demo\/index\.html: <nsiw-info-tabs src="\/demo\/feed\.json">: .*version 2/,
    ));
  it('names the element whose inline feed is not JSON', () =>
    fails([join(directory, 'inline.html')], /inline\.html: <nsiw-events>: its inline feed \(line 3\) is not valid JSON/));
  it('names an element with src when no feed is given', () =>
    fails(['demo/index.html'], /<nsiw-info-tabs src="\/demo\/feed\.json">: no feed to render it from/));
});
