// Validates a feed file or URL with the widgets' own validator, and tells the editor what the widgets
// would leave out, and why.
// Usage: npm run validate-feed -- [--strict] [--timeout SECONDS] FILE_OR_URL
// Exit status: 1 when the feed cannot be read or is unusable as a whole (not JSON, not an object, wrong
// version, cut off, too slow); with --strict also when any item is skipped or any member ignored; else 0.
// Every failure is one line on stderr, never a stack trace.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importSource } from './build-schema.mjs';

const USAGE = 'Usage: npm run validate-feed -- [--strict] [--timeout SECONDS] FILE_OR_URL';
/** How long a URL may take to answer and send its whole body, in seconds, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT = 30;

/**
 * `text` safe for a terminal: control characters (escape sequences that recolour, retitle or clear it),
 * DEL, C1 controls and the bidi controls that reorder a line are written as `\u001b`-style escapes.
 */
function printable(text) {
  return String(text).replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A failure with a message meant for the editor: `main` prints it as it is. */
class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

/** The feed's text, and the URL its relative links are resolved against (its own). */
async function readFeed(source, timeout) {
  if (/^https?:\/\//i.test(source)) {
    // One deadline for the answer and the whole body: a server that trickles bytes must not hold us.
    const signal = AbortSignal.timeout(timeout * 1000);
    const reason = (error) =>
      signal.aborted ? `no complete answer within ${timeout} s` : (error.cause?.message ?? error.message);
    let response;
    try {
      response = await fetch(source, { headers: { Accept: 'application/json' }, signal });
    } catch (error) {
      fail(`could not fetch ${source}: ${reason(error)}`);
    }
    if (!response.ok) fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${source}`);
    try {
      return { text: await response.text(), feedUrl: response.url || source };
    } catch (error) {
      fail(`could not read the whole of ${source}: ${reason(error)}`);
    }
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

/** The options and the one source, or a usage failure. */
function parseArguments(args) {
  const options = { strict: false, timeout: DEFAULT_TIMEOUT, sources: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const value = Number(arg === '--timeout' ? args[++index] : arg.slice('--timeout='.length));
      if (!(value > 0)) fail(`--timeout takes a number of seconds\n${USAGE}`);
      options.timeout = value;
    } else options.sources.push(arg);
  }
  if (options.sources.length !== 1 || options.sources[0].startsWith('-')) fail(`expected one feed file or URL\n${USAGE}`);
  return { ...options, source: options.sources[0] };
}

async function main() {
  const { strict, timeout, source } = parseArguments(process.argv.slice(2));
  const [{ validateFeed, describeProblem }, { text, feedUrl }] = await Promise.all([
    importSource('src/core/feed/validate.ts'),
    readFeed(source, timeout),
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

  for (const problem of result.skipped) console.log(printable(`skipped: ${describeProblem(problem)}`));
  for (const problem of result.dropped) console.log(printable(`ignored: ${describeProblem(problem)}`));

  const { events, workshops, tabs } = result.feed;
  const problems = result.skipped.length + result.dropped.length;
  console.log(
    printable(
      `${source}: ${plural(events.length, 'event')}, ${plural(workshops.length, 'workshop')} and ${plural(tabs.length, 'tab')} valid; ` +
        `${plural(result.skipped.length, 'item')} skipped, ${plural(result.dropped.length, 'member')} ignored.`,
    ),
  );
  return strict && problems > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // One clear line, whatever failed: an expected failure as worded, anything else by its message.
  const message = error instanceof Failure ? error.message : `unexpected failure: ${error?.message ?? error}`;
  console.error(message.split('\n').map((line, index) => (index === 0 ? `error: ${printable(line)}` : printable(line))).join('\n'));
  process.exitCode = 1;
}
