import { relative } from 'node:path';

/**
 * Repeats every failure at the very end of a run: the browser, the file, the test's suite path and its
 * error. The default reporter prints a failure once, among the logs of its file, and a CI system that
 * keeps only the head and tail of a long run's output loses it; this block is the tail. Before it, the
 * slowest tests of each browser, to show which come near Mocha's time limit on a slower machine.
 *
 * @returns {import('@web/test-runner').Reporter}
 */
export function failureSummaryReporter({ slowest = 5 } = {}) {
  return {
    stop({ sessions }) {
      const tests = sessions.flatMap((session) =>
        [...testsOf(session.testResults)].map((found) => ({
          ...found,
          where: `${session.browser.name}: ${relative('.', session.testFile)}`,
        })),
      );
      const lines = ['', 'Slowest tests:'];
      for (const browser of new Set(sessions.map((session) => session.browser.name))) {
        const ranked = tests
          .filter(({ where }) => where.startsWith(`${browser}:`))
          .sort((a, b) => (b.test.duration ?? 0) - (a.test.duration ?? 0));
        for (const { where, path, test } of ranked.slice(0, slowest))
          lines.push(`  ${String(test.duration ?? '?').padStart(6)} ms  ${where}: ${path.join(' › ')}`);
      }
      const failures = [];
      for (const session of sessions) {
        for (const error of session.errors)
          failures.push(`✗ ${session.browser.name}: ${relative('.', session.testFile)} (the file itself)`, ...describe(error));
      }
      for (const { where, path, test } of tests) {
        if (!test.passed && !test.skipped) failures.push(`✗ ${where}: ${path.join(' › ')}`, ...describe(test.error));
      }
      if (failures.length > 0) lines.push('', '=============================== Failures ===============================', ...failures);
      console.log([...lines, ''].join('\n'));
    },
  };
}

/** Every test of a suite, depth first, each with the names from the file's top suite down to it. */
function* testsOf(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) yield { path: [...path, test.name], test };
  for (const child of suite.suites) yield* testsOf(child, [...path, child.name]);
}

/** An error's message, expected/actual when given, and the first lines of its stack, indented. */
function describe(error) {
  if (!error) return ['    (no error reported: the test timed out or the browser went away)'];
  const stack = (error.stack ?? '').split('\n').filter((line) => line.trim() && !error.message.includes(line.trim()));
  return [
    error.message,
    ...(error.expected !== undefined ? [`expected: ${error.expected}`, `actual:   ${error.actual}`] : []),
    ...stack.slice(0, 6),
  ].map((line) => `    ${line}`);
}
