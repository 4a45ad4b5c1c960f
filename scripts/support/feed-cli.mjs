// What the feed commands (validate-feed, feed-to-ics) share: reading a feed file or URL with a deadline,
// output that is safe for a terminal, and failures as one line on stderr, never a stack trace.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `text` safe for a terminal: control characters (escape sequences that recolour, retitle or clear it),
 * DEL, C1 controls and the bidi controls that reorder a line are written as `\u001b`-style escapes.
 */
export function printable(text) {
  return String(text).replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A failure with a message meant for the editor: `main` prints it as it is. */
export class Failure extends Error {}

export function fail(message) {
  throw new Failure(message);
}

/** The longest deadline a timer can hold (2^31 - 1 ms, some 24 days); a longer one fires at once. */
const LONGEST_DEADLINE_MS = 2 ** 31 - 1;

/**
 * The seconds of `--timeout VALUE`: a positive number, `Infinity` (or anything beyond a timer's reach)
 * meaning no deadline.
 */
export function timeoutOption(value, usage) {
  const seconds = Number(value);
  if (!(seconds > 0)) fail(`--timeout takes a number of seconds (or Infinity)\n${usage}`);
  return seconds;
}

/**
 * The text of a feed's bytes, which must be UTF-8 (as browsers read a JSON feed): bytes of another
 * encoding would show every æ, ø and å as U+FFFD in the widgets, so they fail here, by line.
 */
function feedText(bytes, source) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = new TextDecoder('utf-8').decode(bytes).split('\ufffd')[0].split('\n').length;
    fail(
      `${source} is not UTF-8 text (line ${line}): saved as Latin-1 or Windows-1252, its æ, ø and å would show as \ufffd ` +
        `in the widgets; save it as UTF-8 in a text editor`,
    );
  }
}

/** The feed's text, and the URL its relative links are resolved against (its own). */
export async function readFeed(source, timeout) {
  if (/^https?:\/\//i.test(source)) {
    // One deadline for the answer and the whole body: a server that trickles bytes must not hold us.
    const signal = timeout * 1000 <= LONGEST_DEADLINE_MS ? AbortSignal.timeout(timeout * 1000) : new AbortController().signal;
    const reason = (error) => (signal.aborted ? `no complete answer within ${timeout} s` : (error.cause?.message ?? error.message));
    let response;
    try {
      response = await fetch(source, { headers: { Accept: 'application/json' }, signal });
    } catch (error) {
      fail(`could not fetch ${source}: ${reason(error)}`);
    }
    if (!response.ok) fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${source}`);
    let bytes;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      fail(`could not read the whole of ${source}: ${reason(error)}`);
    }
    return { text: feedText(bytes, source), feedUrl: response.url || source };
  }
  // npm runs scripts from the package root; a relative path means one relative to where the editor is.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), source);
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    fail(`could not read ${path}: ${error.message}`);
  }
  return { text: feedText(bytes, source), feedUrl: pathToFileURL(path).href };
}

/** Runs a command's `main` (resolving with its exit code), printing any failure as one clear line. */
export async function runCli(main) {
  try {
    process.exitCode = await main();
  } catch (error) {
    // One clear line, whatever failed: an expected failure as worded, anything else by its message.
    const message = error instanceof Failure ? error.message : `unexpected failure: ${error?.message ?? error}`;
    console.error(
      message
        .split('\n')
        .map((line, index) => (index === 0 ? `error: ${printable(line)}` : printable(line)))
        .join('\n'),
    );
    process.exitCode = 1;
  }
}
