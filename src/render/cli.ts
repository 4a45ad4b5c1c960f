/**
 * `nsiw-widgets render PAGE.html --feed FEED [--locale L] [--now ISO] [--url URL] [--out FILE]`: the page
 * with its widgets' content rendered (see `render-page.ts`), to FILE or stdout; on stderr, the `style-src`
 * hashes a strict Content-Security-Policy needs for it. Whatever it cannot use ends it with one line
 * naming the file, the element and the cause, and a non-zero exit; nothing is written then.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { messageOf } from '../core/feed/errors.js';
import { jsonErrorPosition } from '../core/feed/json-position.js';
import { renderPage, styleHashes } from './render-page.js';

const USAGE = 'usage: nsiw-widgets render PAGE.html --feed FEED [--locale nb|en|sv|da] [--now ISO] [--url PAGE_URL] [--out FILE]';

/** A failure said in one line: what the command could not use, and why. */
class UsageError extends Error {}

async function readFeed(source: string): Promise<{ feed: unknown; feedUrl?: string }> {
  let text: string;
  let feedUrl: string | undefined;
  if (/^https?:\/\//i.test(source)) {
    feedUrl = source;
    let response: Response;
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    } catch (cause) {
      throw new UsageError(`${source}: the feed could not be fetched: ${messageOf(cause)}`);
    }
    if (!response.ok) throw new UsageError(`${source}: the feed could not be fetched: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(source, 'utf8').catch((cause: NodeJS.ErrnoException) => {
      throw new UsageError(`${source}: ${cause.code === 'ENOENT' ? 'no such file' : messageOf(cause)}`);
    });
  }
  try {
    return { feed: JSON.parse(text), feedUrl };
  } catch (cause) {
    const position = jsonErrorPosition(text);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    throw new UsageError(`${source}: not valid JSON${where}: ${messageOf(cause)}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        feed: { type: 'string' },
        locale: { type: 'string' },
        now: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    console.error(`nsiw-widgets: ${messageOf(cause)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, pagePath, ...extra] = positionals;
  if (command !== 'render' || !pagePath || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    const page = await readFile(pagePath, 'utf8').catch((cause: NodeJS.ErrnoException) => {
      throw new UsageError(`${pagePath}: ${cause.code === 'ENOENT' ? 'no such file' : messageOf(cause)}`);
    });
    const feed = values.feed === undefined ? undefined : await readFeed(values.feed);
    if (values.out && resolve(values.out) === resolve(pagePath))
      throw new UsageError(`${values.out}: --out names the page itself; write elsewhere`);
    const rendered = await renderPage(page, {
      feed: feed?.feed,
      feedUrl: feed?.feedUrl,
      url: values.url,
      locale: values.locale,
      now: values.now,
      name: pagePath,
    });
    if (values.out) await writeFile(values.out, rendered);
    else process.stdout.write(rendered);
    const hashes = styleHashes(rendered);
    if (hashes.length > 0)
      console.error(`nsiw-widgets: a strict Content-Security-Policy allows the rendered styles with style-src ${hashes.join(' ')}`);
    return 0;
  } catch (cause) {
    console.error(`nsiw-widgets: ${messageOf(cause)}`);
    return 1;
  }
}
