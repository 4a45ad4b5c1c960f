// For the examples only, not needed on a real page: shows on the page what would otherwise reach only the
// console, uncaught errors and Content-Security-Policy violations, in its <output id="page-check">, and
// keeps them in window.pageErrors / window.policyViolations for the tests. A classic script placed before
// the library, so that it is listening before the library runs.
window.pageErrors = [];
window.policyViolations = [];

function showPageCheck() {
  const output = document.getElementById('page-check');
  if (!output) return;
  const problems = [...window.pageErrors, ...window.policyViolations];
  output.textContent = problems.length === 0 ? 'No errors, no policy violations.' : problems.join('\n');
}

window.addEventListener('error', (event) => {
  window.pageErrors.push(`Error: ${event.message}`);
  showPageCheck();
});
window.addEventListener('unhandledrejection', (event) => {
  window.pageErrors.push(`Unhandled rejection: ${event.reason}`);
  showPageCheck();
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.policyViolations.push(`Refused by ${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  showPageCheck();
});
document.addEventListener('DOMContentLoaded', showPageCheck);
