import { expect } from '@open-wc/testing';
import { isKnownTimeZone, isValidInstant } from '../../../src/core/time/instant-checks.js';

const OSLO = 'Europe/Oslo';

describe('isValidInstant', () => {
  for (const value of [
    '2023-10-12',
    '2024-02-29',
    '2000-02-29',
    '2023-10-12T12:30Z',
    '2023-10-12T12:30:00+02:00',
    '2023-10-12T12:30:59.5-04:00',
    '2023-10-12T23:59:59.999Z',
    '2023-12-31T00:00:00+14:00',
    '2023-10-12T12:30:00-09:30',
  ]) {
    it(`accepts ${value}`, () => expect(isValidInstant(value)).to.equal(true));
  }

  for (const value of [
    '',
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-10-00',
    '2023-10-12T24:00Z',
    '2023-10-12T12:60Z',
    '2023-10-12T12:30:60Z',
    '2023-10-12T12:30:00+24:00',
    '2023-10-12T12:30:00+02:60',
    '2023-10-12T12:30',
    '2023-10-12T12:30:00',
    '2023-10-12T12:30:00.1234Z',
    '2023-10-12 12:30Z',
    '2023-10-12t12:30z',
    '12.10.2023',
    '2023-1-2',
    '+002023-10-12',
    '2023-10-12T12:30:00+0200',
    ' 2023-10-12',
  ]) {
    it(`refuses ${JSON.stringify(value)}`, () => expect(isValidInstant(value)).to.equal(false));
  }

  it('refuses a value that is not a string', () => {
    expect(isValidInstant(20231012 as unknown as string)).to.equal(false);
  });
});

describe('isKnownTimeZone', () => {
  for (const zone of [OSLO, 'America/New_York', 'Asia/Kolkata', 'UTC', 'Etc/UTC', 'europe/oslo']) {
    it(`knows ${zone}`, () => expect(isKnownTimeZone(zone)).to.equal(true));
  }
  for (const zone of ['', 'Foo/Bar', 'Europe/Atlantis', '+02:00', '-05:00', 'GMT+2x']) {
    it(`does not know ${JSON.stringify(zone)}`, () => expect(isKnownTimeZone(zone)).to.equal(false));
  }
  it('refuses a value that is not a string', () => {
    expect(isKnownTimeZone(undefined as unknown as string)).to.equal(false);
  });
});
