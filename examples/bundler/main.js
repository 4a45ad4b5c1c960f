// A partner's app, built with a bundler (rollup here; Vite, webpack and esbuild resolve the package the
// same way): it imports only the elements it uses, each from its own entry, so its bundle holds neither
// <nsiw-info-tabs> nor <nsiw-workshop-series>, and one copy of Lit, shared with anything else of the
// app's that uses Lit. Built by `npm run build:examples` into examples/bundler/dist/app.js.
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/workshop-card.js';
import 'nsiw-widgets/language-toggle.js';
import { LOCALE_CHANGE_EVENT, getLocale, loadFeed } from 'nsiw-widgets/core.js';

// The app's own summary of the feed, read with the library's loader: the widgets on the page that name
// the same feed share this one request, whichever copy of the library they come from.
for (const summary of document.querySelectorAll('[data-feed-summary]')) {
  loadFeed(summary.dataset.feedSummary).then(
    ({ feed }) => {
      summary.textContent = `The feed lists ${feed.events.length} events and ${feed.workshops.length} workshops.`;
    },
    (error) => {
      summary.textContent = `The feed could not be read: ${error.message}`;
    },
  );
}

// The app follows the widgets' language, whichever of them (or whichever copy of the library) changed it.
function showLocale() {
  for (const output of document.querySelectorAll('[data-app-locale]')) output.textContent = getLocale();
}
document.addEventListener(LOCALE_CHANGE_EVENT, showLocale);
showLocale();
