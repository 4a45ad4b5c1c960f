// Writes the calendar a site publishes for subscription (the feed's `calendarUrl`): one iCalendar file
// with every event of the feed, cancelled ones as STATUS:CANCELLED, and every workshop, with the same
// UIDs as the widgets' single files and the same on every run. An editor runs it after each change of the
// feed and publishes the file beside it (docs/calendar.md).
// Usage: npm run feed-to-ics -- [--out FILE] [--locale nb|en|sv|da] [--name NAME] [--feed-url URL] [--timeout SECONDS|Infinity] FEED_FILE_OR_URL
// Exit status: 1, with one line naming the problem, when the feed cannot be read or used as a whole.
import { realpath, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importSource } from './build-schema.mjs';
import { fail, printable, readFeed, runCli, timeoutOption } from './support/feed-cli.mjs';

const USAGE =
  'Usage: npm run feed-to-ics -- [--out FILE] [--locale nb|en|sv|da] [--name NAME] [--feed-url URL] [--timeout SECONDS|Infinity] FEED_FILE_OR_URL';
const LOCALES = ['nb', 'en', 'sv', 'da'];
/** How long a URL may take to answer and send its whole body, in seconds, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT = 30;

/** A path as the editor means it: npm runs scripts from the package root, not from where the editor is. */
function editorPath(path) {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** The file a path names, through links; the path itself when nothing is there yet. */
async function fileOf(path) {
  return realpath(path).catch(() => path);
}

function parseArguments(args) {
  const options = { out: undefined, locale: 'en', name: 'N-SIW', feedUrl: undefined, timeout: DEFAULT_TIMEOUT, sources: [] };
  const value = (index, name) => {
    const next = args[index + 1];
    if (next === undefined || next.startsWith('--')) fail(`${name} takes a value\n${USAGE}`);
    return next;
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--out') options.out = value(index++, arg);
    else if (arg === '--locale') options.locale = value(index++, arg);
    else if (arg === '--name') options.name = value(index++, arg);
    else if (arg === '--feed-url') options.feedUrl = value(index++, arg);
    else if (arg === '--timeout') options.timeout = timeoutOption(value(index++, arg), USAGE);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else options.sources.push(arg);
  }
  if (options.sources.length !== 1) fail(`expected one feed file or URL\n${USAGE}`);
  if (!LOCALES.includes(options.locale)) fail(`--locale takes one of ${LOCALES.join(', ')}\n${USAGE}`);
  if (options.feedUrl !== undefined && !URL.canParse(options.feedUrl)) fail(`--feed-url takes an absolute URL\n${USAGE}`);
  return { ...options, source: options.sources[0] };
}

async function main() {
  const { out, locale, name, feedUrl, timeout, source } = parseArguments(process.argv.slice(2));
  const remote = /^https?:\/\//i.test(source);
  if (out && !remote && (await fileOf(editorPath(out))) === (await fileOf(editorPath(source)))) {
    fail(`--out names the feed itself (${out}): the calendar would overwrite it; write it to another file`);
  }
  const [{ validateFeed }, { feedCalendar }, read] = await Promise.all([
    importSource('src/core/validator/validate.ts'),
    importSource('src/core/calendar/entries.ts'),
    readFeed(source, timeout),
  ]);
  let data;
  try {
    data = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${source} is not valid JSON: ${error.message}`);
  }
  // The URL the feed is published at names its items in the UIDs, as the widgets that read it do.
  const base = feedUrl ?? read.feedUrl;
  let result;
  try {
    result = validateFeed(data, base);
  } catch (error) {
    fail(`${source}: ${error.message}`);
  }
  if (!feedUrl && !remote) {
    console.error(
      printable(
        `warning: no --feed-url: the calendar's UIDs will not match the widgets' and its links to pages beside the feed ` +
          `point into this computer (${new URL('.', base).href}); give the address the feed is published at, e.g. ` +
          `--feed-url https://www.example.org/nsiw/feed.json`,
      ),
    );
  }
  const { events, workshops } = result.feed;
  // DTSTAMP from the feed's `updated`, so that an unchanged feed gives the same file on every run.
  const stamp = result.feed.updated ? new Date(result.feed.updated) : new Date(0);
  const ics = feedCalendar(result.feed, base, locale, name, stamp);
  if (out) {
    await writeFile(editorPath(out), ics);
    console.error(
      `${out}: ${events.length} events and ${workshops.length} workshops` +
        (result.skipped.length ? `; ${result.skipped.length} items skipped (npm run validate-feed tells why)` : ''),
    );
  } else {
    process.stdout.write(ics);
  }
  return 0;
}

runCli(main);
