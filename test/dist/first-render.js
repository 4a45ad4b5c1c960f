// Records what the first render of <nsiw-events> on this Norwegian page says, before anything else can
// change it: its language and its empty-state text. (No top-level await: the test server compiles this
// file for ES2021, the syntax the package ships.)
import '../../dist/nsiw-widgets.js';

customElements
  .whenDefined('nsiw-events')
  .then(() => document.querySelector('nsiw-events').updateComplete)
  .then(() => {
    const base = document.querySelector('nsiw-events').shadowRoot.querySelector('[part="base"]');
    window.firstRender = { lang: base.getAttribute('lang'), text: base.textContent.trim() };
  });
