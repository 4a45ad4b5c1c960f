// Validates a feed file or URL with the widgets' own validator, and tells the editor what the widgets
// would leave out, and why.
// Usage: npm run validate-feed -- [--strict] [--timeout SECONDS|Infinity] FILE_OR_URL
// Exit status: 1 when the feed cannot be read or is unusable as a whole (not JSON, not an object, wrong
// version, cut off, too slow); with --strict also when any item is skipped or any member ignored; else 0.
// Every failure is one line on stderr, never a stack trace.
import { importSource } from './build-schema.mjs';
import { fail, printable, readFeed, runCli, timeoutOption } from './support/feed-cli.mjs';

const USAGE = 'Usage: npm run validate-feed -- [--strict] [--timeout SECONDS|Infinity] FILE_OR_URL';
/** How long a URL may take to answer and send its whole body, in seconds, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT = 30;

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
      options.timeout = timeoutOption(arg === '--timeout' ? args[++index] : arg.slice('--timeout='.length), USAGE);
    } else options.sources.push(arg);
  }
  if (options.sources.length !== 1 || options.sources[0].startsWith('-')) fail(`expected one feed file or URL\n${USAGE}`);
  return { ...options, source: options.sources[0] };
}

async function main() {
  const { strict, timeout, source } = parseArguments(process.argv.slice(2));
  const [{ validateFeed, describeProblem }, { text, feedUrl }] = await Promise.all([
    importSource('src/core/validator/validate.ts'),
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

runCli(main);
