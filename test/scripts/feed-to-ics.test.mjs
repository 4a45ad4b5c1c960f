// The subscription file's command line (`npm run feed-to-ics`), as an editor runs it: the file it writes is
// read back by a real iCalendar parser (ical.js), holds every event and workshop with the UIDs of the
// widgets' single files, is the same on every run, and a feed it cannot use is one line and exit 1.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
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

/** `run`, not waiting: resolves with the exit status and output, so that several can run at once. */
function start(...args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/feed-to-ics.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
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
    const ids = [...feed.events.map((item) => `event-${item.id}`), ...feed.workshops.map((item) => `workshop-${item.id}`)];
    assert.deepEqual(
      events.map((event) => event.uid),
      ids.map((id) => `${id}@www.fafo.no`),
      'the UIDs of the single files: collection-id @ the feed host',
    );
    const cancelled = feed.events.filter((event) => event.status === 'cancelled').map((event) => `event-${event.id}@www.fafo.no`);
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

  it('gives every entry its own UID, an event and a workshop that share an id too', () => {
    const shared = feed.workshops.filter((workshop) => feed.events.some((event) => event.id === workshop.id));
    assert.ok(shared.length > 0, 'the fixture has an event and a workshop that share an id');
    const uids = new ICAL.Component(ICAL.parse(first.stdout))
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getFirstPropertyValue('uid'));
    assert.equal(new Set(uids).size, uids.length);
  });

  it('warns that local paths would be published when --feed-url is missing', () => {
    const result = run(FEED);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^warning: no --feed-url: .*file:\/\/\/.*--feed-url https:/);
    assert.equal(run('--feed-url', PUBLISHED_AT, FEED).stderr, '');
  });

  it('refuses to write the calendar over the feed it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsiw-ics-'));
    const path = join(dir, 'feed.json');
    writeFileSync(path, readFileSync(FEED));
    const result = run('--feed-url', PUBLISHED_AT, '--out', join(dir, '.', 'feed.json'), path);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^error: --out names the feed itself/);
    assert.deepEqual(readFileSync(path), readFileSync(FEED));
  });

  // How long it takes is measured, not asserted (a busy machine is no failure): 1.9 s here, 15-30 s before
  // toICalendar stopped copying a zone's list per entry (time node scripts/feed-to-ics.mjs on such a feed).
  it('writes a feed of 40,000 events, each once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsiw-ics-'));
    const path = join(dir, 'big.json');
    const events = Array.from({ length: 40_000 }, (_, index) => ({
      id: `e${index}`,
      title: { en: `Seminar ${index}` },
      start: new Date(Date.UTC(2027, 0, 1) + index * 7 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      timeZone: 'Europe/Oslo',
    }));
    writeFileSync(path, JSON.stringify({ version: 1, updated: '2027-01-01T00:00:00Z', events, workshops: [], tabs: [] }));
    run('--feed-url', PUBLISHED_AT, FEED); // the bundled sources cached, as on an editor's second run
    const out = join(dir, 'big.ics');
    const result = run('--feed-url', PUBLISHED_AT, '--out', out, path);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(out, 'utf8').match(/BEGIN:VEVENT/g).length, 40_000);
  });

  it('gives the same file from 8 runs at once', async () => {
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => start('--feed-url', PUBLISHED_AT, '--locale', 'nb', '--name', 'N-SIW-arrangementer', FEED)),
    );
    for (const result of runs) {
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, first.stdout);
    }
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
