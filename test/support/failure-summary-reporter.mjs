/**
 * Repeats every failure at the very end of a run: the browser, the file, the test's suite path and its
 * error. The default reporter prints a failure once, among the logs of its file, and a CI system that
 * keeps only the head and tail of a long run's output loses it; this block is the tail.
 *
 * @returns {import('@web/test-runner').Reporter}
 */
export function failureSummaryReporter() {
  return {
    stop({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        const where = `${session.browser.name}: ${session.testFile}`;
        for (const error of session.errors) lines.push(`✗ ${where} (the file itself)`, ...describe(error));
        for (const { path, error } of failedTests(session.testResults)) lines.push(`✗ ${where}: ${path.join(' › ')}`, ...describe(error));
      }
      if (lines.length === 0) return;
      console.log(['', '=============================== Failures ===============================', ...lines, ''].join('\n'));
    },
  };
}

/** The failed tests of a suite, depth first, each with the names from the file's top suite down to it. */
function* failedTests(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests) if (!test.passed && !test.skipped) yield { path: [...path, test.name], error: test.error };
  for (const child of suite.suites) yield* failedTests(child, [...path, child.name]);
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
