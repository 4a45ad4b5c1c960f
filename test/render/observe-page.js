// Runs before the library on a rendered page: what the rendered-page tests read afterwards.
window.layoutShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });

window.consoleErrors = [];
const error = console.error.bind(console);
console.error = (...args) => {
  window.consoleErrors.push(args.map(String).join(' '));
  error(...args);
};
window.addEventListener('error', (event) => window.consoleErrors.push(String(event.message)));

window.policyViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.policyViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});

window.feedOutcomes = [];
document.addEventListener('nsiw-load', (event) => window.feedOutcomes.push(`load ${event.target.localName}`));
document.addEventListener('nsiw-error', (event) => window.feedOutcomes.push(`error ${event.target.localName}`));
