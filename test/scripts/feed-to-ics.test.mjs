// The subscription file's command line (`npm run feed-to-ics`), as an editor runs it: the file it writes is
// read back by a real iCalendar parser (ical.js), holds every event and workshop with the UIDs of the
// widgets' single files, is the same on every run, and a feed it cannot use is one line and exit 1.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The network's own sample feed: events (one cancelled) and workshops, all valid.
const FEED = join(ROOT, 'demo/feed.json');
const PUBLISHED_AT = 'https://www.fafo.no/nsiw/feed.json';

function run(...args) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/feed-to-ics.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('feed-to-ics', () => {
  const feed = JSON.parse(readFileSync(FEED, 'utf8'));
  const first = run('--feed-url', PUBLISHED_AT, '--locale', 'nb', '--name', 'N-SIW-arrangementer', FEED);

  it('writes one calendar of every event, cancelled ones too, and every workshop', () => {
    assert.equal(first.status, 0, first.stderr);
    const calendar = new ICAL.Component(ICAL.parse(first.stdout));
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'N-SIW-arrangementer');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(events.length, feed.events.length + feed.workshops.length);
    const ids = [...feed.events, ...feed.workshops].map((item) => `${item.id}@www.fafo.no`);
    assert.deepEqual(
      events.map((event) => event.uid),
      ids,
      'the UIDs of the single files: id @ the feed host',
    );
    const cancelled = feed.events.filter((event) => event.status === 'cancelled').map((event) => `${event.id}@www.fafo.no`);
    assert.ok(cancelled.length > 0, 'the fixture has a cancelled event');
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const status = vevent.getFirstPropertyValue('status');
      assert.equal(
        status,
        cancelled.includes(vevent.getFirstPropertyValue('uid')) ? 'CANCELLED' : status === 'TENTATIVE' ? 'TENTATIVE' : 'CONFIRMED',
      );
    }
    assert.equal(events[0].summary, feed.events[0].title.nb, 'texts in --locale');
  });

  it('writes descriptions as plain text, the markup of rich text left out', () => {
    const descriptions = new ICAL.Component(ICAL.parse(first.stdout))
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getFirstPropertyValue('description') ?? '');
    const workshop = descriptions.find((text) => text.includes('state-of-the-art innen integreringsarbeid'));
    assert.ok(workshop, 'the emphasised words are there');
    assert.doesNotMatch(descriptions.join('\n'), /\*/);
  });

  it('describes each zone once, and the same feed gives the same file', () => {
    const zones = new ICAL.Component(ICAL.parse(first.stdout))
      .getAllSubcomponents('vtimezone')
      .map((zone) => zone.getFirstPropertyValue('tzid'));
    assert.deepEqual(zones, [...new Set(zones)]);
    const second = run('--feed-url', PUBLISHED_AT, '--locale', 'nb', '--name', 'N-SIW-arrangementer', FEED);
    assert.equal(second.stdout, first.stdout);
  });

  it('writes --out and says what it wrote', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nsiw-ics-')), 'events.ics');
    const result = run('--out', out, '--feed-url', PUBLISHED_AT, FEED);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /events\.ics: \d+ events and \d+ workshops/);
    assert.match(readFileSync(out, 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  });

  it('fails in one line, naming the problem, on a feed it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsiw-ics-'));
    const cases = {
      'not-json.json': /is not valid JSON/,
      'version-2.json': /version/i,
    };
    writeFileSync(join(dir, 'not-json.json'), '{"version": 1,');
    writeFileSync(join(dir, 'version-2.json'), '{"version": 2}');
    for (const [name, reason] of Object.entries(cases)) {
      const result = run(join(dir, name));
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, reason);
    }
    assert.match(run('--locale', 'fr', FEED).stderr, /--locale takes one of/);
  });
});
