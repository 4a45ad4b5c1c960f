// Records what the first render of <nsiw-events> on this Norwegian page says, before anything else can
// change it: its language and its text, read when the first render's DOM changes are reported (a
// mutation observer's callback runs right after the update that made them, before any later one).
// No top-level await: the test server compiles this file for ES2021, the syntax the package ships.
import '../../dist/nsiw-widgets.js';

customElements.whenDefined('nsiw-events').then(() => {
  const root = document.querySelector('nsiw-events').shadowRoot;
  const observer = new MutationObserver(() => {
    const base = root.querySelector('[part="base"]');
    if (!base) return;
    observer.disconnect();
    window.firstRender = { lang: base.getAttribute('lang'), text: base.textContent.trim() };
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
});
