import base from './web-test-runner.config.mjs';

/**
 * The date-sensitive suites again, run with TZ=America/New_York (`npm test -- new-york`), so that
 * formatting in the item's time zone is checked in a browser whose own zone is not Oslo's.
 */
export default {
  ...base,
  files: [
    'test/core/time/dates.test.ts',
    'test/core/calendar/ical.test.ts',
    'test/core/calendar/ical.property.test.ts',
    'test/events/*.test.ts',
    'test/core/feed/workshops.test.ts',
    'test/workshop-card/*.test.ts',
    'test/workshop-series/*.test.ts',
    // The fault tests are about the network, not the clock.
    '!test/**/*.faults.test.ts',
  ],
  coverage: false,
};
