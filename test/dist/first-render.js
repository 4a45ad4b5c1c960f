// Records what the first render of <nsiw-events> on this Norwegian page says, before anything else can
// change it: its language and its empty-state text.
import '../../dist/nsiw-widgets.js';

await customElements.whenDefined('nsiw-events');
const events = document.querySelector('nsiw-events');
await events.updateComplete;
const base = events.shadowRoot.querySelector('[part="base"]');
window.firstRender = { lang: base.getAttribute('lang'), text: base.textContent.trim() };
