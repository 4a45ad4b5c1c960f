// Validates a feed file or URL with the widgets' own validator, and tells the editor what the widgets
// would leave out, and why.
// Usage: npm run validate-feed -- [--strict] FILE_OR_URL
// Exit status: 1 when the feed cannot be read or is unusable as a whole (not JSON, not an object, wrong
// version); with --strict also when any item is skipped or any member ignored; else 0.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSource } from './build-schema.mjs';

const USAGE = 'Usage: npm run validate-feed -- [--strict] FILE_OR_URL';

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

/** The feed's text, and the URL its relative links are resolved against (its own). */
async function readFeed(source) {
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await fetch(source, { headers: { Accept: 'application/json' } });
    } catch (error) {
      fail(`could not fetch ${source}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${source}`);
    return { text: await response.text(), feedUrl: response.url || source };
  }
  // npm runs scripts from the package root; a relative path means one relative to where the editor is.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), source);
  try {
    return { text: await readFile(path, 'utf8'), feedUrl: pathToFileURL(path).href };
  } catch (error) {
    fail(`could not read ${path}: ${error.message}`);
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const sources = args.filter((arg) => arg !== '--strict');
if (sources.length !== 1 || sources[0].startsWith('-')) fail(`expected one feed file or URL\n${USAGE}`);
const [source] = sources;

const [{ validateFeed, describeProblem }, { text, feedUrl }] = await Promise.all([
  importSource('src/core/feed-validate.ts'),
  readFeed(source),
]);

let data;
try {
  // A byte order mark is allowed in the file (browsers drop it when decoding); JSON.parse is not.
  data = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`${source} is not valid JSON: ${error.message}`);
}

let result;
try {
  result = validateFeed(data, feedUrl);
} catch (error) {
  fail(`${source}: ${error.message}`);
}

for (const problem of result.skipped) console.log(`skipped: ${describeProblem(problem)}`);
for (const problem of result.dropped) console.log(`ignored: ${describeProblem(problem)}`);

const { events, workshops, tabs } = result.feed;
const problems = result.skipped.length + result.dropped.length;
console.log(
  `${source}: ${plural(events.length, 'event')}, ${plural(workshops.length, 'workshop')} and ${plural(tabs.length, 'tab')} valid; ` +
    `${plural(result.skipped.length, 'item')} skipped, ${plural(result.dropped.length, 'member')} ignored.`,
);
if (strict && problems > 0) process.exit(1);
