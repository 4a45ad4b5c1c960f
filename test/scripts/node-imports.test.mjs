// The folders of src/core that src/core/README.md says run in Node (feed/, the validator, time/, i18n/ and the two
// chunks' pure halves), imported from the built dist/ in plain Node, with no DOM: as the CLI, a server
// renderer or a build script imports them (after Lit's own `node-imports` test). Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = join(ROOT, 'dist/core');
const NODE_SAFE = ['feed', 'validator/validate.js', 'time', 'i18n', 'calendar/ical.js', 'structured-data/json-ld.js', 'environment.js'];

/** The .js files of `path` under dist/core, a folder's or the one file's. */
function modules(path) {
  const absolute = join(CORE, path);
  if (absolute.endsWith('.js')) return [absolute];
  return readdirSync(absolute, { recursive: true })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(absolute, name));
}

describe('src/core in Node, without a DOM', () => {
  it('has a built dist/ to import', () => {
    assert.ok(existsSync(CORE), 'dist/core is missing: run `npm run build`');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  for (const path of NODE_SAFE) {
    it(`imports ${path}`, async () => {
      const files = modules(path);
      assert.ok(files.length > 0, `no modules in dist/core/${path}`);
      for (const file of files) await assert.doesNotReject(import(pathToFileURL(file).href), relative(ROOT, file));
    });
  }

  it('validates a feed, formats its dates and writes its calendar file', async () => {
    const { validateFeed } = await import(pathToFileURL(join(CORE, 'validator/validate.js')).href);
    const { formatWhen } = await import(pathToFileURL(join(CORE, 'time/dates.js')).href);
    const { toICalendar } = await import(pathToFileURL(join(CORE, 'calendar/ical.js')).href);
    const { eventJsonLd } = await import(pathToFileURL(join(CORE, 'structured-data/json-ld.js')).href);
    const { feed, skipped } = validateFeed(
      {
        version: 1,
        events: [
          {
            id: 'e1',
            title: { nb: 'Seminar', en: 'Seminar' },
            start: '2027-03-04T10:00:00+01:00',
            timeZone: 'Europe/Oslo',
            url: 'e1.html',
          },
        ],
      },
      'https://example.org/nsiw/feed.json',
    );
    assert.deepEqual(skipped, []);
    const [event] = feed.events;
    assert.equal(event.url, 'https://example.org/nsiw/e1.html');
    assert.match(formatWhen(event.start, event.end, event.timeZone, 'en').date, /4 March 2027|March 4, 2027/);
    assert.match(toICalendar({ uid: 'e1@example.org', title: 'Seminar', start: event.start, timeZone: event.timeZone }), /BEGIN:VEVENT/);
    assert.equal(eventJsonLd(event, 'en').name, 'Seminar');
  });
});
