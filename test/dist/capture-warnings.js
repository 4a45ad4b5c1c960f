// Runs before the library on the plain page: records what the library warns about, and trips a flag
// if any feed string ever runs as script (the hostile fixture calls alert()).
window.capturedWarnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.capturedWarnings.push(args.map(String).join(' '));
  warn(...args);
};
window.scriptRan = false;
window.alert = () => {
  window.scriptRan = true;
};

// What a Content-Security-Policy or Trusted Types refused on the page.
window.policyViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.policyViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
