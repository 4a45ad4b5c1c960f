// The page's own script: records every nsiw-error and refused script, loads the CDN build and gives the
// card a `.workshop`. No top-level await: the test server compiles this file for ES2021.
import '../../dist/nsiw-widgets.js';

window.feedErrors = [];
window.refusedScripts = [];
document.addEventListener('securitypolicyviolation', (event) => window.refusedScripts.push(event.blockedURI));
document.addEventListener('nsiw-error', (event) => window.feedErrors.push(`${event.target.localName}: ${event.detail.error.message}`));
document.querySelector('nsiw-workshop-card').workshop = { id: 'w1', title: 'Workshop', start: '2030-03-12' };
